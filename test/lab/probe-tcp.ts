/**
 * A plain connect probe for lab tests, run inside the PC:
 *   node --import tsx test/lab/probe-tcp.ts [--deadline MS] [--family 4|6] [--user U --pass P] TARGET...
 * TARGET is HOST:PORT, optionally :tls (implicit TLS) or :starttls. All targets are probed at
 * once; one JSON line (ProbeReport) per target is printed, in the order given.
 */
import { createHmac } from 'node:crypto';
import { lookup } from 'node:dns/promises';
import { connect as netConnect, isIP, type Socket } from 'node:net';
import { connect as tlsConnect, type TLSSocket } from 'node:tls';
import { parseArgs } from 'node:util';

/** What the probe prints for one target. */
export interface ProbeReport {
  target: string;
  ip: string | null;
  /** connected: TCP (and TLS, if asked) came up; error: a Node error code; timeout: our deadline. */
  outcome: 'connected' | 'error' | 'timeout';
  /** The Node error code; DEADLINE when the deadline ran out (after connecting: the server stalled). */
  code: string | null;
  /** Milliseconds to the connect (or to the failure). */
  connectMs: number | null;
  totalMs: number;
  greeting: string | null;
  ehlo: string[] | null;
  cert: { subject: string; issuer: string; validTo: string; altNames: string } | null;
  tlsAuthorized: boolean | null;
  tlsError: string | null;
  authReply: string | null;
}

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    deadline: { type: 'string', default: '5000' },
    family: { type: 'string', default: '4' },
    mech: { type: 'string', default: 'PLAIN' },
    user: { type: 'string' },
    pass: { type: 'string' },
  },
});
const deadlineMs = Number(values.deadline);
const sockets: Socket[] = [];

/** Reads SMTP replies off a socket. */
class ReplyReader {
  private buffer = '';
  private wake: (() => void) | null = null;

  attach(socket: Socket): void {
    socket.on('data', (d: Buffer) => {
      this.buffer += d.toString('latin1');
      this.wake?.();
    });
  }

  /** One complete reply: the last line has a space (or nothing) after the code. */
  async next(): Promise<string[]> {
    for (;;) {
      const lines = this.buffer.split('\r\n');
      const end = lines.findIndex((l) => /^\d{3}( |$)/.test(l));
      if (end >= 0 && end < lines.length - 1) {
        this.buffer = lines.slice(end + 1).join('\r\n');
        return lines.slice(0, end + 1);
      }
      await new Promise<void>((r) => (this.wake = r));
    }
  }
}

function startTls(host: string, ip: string, port: number, raw?: Socket): Promise<TLSSocket> {
  return new Promise((resolve, reject) => {
    const options = { servername: isIP(host) ? undefined : host, rejectUnauthorized: false };
    const s = raw
      ? tlsConnect({ ...options, socket: raw })
      : tlsConnect({ ...options, host: ip, port });
    s.once('secureConnect', () => resolve(s));
    s.once('error', reject);
  });
}

// Node types a repeated RDN as string[]; a lab certificate has one CN.
const firstOf = (v: string | string[] | undefined): string =>
  Array.isArray(v) ? (v[0] ?? '') : (v ?? '');

function recordCert(report: ProbeReport, s: TLSSocket): void {
  const peer = s.getPeerCertificate();
  report.tlsAuthorized = s.authorized;
  report.tlsError = s.authorizationError ? String(s.authorizationError) : null;
  report.cert = peer.subject
    ? {
        subject: firstOf(peer.subject.CN),
        issuer: firstOf(peer.issuer.CN),
        validTo: peer.valid_to,
        altNames: peer.subjectaltname ?? '',
      }
    : null;
}

