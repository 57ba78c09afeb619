/** The transport under an SMTP session: socket(s), reply reader, deadlines, transcript, cleanup. */
import type net from 'node:net';
import tls from 'node:tls';
import type { CertSummary, SmtpFailure, TranscriptLine } from '../../shared/probe.js';
import { Redactor } from './redact.js';
import { SmtpReplyReader, sanitizeServerText, type SmtpReply } from './smtp-reply.js';
import { probeTlsOptions, summarizeCertificate } from './tls.js';

/** A failure that ends the conversation; thrown inside the session, never out of it. */
export class SessionFailure extends Error {
  constructor(
    readonly failure: SmtpFailure,
    readonly detail: string,
  ) {
    super(detail);
  }
}

/** What a channel needs to know. */
export interface ChannelOptions {
  host: string;
  startedAt: number;
  overallMs: number;
  signal?: AbortSignal;
  ca?: string;
}

const MAX_TRANSCRIPT_LINES = 200;
const MAX_TRANSCRIPT_CHARS = 300;
// How long cleanup waits for the sockets to report 'close' after destroy().
const CLOSE_WAIT_MS = 250;

interface Waiter {
  resolve: (r: SmtpReply) => void;
  reject: (e: SessionFailure) => void;
  timer: NodeJS.Timeout;
}

/** One SMTP connection: sends lines, waits for replies with a deadline, upgrades to TLS. */
export class SmtpChannel {
  readonly transcript: TranscriptLine[] = [];
  /** Applied to every transcript line, so a server echoing a credential cannot leak it. */
  readonly redactor = new Redactor();
  /** The phase named in failure details, e.g. 'EHLO'. */
  phase = 'greeting';
  private socket: net.Socket;
  private readonly plain: net.Socket;
  private secure: tls.TLSSocket | null = null;
  private reader = new SmtpReplyReader();
  private readonly queue: SmtpReply[] = [];
  private waiter: Waiter | null = null;
  private broken: SessionFailure | null = null;
  private readonly overallTimer: NodeJS.Timeout;
  private truncated = false;
  private readonly onAbort = (): void =>
    this.fail(new SessionFailure('aborted', `cancelled during ${this.phase}`));
  private readonly onData = (chunk: Buffer): void => this.handleData(chunk);
  private readonly onEnd = (): void => this.handleClosed('the server closed the connection');
  private readonly onClose = (): void => this.handleClosed('the connection closed');
  private readonly onError = (err: Error): void => this.handleError(err);

  constructor(
    socket: net.Socket,
    private readonly opts: ChannelOptions,
  ) {
    this.plain = socket;
    this.socket = socket;
    this.attach(socket);
    this.overallTimer = setTimeout(
      () =>
        this.fail(
          new SessionFailure(
            'overall_timeout',
            `the probe's overall deadline of ${opts.overallMs} ms ran out during ${this.phase}`,
          ),
        ),
      opts.overallMs,
    );
    opts.signal?.addEventListener('abort', this.onAbort, { once: true });
    if (opts.signal?.aborted) this.onAbort();
    // A socket that died between connect and now would never emit 'close' again.
    else if (socket.destroyed) {
      this.fail(
        new SessionFailure('connection_closed', 'the connection was gone before the greeting'),
      );
    }
  }

  /** True once TLS is up. */
  get isSecure(): boolean {
    return this.secure !== null;
  }

  /** Adds a line to the transcript (capped, long lines cut). */
  record(dir: TranscriptLine['dir'], text: string): void {
    if (this.transcript.length >= MAX_TRANSCRIPT_LINES - 1) {
      if (!this.truncated) {
        this.truncated = true;
        this.transcript.push({ t: this.now(), dir: 'I', text: 'transcript truncated' });
      }
      return;
    }
    const clean = this.redactor.apply(text);
    const cut =
      clean.length > MAX_TRANSCRIPT_CHARS ? `${clean.slice(0, MAX_TRANSCRIPT_CHARS)}…` : clean;
    this.transcript.push({ t: this.now(), dir, text: cut });
  }

  /** Sends one command line; `shown` is what the transcript gets instead (for redaction). */
  send(line: string, shown: string = line): void {
    this.throwIfBroken();
    if (this.queue.length > 0 || this.reader.pendingOctets() > 0) {
      this.fail(new SessionFailure('protocol_error', `the server sent data before ${this.phase}`));
      this.throwIfBroken();
    }
    this.record('C', shown);
    this.socket.write(`${line}\r\n`);
  }

  /** Waits for the next reply; fails with `onTimeout` if none is complete within `ms`. */
  readReply(ms: number, onTimeout: SmtpFailure): Promise<SmtpReply> {
    const queued = this.queue.shift();
    if (queued) return Promise.resolve(queued);
    if (this.broken) return Promise.reject(this.broken);
    return new Promise<SmtpReply>((resolve, reject) => {
      const timer = setTimeout(() => {
        const what =
          this.phase === 'greeting' ? 'no complete greeting' : `no reply to ${this.phase}`;
        this.fail(new SessionFailure(onTimeout, `${what} within ${ms} ms`));
      }, ms);
      this.waiter = { resolve, reject, timer };
    });
  }

  /** True when nothing is buffered: after a STARTTLS 220 anything buffered would be injected. */
  isIdle(): boolean {
    return this.queue.length === 0 && this.reader.pendingOctets() === 0;
  }

