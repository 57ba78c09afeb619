/** Our own small SMTP conversation over an already connected socket: greeting, EHLO, STARTTLS, AUTH, QUIT. */
import type net from 'node:net';
import type { SmtpDetails, SmtpFailure } from '../../shared/probe.js';
import { chooseMechanism, runLogin, type SmtpAuthResult } from './smtp-auth.js';
import { SessionFailure, SmtpChannel } from './smtp-channel.js';
import type { SmtpReply } from './smtp-reply.js';

export type { SmtpAuthResult } from './smtp-auth.js';

/** Per-phase deadlines, ms. `overall` counts from the call to runSmtpSession. */
export interface SmtpDeadlines {
  greeting: number;
  reply: number;
  tlsHandshake: number;
  overall: number;
}

/** How to run one session. */
export interface SmtpSessionOptions {
  /** The name we asked for: SNI and certificate check. */
  host: string;
  /** plain: greeting, EHLO, QUIT; starttls: EHLO, STARTTLS if offered, EHLO again; implicit: TLS first. */
  mode: 'plain' | 'starttls' | 'implicit';
  ehloName: string;
  deadlines: SmtpDeadlines;
  signal?: AbortSignal;
  /** performance.now() when the probe started; transcript times are relative to it. */
  startedAt: number;
  /** Optional login test; only run over verified TLS. */
  auth?: { username: string; password: string };
  /** Trusted CA (PEM) instead of the default roots: tests only. */
  ca?: string;
}

/** What one session found. */
export interface SmtpSessionResult {
  details: SmtpDetails;
  auth: SmtpAuthResult | null;
  ms: number;
}

// Failures after which the connection is still in a sane SMTP state, so a QUIT is polite.
const QUIT_AFTER: ReadonlySet<SmtpFailure> = new Set([
  'greeting_rejected',
  'ehlo_rejected',
  'starttls_rejected',
]);
const TLS_FAILURES: ReadonlySet<SmtpFailure> = new Set([
  'starttls_rejected',
  'tls_handshake_timeout',
  'tls_handshake_failed',
]);
const MAX_QUIT_WAIT_MS = 1000;
const MAX_GREETING_CHARS = 1000;

/**
 * Runs one SMTP session on a connected socket. Never rejects: every failure lands in
 * details.failure. On every path the socket is destroyed and all timers and listeners are gone
 * before the promise settles.
 */
export async function runSmtpSession(
  socket: net.Socket,
  opts: SmtpSessionOptions,
): Promise<SmtpSessionResult> {
  const t0 = performance.now();
  const details: SmtpDetails = {
    greetingCode: null,
    greeting: null,
    extensions: [],
    startTls: opts.mode === 'implicit' ? 'implicit' : 'not_tried',
    authMechanisms: [],
    tls: null,
    failure: null,
    failureDetail: null,
    transcript: [],
  };
  let auth: SmtpAuthResult | null = null;
  let ch: SmtpChannel | null = null;
  try {
    ch = new SmtpChannel(socket, {
      host: opts.host,
      startedAt: opts.startedAt,
      overallMs: opts.deadlines.overall,
      signal: opts.signal,
      ca: opts.ca,
    });
    ch.record('I', `connected to ${socket.remoteAddress ?? '?'}:${socket.remotePort ?? '?'}`);
    auth = await converse(ch, opts, details);
    await quit(ch, opts.deadlines.reply);
  } catch (e) {
    const f =
      e instanceof SessionFailure
        ? e
        : new SessionFailure('connection_closed', `unexpected error: ${String(e).slice(0, 200)}`);
    details.failure = f.failure;
    details.failureDetail = f.detail;
    if (ch && QUIT_AFTER.has(f.failure)) await quit(ch, opts.deadlines.reply);
  } finally {
    if (ch) {
      await ch.close();
      details.transcript = ch.transcript;
    } else {
      socket.destroy();
    }
  }
  if (opts.auth && auth === null) auth = loginNotRun(details);
  return { details, auth, ms: Math.round(performance.now() - t0) };
}

