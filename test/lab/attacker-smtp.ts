/**
 * The hostile server's SMTP ports, written by hand rather than with smtp-server: it must see every
 * AUTH command the moment it arrives, on any connection state (before TLS, unannounced, cut off
 * half-way), which smtp-server's onAuth does not show. It plays a willing submission server:
 * STARTTLS on the plain ports, AUTH PLAIN LOGIN after TLS, and any user name and password accepted,
 * as an attacker collecting passwords would.
 */
import { createServer as createNetServer, type Socket } from 'node:net';
import {
  createSecureContext,
  createServer as createTlsServer,
  TLSSocket,
  type SecureContext,
} from 'node:tls';
import { recordAuth, type AuthRecord } from './auth-log.js';
import { bindServer } from './server-bind.js';
import type { Listener, ListenerSpec } from './server-listeners.js';

const MAX_LINE = 4096;
const IDLE_MS = 30_000;
const USERNAME_PROMPT = '334 VXNlcm5hbWU6';
const PASSWORD_PROMPT = '334 UGFzc3dvcmQ6';

/** An AUTH exchange in progress: what arrived so far, and what comes next. */
interface PendingAuth {
  record: AuthRecord;
  next: 'plain' | 'login_user' | 'login_pass';
}

function decode(b64: string): string {
  return Buffer.from(b64.trim(), 'base64').toString('utf8');
}

/** One client connection: reads lines from whichever stream is current (plain, then TLS). */
class Session {
  private buffer = '';
  private stream: Socket;
  private tls: boolean;
  private pending: PendingAuth | null = null;

  constructor(
    socket: Socket,
    private readonly spec: ListenerSpec,
    private readonly context: SecureContext,
    implicitTls: boolean,
  ) {
    this.stream = socket;
    this.tls = implicitTls;
    socket.setTimeout(IDLE_MS, () => socket.destroy());
    socket.on('error', () => socket.destroy());
    socket.on('close', () => this.finish());
    this.listen(socket);
    this.send(`220 ${spec.server.greetingName} ESMTP SendCheck lab`);
  }

  private listen(stream: Socket): void {
    stream.on('data', this.onData);
  }

  private readonly onData = (chunk: Buffer): void => {
    this.buffer += chunk.toString('latin1');
    let end: number;
    while ((end = this.buffer.indexOf('\n')) >= 0) {
      const line = this.buffer.slice(0, end).replace(/\r$/, '');
      this.buffer = this.buffer.slice(end + 1);
      // STARTTLS empties the buffer: bytes sent after it in plain text are dropped, never read as TLS.
      this.onLine(line);
    }
    if (this.buffer.length > MAX_LINE) this.stream.destroy();
  };

  private send(line: string): void {
    if (!this.stream.destroyed) this.stream.write(`${line}\r\n`);
  }

  /** Writes the pending attempt once, however the exchange ended. */
  private finish(): void {
    if (!this.pending) return;
    recordAuth(this.spec.authLog, this.pending.record);
    this.pending = null;
  }

  private onLine(line: string): void {
    if (this.pending) {
      this.continueAuth(line);
      return;
    }
    const [verb = '', ...args] = line.split(' ');
    switch (verb.toUpperCase()) {
      case 'EHLO':
        return this.ehlo(args[0] ?? '');
      case 'HELO':
        return this.send(`250 ${this.spec.server.greetingName}`);
      case 'STARTTLS':
        return this.startTls();
      case 'AUTH':
        return this.auth(args[0] ?? '', args[1]);
      case 'NOOP':
      case 'RSET':
        return this.send('250 2.0.0 OK');
      case 'QUIT':
        this.send('221 2.0.0 Bye');
        this.stream.end();
        return;
      case 'MAIL':
      case 'RCPT':
      case 'DATA':
        return this.send('550 5.7.1 This lab server accepts no mail');
      default:
        return this.send('502 5.5.2 Command not recognised');
    }
  }

  private ehlo(client: string): void {
    const { port, starttls, server } = this.spec;
    const lines = [`${server.greetingName} Hello ${client}`, 'PIPELINING', '8BITMIME'];
    if (!this.tls && port.kind === 'smtp' && starttls) lines.push('STARTTLS');
    // Like a careful real server, AUTH only once the session is encrypted.
    if (this.tls && port.auth) lines.push('AUTH PLAIN LOGIN');
    lines.forEach((l, i) => this.send(`250${i === lines.length - 1 ? ' ' : '-'}${l}`));
  }

  private startTls(): void {
    if (this.tls || this.spec.port.kind !== 'smtp' || !this.spec.starttls) {
      this.send('502 5.5.1 STARTTLS not available');
      return;
    }
    this.send('220 2.0.0 Ready to start TLS');
    const raw = this.stream;
    raw.off('data', this.onData);
    this.buffer = '';
    const secure = new TLSSocket(raw, { isServer: true, secureContext: this.context });
    secure.on('error', () => raw.destroy());
    this.stream = secure;
    this.tls = true;
    this.listen(secure);
  }

  private auth(mechanism: string, initial: string | undefined): void {
    const { server, address, port } = this.spec;
    const record: AuthRecord = {
      server: server.id,
      address,
      port: port.port,
      mechanism: mechanism.toUpperCase(),
      username: null,
      password: false,
      tls: this.tls,
      accepted: false,
    };
    if (record.mechanism === 'PLAIN') {
      this.pending = { record, next: 'plain' };
      if (initial !== undefined) this.continueAuth(initial);
      else this.send('334 ');
      return;
    }
    if (record.mechanism === 'LOGIN') {
      this.pending = { record, next: 'login_user' };
      if (initial !== undefined) this.continueAuth(initial);
      else this.send(USERNAME_PROMPT);
      return;
    }
    // Not offered, but recorded all the same: anything that looks like a login is evidence.
    recordAuth(this.spec.authLog, record);
    this.send('504 5.5.4 Unrecognized authentication type');
  }

  private continueAuth(line: string): void {
    const pending = this.pending;
    if (!pending) return;
    const { record } = pending;
    if (line.trim() === '*') {
      this.finish();
      this.send('501 5.7.0 Authentication cancelled');
      return;
    }
    if (pending.next === 'plain') {
      const [, user = '', pass = ''] = decode(line).split('\u0000');
      record.username = user;
      record.password = pass !== '';
    } else if (pending.next === 'login_user') {
      record.username = decode(line);
      pending.next = 'login_pass';
      this.send(PASSWORD_PROMPT);
      return;
    } else {
      record.password = decode(line) !== '';
    }
    record.accepted = true;
    this.finish();
    this.send('235 2.7.0 Authentication successful');
  }

  /** Stops reading this connection (the listener is closing). */
  destroy(): void {
    this.stream.destroy();
  }
}

/** Binds one of the hostile server's SMTP ports (plain with STARTTLS, or implicit TLS). */
export async function startAttackerSmtp(spec: ListenerSpec): Promise<Listener> {
  const context = createSecureContext({ key: spec.cert.keyPem, cert: spec.cert.certPem });
  const sessions = new Set<Session>();
  const implicit = spec.port.kind === 'smtps';
  const open = (socket: Socket): void => {
    const session = new Session(socket, spec, context, implicit);
    sessions.add(session);
    socket.on('close', () => sessions.delete(session));
  };
  const server = implicit
    ? createTlsServer({ key: spec.cert.keyPem, cert: spec.cert.certPem }, open)
    : createNetServer(open);
  server.on('tlsClientError', () => undefined);
  await bindServer(server, spec.address, spec.port.port);
  return {
    close: () => {
      server.close();
      for (const s of sessions) s.destroy();
    },
  };
}