  /** Runs a TLS handshake over the current socket and returns the certificate summary. */
  startTls(ms: number, nextPhase: string): Promise<CertSummary> {
    this.throwIfBroken();
    this.phase = 'TLS handshake';
    this.detach(this.socket);
    // Keep an error listener on the wrapped socket until cleanup so a late error cannot go unhandled.
    this.plain.on('error', this.onError);
    const secure = tls.connect({
      socket: this.plain,
      ...probeTlsOptions(this.opts.host, this.opts.ca),
    });
    this.secure = secure;
    this.socket = secure;
    this.reader = new SmtpReplyReader();
    return new Promise<CertSummary>((resolve, reject) => {
      const timer = setTimeout(
        () =>
          this.fail(
            new SessionFailure('tls_handshake_timeout', `TLS handshake not done within ${ms} ms`),
          ),
        ms,
      );
      this.waiter = { resolve: () => undefined, reject, timer };
      secure.once('secureConnect', () => {
        clearTimeout(timer);
        this.waiter = null;
        const cert = summarizeCertificate(secure, this.opts.host);
        this.record('I', `TLS established ${cert.protocol ?? ''}`.trim());
        this.phase = nextPhase;
        resolve(cert);
      });
      this.attach(secure);
    });
  }

  /** Destroys every socket, clears every timer, removes every listener; resolves once closed. */
  async close(): Promise<void> {
    clearTimeout(this.overallTimer);
    this.opts.signal?.removeEventListener('abort', this.onAbort);
    if (!this.broken) {
      this.record('I', 'connection closed');
      this.broken = new SessionFailure('connection_closed', 'closed by us');
    }
    this.settleWaiter(null);
    this.secure?.removeAllListeners('secureConnect');
    const sockets = this.secure ? [this.secure, this.plain] : [this.plain];
    await Promise.all(sockets.map((s) => destroyAndWait(s)));
    for (const s of sockets) this.detach(s);
  }

  private now(): number {
    return Math.max(0, Math.round(performance.now() - this.opts.startedAt));
  }

  private attach(s: net.Socket): void {
    s.on('data', this.onData);
    s.on('end', this.onEnd);
    s.on('close', this.onClose);
    s.on('error', this.onError);
  }

  private detach(s: net.Socket): void {
    s.off('data', this.onData);
    s.off('end', this.onEnd);
    s.off('close', this.onClose);
    s.off('error', this.onError);
  }

  private throwIfBroken(): void {
    if (this.broken) throw this.broken;
  }

  private handleData(chunk: Buffer): void {
    if (this.broken) return;
    const { replies, error } = this.reader.feed(chunk);
    for (const r of replies) {
      r.lines.forEach((text, i) => {
        const sep = i === r.lines.length - 1 ? ' ' : '-';
        this.record('S', `${r.code}${sep}${text}`.trimEnd());
      });
      this.queue.push(r);
    }
    if (this.waiter && this.queue.length > 0 && this.phase !== 'TLS handshake') {
      const next = this.queue.shift();
      if (next) this.settleWaiter(next);
    }
    if (error) this.fail(new SessionFailure(error.kind, `${error.message} (during ${this.phase})`));
  }

  private handleClosed(what: string): void {
    if (this.phase === 'TLS handshake') {
      this.fail(new SessionFailure('tls_handshake_failed', `${what} during the TLS handshake`));
    } else {
      this.fail(new SessionFailure('connection_closed', `${what} during ${this.phase}`));
    }
  }

  private handleError(err: Error): void {
    const code = (err as NodeJS.ErrnoException).code ?? 'error';
    if (code === 'ECONNRESET') {
      this.fail(
        new SessionFailure(
          'connection_reset',
          `connection reset by the server during ${this.phase}`,
        ),
      );
    } else if (this.phase === 'TLS handshake') {
      // OpenSSL errors carry a short `reason` ('wrong version number'); the message is a dump.
      const reason = (err as { reason?: unknown }).reason;
      const why = sanitizeServerText(typeof reason === 'string' ? reason : err.message).slice(
        0,
        160,
      );
      this.fail(
        new SessionFailure('tls_handshake_failed', `TLS handshake failed: ${why} (${code})`),
      );
    } else {
      this.fail(
        new SessionFailure('connection_closed', `socket error ${code} during ${this.phase}`),
      );
    }
  }

  // The first failure wins; later events only confirm the connection is gone.
  private fail(f: SessionFailure): void {
    if (this.broken) return;
    this.broken = f;
    this.record('I', f.failure === 'aborted' ? 'cancelled' : `connection closed: ${f.detail}`);
    this.socket.destroy();
    if (this.secure) this.plain.destroy();
    this.settleWaiter(null);
  }

  private settleWaiter(reply: SmtpReply | null): void {
    const w = this.waiter;
    if (!w) return;
    this.waiter = null;
    clearTimeout(w.timer);
    if (reply) w.resolve(reply);
    else if (this.broken) w.reject(this.broken);
  }
}

function destroyAndWait(s: net.Socket): Promise<void> {
  if (s.closed) return Promise.resolve();
  return new Promise<void>((resolve) => {
    const timer = setTimeout(done, CLOSE_WAIT_MS);
    function done(): void {
      clearTimeout(timer);
      s.off('close', done);
      resolve();
    }
    s.once('close', done);
    s.destroy();
  });
}
