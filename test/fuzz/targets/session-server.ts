/**
 * The server side of the SMTP session target, run in a child process (`fork`) so that its timing
 * does not hang on the client's event loop (with both in one loop, a busy loop fires the client's
 * deadline timers before it reads the greeting that is already waiting in the socket), and so
 * that it gets the second core. A worker thread would do, but Node 20 does not apply tsx to a
 * worker's entry module.
 *
 * Started with { type: 'start', data } on the IPC channel. Then messages in: { type: 'script',
 * key, input } for the connection keyed "server port:client port", and { type: 'stop' }.
 * Messages out: { type: 'ready', ports }, { type: 'closed', key, violations } once a connection
 * has fully closed, and { type: 'stopped' }.
 */
import { TLSSocket } from 'node:tls';
import {
  startScriptedServer,
  type ScriptedServer,
  type ServerConn,
} from '../../support/scripted-server.js';
import type { IssuedCert } from '../../support/test-ca.js';
import type { SessionInput, Step } from './smtp-session.js';

/** What the server process is started with. */
export interface ServerStart {
  servers: number;
  certs: Record<SessionInput['cert'], IssuedCert>;
}

/** Messages to the server process. */
export type ToServer =
  | { type: 'start'; data: ServerStart }
  | { type: 'script'; key: string; input: SessionInput }
  | { type: 'stop' };

/** Messages from the server process. */
export type FromServer =
  | { type: 'ready'; ports: number[] }
  | { type: 'closed'; key: string; violations: string[] }
  | { type: 'stopped' };

let certs: ServerStart['certs'] | null = null;
const scripts = new Map<string, SessionInput>();
const waiting = new Map<string, (input: SessionInput) => void>();

function post(m: FromServer): void {
  process.send?.(m);
}

function wire(s: Step, received: string[]): Buffer {
  let out =
    s.raw !== null
      ? Buffer.from(s.raw, 'latin1')
      : Buffer.from(s.lines.map((l) => `${l}\r\n`).join(''), 'utf8');
  if (s.echo) {
    const echo = `500 you said: ${received.join(' | ').slice(0, 400)}\r\n`;
    out = Buffer.concat([out, Buffer.from(echo, 'utf8')]);
  }
  return out;
}

function sendInPieces(c: ServerConn, bytes: Buffer, pieces: number): Promise<void> {
  const size = Math.max(1, Math.ceil(bytes.length / pieces));
  return new Promise((resolve) => {
    let at = 0;
    const next = (): void => {
      c.send(bytes.subarray(at, at + size));
      at += size;
      if (at < bytes.length) c.after(2, next);
      else resolve();
    };
    next();
    void c.closed.then(resolve);
  });
}

async function upgrade(c: ServerConn, input: SessionInput): Promise<void> {
  await Promise.race([
    c.startTls((certs as ServerStart['certs'])[input.cert]).catch(() => c.raw.destroy()),
    c.closed,
  ]);
}

// Plays one turn; false when the connection is over.
async function play(
  c: ServerConn,
  s: Step,
  input: SessionInput,
  received: string[],
): Promise<boolean> {
  if (s.delayMs > 0) {
    await new Promise<void>((resolve) => {
      c.after(s.delayMs, resolve);
      void c.closed.then(resolve);
    });
  }
  await sendInPieces(c, wire(s, received), s.pieces);
  if (s.then === 'close') c.socket.end();
  else if (s.then === 'reset') c.reset();
  else if (s.then === 'tls') await upgrade(c, input);
  return s.then !== 'close' && s.then !== 'reset';
}

// A proper answer to EHLO and STARTTLS, for cooperative servers; null for anything else.
function properAnswer(line: string, isSecure: boolean): { text: string; tls: boolean } | null {
  const verb = line.split(' ')[0]?.toUpperCase();
  if (verb === 'EHLO') {
    const offer = isSecure
      ? '250 AUTH PLAIN LOGIN CRAM-MD5'
      : '250-STARTTLS\r\n250 AUTH PLAIN LOGIN';
    return { text: `250-mail.example.test\r\n${offer}\r\n`, tls: false };
  }
  if (verb === 'STARTTLS' && !isSecure) return { text: '220 2.0.0 ready\r\n', tls: true };
  return null;
}

async function converse(c: ServerConn, input: SessionInput, violations: string[]): Promise<void> {
  const received: string[] = [];
  if (input.serverTls) await upgrade(c, input);
  if (!(await play(c, input.greeting, input, received))) return;
  for (let i = 0; ;) {
    const line = await c.readLine();
    if (line === null) return;
    received.push(line);
    const isSecure = c.socket instanceof TLSSocket;
    if (/^AUTH\b/i.test(line)) {
      if (!isSecure) violations.push('AUTH sent without TLS');
      else if (input.cert !== 'good')
        violations.push('AUTH sent over a certificate that does not verify');
    }
    const proper = input.cooperative ? properAnswer(line, isSecure) : null;
    if (proper) {
      c.send(proper.text);
      if (proper.tls) await upgrade(c, input);
      continue;
    }
    const s = input.steps[i++];
    if (s === undefined) {
      if (input.after === 'close') c.socket.end();
      else if (input.after === 'reset') c.reset();
      return;
    }
    if (!(await play(c, s, input, received))) return;
  }
}

async function serve(server: () => ScriptedServer, c: ServerConn): Promise<void> {
  const key = `${server().port}:${c.raw.remotePort ?? -1}`;
  const known = scripts.get(key);
  const input = known ?? (await new Promise<SessionInput>((resolve) => waiting.set(key, resolve)));
  scripts.delete(key);
  const violations: string[] = [];
  void c.closed.then(() => {
    const conns = server().conns;
    conns.splice(conns.indexOf(c), 1);
    post({ type: 'closed', key, violations });
  });
  await converse(c, input, violations);
}

async function start(data: ServerStart): Promise<ScriptedServer[]> {
  certs = data.certs;
  const servers: ScriptedServer[] = [];
  for (let i = 0; i < data.servers; i++) {
    let self: ScriptedServer | null = null;
    self = await startScriptedServer((c) => serve(() => self as ScriptedServer, c));
    servers.push(self);
  }
  post({ type: 'ready', ports: servers.map((s) => s.port) });
  return servers;
}

let running: Promise<ScriptedServer[]> = Promise.resolve([]);
process.on('message', (m: ToServer) => {
  if (m.type === 'start') {
    running = start(m.data);
  } else if (m.type === 'script') {
    const w = waiting.get(m.key);
    if (w) {
      waiting.delete(m.key);
      w(m.input);
    } else scripts.set(m.key, m.input);
  } else {
    void running
      .then((servers) => Promise.all(servers.map((s) => s.close())))
      .then(() => {
        post({ type: 'stopped' });
        process.disconnect();
      });
  }
});
