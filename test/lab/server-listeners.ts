/**
 * One listening port of a simulated server: smtp-server for mail ports (the hostile server's own
 * recorder for its mail ports, attacker-smtp.ts), a bare TLS server for 443 (204 to any request,
 * or a server's documents on GET and 404 for anything else). Every AUTH is recorded (auth-log.ts).
 */
import { createConnection, createServer as createNetServer, type Socket } from 'node:net';
import { createServer as createTlsServer } from 'node:tls';
import { SMTPServer, type SMTPServerOptions } from 'smtp-server';
import type { IssuedCert } from '../support/test-ca.js';
import { startAttackerSmtp } from './attacker-smtp.js';
import { recordAuth } from './auth-log.js';
import { bindServer } from './server-bind.js';
import { BASE_DNS, type LabServer, type PortSpec } from './topology.js';

/** Everything a listener depends on; a change in any of it means a new listener. */
export interface ListenerSpec {
  server: LabServer;
  /** The address to bind (the server's IPv4 or IPv6 address). */
  address: string;
  port: PortSpec;
  cert: IssuedCert;
  starttls: boolean;
  greetingCode: number;
  /** How far this server's clock is ahead of the machine's: the Date its HTTP answers send. */
  clockAheadMs: number;
  account: { user: string; password: string };
  /** Where every AUTH attempt is recorded (auth-log.ts). */
  authLog: string;
}

/** A bound listener. close() stops accepting at once and drops its connections. */
export interface Listener {
  close(): void;
}

function responseError(code: number, message: string): Error {
  return Object.assign(new Error(message), { responseCode: code });
}

/** The lab account: its address, or the same local part at any lab domain, with its password. */
function accountMatches(account: ListenerSpec['account'], user: string, pass: string): boolean {
  const local = account.user.split('@')[0] ?? '';
  const userOk = user === account.user || user.split('@')[0] === local;
  return userOk && pass === account.password;
}

function smtpOptions(spec: ListenerSpec): SMTPServerOptions {
  const { server, port, cert, account } = spec;
  const delayMs = port.greetingDelayMs ?? 0;
  const disabled: string[] = [];
  if (!spec.starttls && port.kind === 'smtp') disabled.push('STARTTLS');
  if (!port.auth) disabled.push('AUTH');
  return {
    name: server.greetingName,
    banner: 'SendCheck lab',
    secure: port.kind === 'smtps',
    key: cert.keyPem,
    cert: cert.certPem,
    disabledCommands: disabled,
    authOptional: !port.auth,
    authMethods: port.hashedPasswords ? ['CRAM-MD5', 'PLAIN', 'LOGIN'] : ['PLAIN', 'LOGIN'],
    // Never look anything up: the servers' namespace must stay silent apart from answering.
    disableReverseLookup: true,
    logger: false,
    closeTimeout: 200,
    onConnect(_session, callback) {
      const answer = (): void => {
        if (spec.greetingCode === 220) return callback();
        callback(responseError(spec.greetingCode, `${server.greetingName} Service not available`));
      };
      if (delayMs > 0) setTimeout(answer, delayMs);
      else answer();
    },
    onAuth(auth, session, callback) {
      // Only a hash is kept, so the CRAM-MD5 challenge can never be checked: always refused.
      const cram = auth.method === 'CRAM-MD5';
      const accepted = !cram && accountMatches(account, auth.username ?? '', auth.password ?? '');
      recordAuth(spec.authLog, {
        server: server.id,
        address: spec.address,
        port: port.port,
        mechanism: auth.method.toUpperCase(),
        username: auth.username ?? null,
        password: (auth.password ?? '') !== '' || cram,
        tls: session.secure,
        accepted,
      });
      if (accepted) return callback(null, { user: auth.username });
      callback(responseError(535, '5.7.8 Authentication credentials invalid'));
    },
    // The engine never sends mail; these servers never take any.
    onMailFrom(_address, _session, callback) {
      callback(responseError(550, '5.7.1 This lab server accepts no mail'));
    },
  };
}

async function startSmtp(spec: ListenerSpec): Promise<Listener> {
  const smtp = new SMTPServer(smtpOptions(spec));
  smtp.on('error', (e) => process.stderr.write(`smtp ${spec.address}: ${String(e)}\n`));
  await bindServer(smtp.server, spec.address, spec.port.port);
  return { close: () => smtp.close() };
}

const NO_CONTENT = 'HTTP/1.1 204 No Content\r\nConnection: close\r\nContent-Length: 0\r\n\r\n';

/** Adds the Date header every real server sends (RFC 9110, 6.6.1), from this server's clock. */
function dated(response: string, clockAheadMs: number): string {
  const date = new Date(Date.now() + clockAheadMs).toUTCString();
  return response.replace('\r\n', `\r\nDate: ${date}\r\n`);
}
const MAX_REQUEST_HEAD = 8192;

const CONTENT_TYPES: Record<string, string> = {
  txt: 'text/plain; charset=utf-8',
  html: 'text/html',
  xml: 'application/xml; charset=utf-8',
};

