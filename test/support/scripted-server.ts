/** A tiny scripted TCP/TLS server on loopback for hostile-server tests: each test writes its own script. */
import { once } from 'node:events';
import net from 'node:net';
import tls from 'node:tls';
import type { IssuedCert } from './test-ca.js';

/** The server side of one accepted connection. */
export class ServerConn {
  /** The socket currently spoken on (the TLS socket after startTls). */
  socket: net.Socket;
  /** Resolves when the connection has fully closed (the server saw the client go away). */
  readonly closed: Promise<void>;
  private buf = '';
  private waiters: ((line: string | null) => void)[] = [];
  private readonly timers = new Set<NodeJS.Timeout>();
  private ended = false;

  constructor(readonly raw: net.Socket) {
    this.socket = raw;
    this.listen(raw);
    this.closed = new Promise((resolve) => {
      raw.once('close', () => {
        this.ended = true;
        for (const t of this.timers) clearTimeout(t);
        this.timers.clear();
        for (const w of this.waiters.splice(0)) w(null);
        resolve();
      });
    });
  }

  /** Writes raw text (nothing is added: scripts write their own CRLF, or not). */
  send(text: string | Buffer): void {
    if (!this.ended && !this.socket.destroyed) this.socket.write(text);
  }

  /** The next line the client sent (without line ending), or null once the connection closed. */
  readLine(): Promise<string | null> {
    const nl = this.buf.indexOf('\n');
    if (nl !== -1) {
      const line = this.buf.slice(0, nl).replace(/\r$/, '');
      this.buf = this.buf.slice(nl + 1);
      return Promise.resolve(line);
    }
    if (this.ended) return Promise.resolve(null);
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  /** Runs `fn` after `ms` unless the connection closed first. */
  after(ms: number, fn: () => void): void {
    const t = setTimeout(() => {
      this.timers.delete(t);
      if (!this.ended) fn();
    }, ms);
    this.timers.add(t);
  }

  /** Runs `fn` every `ms` until the connection closes. */
  every(ms: number, fn: () => void): void {
    this.after(ms, () => {
      fn();
      this.every(ms, fn);
    });
  }

  /** Upgrades to TLS as a server (after a STARTTLS 220, or at once for implicit TLS). */
  async startTls(cert: IssuedCert): Promise<void> {
    this.raw.removeAllListeners('data');
    const secure = new tls.TLSSocket(this.raw, {
      isServer: true,
      secureContext: tls.createSecureContext({ cert: cert.certPem, key: cert.keyPem }),
    });
    secure.on('error', () => undefined);
    this.socket = secure;
    this.buf = '';
    this.listen(secure);
    await once(secure, 'secure');
  }

  /** Closes with a TCP RST. */
  reset(): void {
    this.raw.resetAndDestroy();
  }

  private listen(s: net.Socket): void {
    s.on('error', () => undefined);
    s.on('data', (chunk: Buffer) => {
      this.buf += chunk.toString('latin1');
      while (this.waiters.length > 0 && this.buf.includes('\n')) {
        const w = this.waiters.shift();
        const nl = this.buf.indexOf('\n');
        const line = this.buf.slice(0, nl).replace(/\r$/, '');
        this.buf = this.buf.slice(nl + 1);
        w?.(line);
      }
    });
  }
}

/** A listening scripted server. */
export interface ScriptedServer {
  port: number;
  /** The connections accepted so far. */
  conns: ServerConn[];
  /** Resolves when the first connection closed on the server side. */
  firstClosed(): Promise<void>;
  close(): Promise<void>;
}

/** Starts a loopback server that runs `script` for every connection. */
export async function startScriptedServer(
  script: (c: ServerConn) => void | Promise<void>,
): Promise<ScriptedServer> {
  const conns: ServerConn[] = [];
  let first: (c: ServerConn) => void = () => undefined;
  const firstConn = new Promise<ServerConn>((resolve) => (first = resolve));
  const server = net.createServer((socket) => {
    const c = new ServerConn(socket);
    conns.push(c);
    first(c);
    Promise.resolve(script(c)).catch(() => socket.destroy());
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return {
    port: (server.address() as net.AddressInfo).port,
    conns,
    firstClosed: async () => (await firstConn).closed,
    close: async () => {
      for (const c of conns) c.raw.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** Connects a plain TCP client to a loopback port. */
export async function connectClient(port: number): Promise<net.Socket> {
  const s = net.connect({ host: '127.0.0.1', port });
  await once(s, 'connect');
  return s;
}

/** Counts the handles and timers alive now, by type, for leak checks. */
export function liveResources(): Record<string, number> {
  const out: Record<string, number> = {};
  for (const r of process.getActiveResourcesInfo()) {
    if (r === 'TCPSocketWrap' || r === 'TLSWrap' || r === 'Timeout' || r === 'JSSTREAM') {
      out[r] = (out[r] ?? 0) + 1;
    }
  }
  return out;
}

/** Resolves true once `cond()` holds, false if it still does not after `ms`. */
export async function waitUntil(
  cond: () => boolean | Promise<boolean>,
  ms = 1000,
): Promise<boolean> {
  const end = performance.now() + ms;
  for (;;) {
    if (await cond()) return true;
    if (performance.now() > end) return false;
    await new Promise((r) => setTimeout(r, 5));
  }
}

/** Resource types that grew since `before` (empty when nothing was left behind). */
export function leftBehind(before: Record<string, number>): Record<string, number> {
  const now = liveResources();
  const grown: Record<string, number> = {};
  for (const [k, n] of Object.entries(now))
    if (n > (before[k] ?? 0)) grown[k] = n - (before[k] ?? 0);
  return grown;
}
