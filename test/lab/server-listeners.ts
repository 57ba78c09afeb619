/**
 * One listening port of a simulated server: smtp-server for mail ports, a bare TLS server for 443
 * (204 to any request, or a server's documents on GET and 404 for anything else).
 */
import type { Server } from 'node:net';
import type { Socket } from 'node:net';
import { createServer as createTlsServer } from 'node:tls';
import { SMTPServer, type SMTPServerOptions } from 'smtp-server';
import type { IssuedCert } from '../support/test-ca.js';
import type { LabServer, PortSpec } from './topology.js';

/** Everything a listener depends on; a change in any of it means a new listener. */
export interface ListenerSpec {
  server: LabServer;
  port: PortSpec;
  cert: IssuedCert;
  starttls: boolean;
  greetingCode: number;
  account: { user: string; password: string };
}

/** A bound listener. close() stops accepting at once and drops its connections. */
export interface Listener {
  close(): void;
}

function responseError(code: number, message: string): Error {
  return Object.assign(new Error(message), { responseCode: code });
}

function smtpOptions(spec: ListenerSpec): SMTPServerOptions {
  const { server, port, cert, account } = spec;
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
    authMethods: ['PLAIN', 'LOGIN'],
    // Never look anything up: the servers' namespace must stay silent apart from answering.
    disableReverseLookup: true,
    logger: false,
    closeTimeout: 200,
    onConnect(_session, callback) {
      if (spec.greetingCode === 220) return callback();
      callback(responseError(spec.greetingCode, `${server.greetingName} Service not available`));
    },
    onAuth(auth, _session, callback) {
      if (auth.username === account.user && auth.password === account.password) {
        return callback(null, { user: auth.username });
      }
      callback(responseError(535, '5.7.8 Authentication credentials invalid'));
    },
    // The engine never sends mail; these servers never take any.
    onMailFrom(_address, _session, callback) {
      callback(responseError(550, '5.7.1 This lab server accepts no mail'));
    },
  };
}

function listen(server: Server, spec: ListenerSpec): Promise<void> {
  return new Promise((resolve, reject) => {
    let attempts = 0;
    const tryListen = (): void => {
      server.once('error', (err: NodeJS.ErrnoException) => {
        // The listener this one replaces may still be releasing the port for a moment.
        if (err.code === 'EADDRINUSE' && attempts++ < 50) setTimeout(tryListen, 20);
        else reject(err);
      });
      server.listen(spec.port.port, spec.server.ip, () => {
        server.removeAllListeners('error');
        server.on('error', (e) =>
          process.stderr.write(`listener ${spec.server.ip}: ${String(e)}\n`),
        );
        resolve();
      });
    };
    tryListen();
  });
}

async function startSmtp(spec: ListenerSpec): Promise<Listener> {
  const smtp = new SMTPServer(smtpOptions(spec));
  smtp.on('error', (e) => process.stderr.write(`smtp ${spec.server.ip}: ${String(e)}\n`));
  await listen(smtp.server, spec);
  return { close: () => smtp.close() };
}

const NO_CONTENT = 'HTTP/1.1 204 No Content\r\nConnection: close\r\nContent-Length: 0\r\n\r\n';
const MAX_REQUEST_HEAD = 8192;

/** The answer to one request head: the document at its path on GET, 404 otherwise. */
function documentResponse(head: string, documents: Record<string, string>): string {
  const [method, target = ''] = head.split('\r\n', 1)[0]?.split(' ') ?? [];
  const body = method === 'GET' ? documents[target.replace(/\?.*$/, '')] : undefined;
  if (body === undefined) {
    return 'HTTP/1.1 404 Not Found\r\nConnection: close\r\nContent-Length: 0\r\n\r\n';
  }
  const bytes = Buffer.byteLength(body);
  return `HTTP/1.1 200 OK\r\nContent-Type: application/xml; charset=utf-8\r\nConnection: close\r\nContent-Length: ${bytes}\r\n\r\n${body}`;
}

/** Enough of HTTP for a client that sends one request and waits for the answer. */
function answerHttp(socket: Socket, documents: Record<string, string> | undefined): void {
  if (!documents) {
    socket.once('data', () => socket.end(NO_CONTENT));
    return;
  }
  let head = '';
  const onData = (chunk: Buffer): void => {
    head += chunk.toString('latin1');
    if (head.includes('\r\n\r\n')) {
      socket.off('data', onData);
      socket.end(documentResponse(head, documents));
    } else if (head.length > MAX_REQUEST_HEAD) socket.destroy();
  };
  socket.on('data', onData);
}

async function startTls(spec: ListenerSpec): Promise<Listener> {
  const sockets = new Set<Socket>();
  const tls = createTlsServer({ key: spec.cert.keyPem, cert: spec.cert.certPem }, (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => socket.destroy());
    socket.setTimeout(10_000, () => socket.destroy());
    answerHttp(socket, spec.server.documents);
  });
  tls.on('tlsClientError', () => undefined);
  await listen(tls, spec);
  return {
    close: () => {
      tls.close();
      for (const s of sockets) s.destroy();
    },
  };
}

/** Binds one listener as the spec says. */
export function startListener(spec: ListenerSpec): Promise<Listener> {
  return spec.port.kind === 'tls' ? startTls(spec) : startSmtp(spec);
}