/** The answer to one request head: the document at its path on GET, 404 otherwise. */
function documentResponse(head: string, documents: Record<string, string>): string {
  const [method, target = ''] = head.split('\r\n', 1)[0]?.split(' ') ?? [];
  const path = target.replace(/\?.*$/, '');
  const body = method === 'GET' ? documents[path] : undefined;
  if (body === undefined) {
    return 'HTTP/1.1 404 Not Found\r\nConnection: close\r\nContent-Length: 0\r\n\r\n';
  }
  const bytes = Buffer.byteLength(body);
  const type = CONTENT_TYPES[path.split('.').pop() ?? ''] ?? CONTENT_TYPES['xml'];
  return `HTTP/1.1 200 OK\r\nContent-Type: ${type}\r\nConnection: close\r\nContent-Length: ${bytes}\r\n\r\n${body}`;
}

/** A hotel's plain-HTTP answer: a 302 to its sign-in address, or the page at that address. */
function signInResponse(head: string, signIn: string, page: string): string {
  const target = head.split('\r\n', 1)[0]?.split(' ')[1] ?? '';
  if (target === new URL(signIn).pathname) return pageResponse(page);
  return `HTTP/1.1 302 Found\r\nLocation: ${signIn}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`;
}

function pageResponse(page: string): string {
  const bytes = Buffer.byteLength(page);
  return `HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nConnection: close\r\nContent-Length: ${bytes}\r\n\r\n${page}`;
}

/** Enough of HTTP for a client that sends one request and waits for the answer. */
function answerHttp(socket: Socket, server: LabServer, plain: boolean, clockAheadMs = 0): void {
  const { documents, page, signIn } = server;
  const end = (response: string) => socket.end(dated(response, clockAheadMs));
  if (page !== undefined && signIn !== undefined && plain) {
    onHeadThen(socket, (head) => end(signInResponse(head, signIn, page)));
    return;
  }
  if (page !== undefined) {
    socket.once('data', () => end(pageResponse(page)));
    return;
  }
  if (!documents) {
    socket.once('data', () => end(NO_CONTENT));
    return;
  }
  onHeadThen(socket, (head) => end(documentResponse(head, documents)));
}

async function startWeb(spec: ListenerSpec): Promise<Listener> {
  const sockets = new Set<Socket>();
  const onSocket = (socket: Socket): void => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => socket.destroy());
    socket.setTimeout(10_000, () => socket.destroy());
    answerHttp(socket, spec.server, spec.port.kind === 'http', spec.clockAheadMs);
  };
  const web =
    spec.port.kind === 'http'
      ? createNetServer(onSocket)
      : createTlsServer({ key: spec.cert.keyPem, cert: spec.cert.certPem }, onSocket);
  web.on('tlsClientError', () => undefined);
  await bindServer(web, spec.address, spec.port.port);
  return {
    close: () => {
      web.close();
      for (const s of sockets) s.destroy();
    },
  };
}

/** The proxy's answer to a request head it will not tunnel, or null to open the tunnel. */
function refusal(head: string, login: boolean): string | null {
  const [method = '', target = ''] = head.split('\r\n', 1)[0]?.split(' ') ?? [];
  if (login && !/\r\nproxy-authorization:/i.test(head)) {
    return 'HTTP/1.1 407 Proxy Authentication Required\r\nProxy-Authenticate: Basic realm="Lab Corp"\r\nConnection: close\r\nContent-Length: 0\r\n\r\n';
  }
  // Squid's stock rule: `http_access deny CONNECT !SSL_ports`, SSL_ports being 443.
  if (method !== 'CONNECT' || !/^[a-z0-9.-]+:443$/i.test(target)) {
    return 'HTTP/1.1 403 Forbidden\r\nConnection: close\r\nContent-Length: 0\r\n\r\n';
  }
  return null;
}

/** A web proxy: CONNECT name:443 to a lab server by its base DNS name, then bytes both ways. */
async function startProxy(spec: ListenerSpec): Promise<Listener> {
  const sockets = new Set<Socket>();
  const proxy = createNetServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => socket.destroy());
    onHeadThen(socket, (head) => {
      const refused = refusal(head, spec.port.login === true);
      const target = head.split('\r\n', 1)[0]?.split(' ')[1] ?? '';
      const ip = BASE_DNS.hosts[target.replace(/:443$/, '').toLowerCase()];
      if (refused !== null || ip === undefined) {
        socket.end(refused ?? 'HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\n\r\n');
        return;
      }
      const upstream = createConnection({ host: ip, port: 443 }, () => {
        socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
        upstream.pipe(socket).pipe(upstream);
      });
      sockets.add(upstream);
      upstream.on('close', () => sockets.delete(upstream));
      upstream.on('error', () => socket.destroy());
    });
  });
  await bindServer(proxy, spec.address, spec.port.port);
  return {
    close: () => {
      proxy.close();
      for (const s of sockets) s.destroy();
    },
  };
}

/** Waits for a whole request head, then hands it over (the socket stays open). */
function onHeadThen(socket: Socket, then: (head: string) => void): void {
  let head = '';
  const onData = (chunk: Buffer): void => {
    head += chunk.toString('latin1');
    if (head.includes('\r\n\r\n')) {
      socket.off('data', onData);
      then(head);
    } else if (head.length > MAX_REQUEST_HEAD) socket.destroy();
  };
  socket.on('data', onData);
}

/** Binds one listener as the spec says. */
export function startListener(spec: ListenerSpec): Promise<Listener> {
  if (spec.port.kind === 'proxy') return startProxy(spec);
  if (spec.port.kind === 'tls' || spec.port.kind === 'http') return startWeb(spec);
  return spec.server.attacker ? startAttackerSmtp(spec) : startSmtp(spec);
}