async function converse(
  ch: SmtpChannel,
  opts: SmtpSessionOptions,
  details: SmtpDetails,
): Promise<SmtpAuthResult | null> {
  const d = opts.deadlines;
  if (opts.mode === 'implicit') details.tls = await ch.startTls(d.tlsHandshake, 'greeting');

  ch.phase = 'greeting';
  const greeting = await ch.readReply(d.greeting, 'greeting_timeout');
  details.greetingCode = greeting.code;
  details.greeting = greeting.lines.join(' / ').slice(0, MAX_GREETING_CHARS);
  if (greeting.code !== 220) {
    throw new SessionFailure(
      'greeting_rejected',
      `the server greeted with ${said(greeting)} instead of 220`,
    );
  }

  let extensions = await hello(ch, opts.ehloName, d.reply);
  if (opts.mode === 'starttls') {
    if (extensions.some((e) => e.toUpperCase() === 'STARTTLS')) {
      details.extensions = extensions;
      details.authMechanisms = authMechanisms(extensions);
      details.startTls = 'failed';
      ch.phase = 'STARTTLS';
      ch.send('STARTTLS');
      const r = await ch.readReply(d.reply, 'reply_timeout');
      if (r.code !== 220) {
        throw new SessionFailure('starttls_rejected', `STARTTLS was answered ${said(r)}`);
      }
      if (!ch.isIdle()) {
        // Bytes after the 220 would be read as if they came over TLS (CVE-2011-0411 style).
        throw new SessionFailure('protocol_error', 'the server sent data after its STARTTLS 220');
      }
      details.tls = await ch.startTls(d.tlsHandshake, 'EHLO');
      details.startTls = 'ok';
      extensions = await hello(ch, opts.ehloName, d.reply);
    } else {
      details.startTls = 'not_offered';
    }
  }
  details.extensions = extensions;
  details.authMechanisms = authMechanisms(extensions);

  if (!opts.auth) return null;
  const blocked = loginBlocked(ch, details);
  if (blocked) return { outcome: 'unavailable', mechanism: null, code: null, detail: blocked };
  const mechanism = chooseMechanism(details.authMechanisms);
  if (!mechanism) {
    const offered = details.authMechanisms.join(' ') || 'none';
    return {
      outcome: 'unavailable',
      mechanism: null,
      code: null,
      detail: `no supported AUTH mechanism offered (offered: ${offered}); credentials not sent`,
    };
  }
  const { username, password } = opts.auth;
  const login = await runLogin(ch, mechanism, username, password, d.reply);
  if (login.failure) {
    details.failure = login.failure.failure;
    details.failureDetail = login.failure.detail;
  }
  return login.result;
}

// Why credentials must not be sent on this session, or null when they may.
function loginBlocked(ch: SmtpChannel, details: SmtpDetails): string | null {
  if (!ch.isSecure || !details.tls) {
    return details.startTls === 'not_offered'
      ? 'STARTTLS not offered; credentials are never sent without TLS'
      : 'no TLS on this session; credentials are never sent without TLS';
  }
  if (!details.tls.verified) {
    return `the certificate did not verify (${details.tls.verifyError ?? 'unknown'}); credentials not sent`;
  }
  return null;
}

// EHLO, falling back to HELO; returns the extension lines (none after HELO).
async function hello(ch: SmtpChannel, name: string, replyMs: number): Promise<string[]> {
  const ehloName = cleanEhloName(name);
  ch.phase = 'EHLO';
  ch.send(`EHLO ${ehloName}`);
  const ehlo = await ch.readReply(replyMs, 'reply_timeout');
  if (ehlo.code === 250) return ehlo.lines.slice(1).map((l) => l.trim());
  if (ehlo.code === 421) {
    throw new SessionFailure('ehlo_rejected', `EHLO was answered ${said(ehlo)}`);
  }
  ch.phase = 'HELO';
  ch.send(`HELO ${ehloName}`);
  const helo = await ch.readReply(replyMs, 'reply_timeout');
  if (helo.code === 250) return [];
  throw new SessionFailure('ehlo_rejected', `EHLO was answered ${said(ehlo)}, HELO ${said(helo)}`);
}

async function quit(ch: SmtpChannel, replyMs: number): Promise<void> {
  try {
    ch.phase = 'QUIT';
    ch.send('QUIT');
    await ch.readReply(Math.min(replyMs, MAX_QUIT_WAIT_MS), 'reply_timeout');
  } catch {
    // A missing 221 changes nothing about what the session found.
  }
}

function loginNotRun(details: SmtpDetails): SmtpAuthResult {
  const f = details.failure;
  const outcome = f !== null && !TLS_FAILURES.has(f) ? 'error' : 'unavailable';
  return {
    outcome,
    mechanism: null,
    code: null,
    detail: `login test not run: ${details.failureDetail ?? 'the session ended early'}`,
  };
}

/** AUTH mechanisms from EHLO keywords ('AUTH PLAIN LOGIN' and the old 'AUTH=PLAIN'), upper case. */
export function authMechanisms(extensions: readonly string[]): string[] {
  const out = new Set<string>();
  for (const line of extensions) {
    const m = /^AUTH[ =](.*)$/i.exec(line);
    if (!m?.[1]) continue;
    for (const mech of m[1].trim().split(/\s+/)) {
      const up = mech.toUpperCase();
      if (/^[A-Z0-9_-]{1,40}$/.test(up)) out.add(up);
    }
  }
  return [...out];
}

// The EHLO argument comes from our side, but a stray CR/LF would inject a command.
function cleanEhloName(name: string): string {
  const clean = name.replace(/[^A-Za-z0-9.:[\]-]/g, '');
  return clean === '' ? 'localhost' : clean;
}

function said(r: SmtpReply): string {
  return `${r.code} ${(r.lines[0] ?? '').slice(0, 120)}`.trim();
}