async function converse(
  report: ProbeReport,
  host: string,
  port: number,
  mode: string,
): Promise<void> {
  const started = performance.now();
  const family = values.family === '6' ? 6 : 4;
  const ip = isIP(host) ? host : (await lookup(host, { family })).address;
  report.ip = ip;
  let socket: Socket =
    mode === 'tls'
      ? await startTls(host, ip, port)
      : await new Promise<Socket>((resolve, reject) => {
          const s = netConnect({ host: ip, port });
          s.once('connect', () => resolve(s));
          s.once('error', reject);
        });
  report.connectMs = Math.round(performance.now() - started);
  report.outcome = 'connected';
  sockets.push(socket);
  if (mode === 'tls') recordCert(report, socket as TLSSocket);
  if (port === 443) return;
  let reader = new ReplyReader();
  reader.attach(socket);
  report.greeting = (await reader.next()).join('\n');
  if (mode !== 'starttls' && !values.user) return;
  socket.write('EHLO probe.lab\r\n');
  report.ehlo = await reader.next();
  if (mode === 'starttls') {
    socket.write('STARTTLS\r\n');
    await reader.next();
    socket.removeAllListeners('data');
    socket = await startTls(host, ip, port, socket);
    sockets.push(socket);
    recordCert(report, socket as TLSSocket);
    reader = new ReplyReader();
    reader.attach(socket);
    socket.write('EHLO probe.lab\r\n');
    report.ehlo = await reader.next();
  }
  if (values.user) report.authReply = await authenticate(socket, reader);
}

/** AUTH with --mech (PLAIN, LOGIN or CRAM-MD5); returns the server's final reply. */
async function authenticate(socket: Socket, reader: ReplyReader): Promise<string> {
  const user = values.user ?? '';
  const pass = values.pass ?? '';
  if (values.mech === 'CRAM-MD5') {
    socket.write('AUTH CRAM-MD5\r\n');
    const challenge = (await reader.next()).join('\n');
    if (!challenge.startsWith('334 ')) return challenge;
    const text = Buffer.from(challenge.slice(4), 'base64').toString('latin1');
    const digest = createHmac('md5', pass).update(text).digest('hex');
    socket.write(`${Buffer.from(`${user} ${digest}`).toString('base64')}\r\n`);
    return (await reader.next()).join('\n');
  }
  if (values.mech === 'LOGIN') {
    const b64 = (text: string): string => Buffer.from(text).toString('base64');
    socket.write('AUTH LOGIN\r\n');
    for (const answer of [b64(user), b64(pass)]) {
      const prompt = (await reader.next()).join('\n');
      if (!prompt.startsWith('334 ')) return prompt;
      socket.write(`${answer}\r\n`);
    }
    return (await reader.next()).join('\n');
  }
  const token = Buffer.from(`\0${user}\0${pass}`).toString('base64');
  socket.write(`AUTH PLAIN ${token}\r\n`);
  return (await reader.next()).join('\n');
}

function probe(target: string): Promise<ProbeReport> {
  const [host = '', portText = '', mode = 'plain'] = target.split(':');
  const started = performance.now();
  const report: ProbeReport = {
    target,
    ip: null,
    outcome: 'error',
    code: null,
    connectMs: null,
    totalMs: 0,
    greeting: null,
    ehlo: null,
    cert: null,
    tlsAuthorized: null,
    tlsError: null,
    authReply: null,
  };
  const done = (): ProbeReport => ({ ...report, totalMs: Math.round(performance.now() - started) });
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      // Before the connect this is a silent drop; after it, the server stalled.
      if (report.outcome !== 'connected') report.outcome = 'timeout';
      report.code = 'DEADLINE';
      resolve(done());
    }, deadlineMs);
    converse(report, host, Number(portText), mode).then(
      () => {
        clearTimeout(timer);
        resolve(done());
      },
      (e: unknown) => {
        clearTimeout(timer);
        report.outcome = 'error';
        report.code = (e as NodeJS.ErrnoException).code ?? String(e);
        report.connectMs ??= Math.round(performance.now() - started);
        resolve(done());
      },
    );
  });
}

const reports = await Promise.all(positionals.map(probe));
process.stdout.write(reports.map((r) => JSON.stringify(r)).join('\n') + '\n');
for (const s of sockets) s.destroy();
process.exit(0);
