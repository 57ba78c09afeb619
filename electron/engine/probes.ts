/** One function per probe kind: run it, announce it, and turn what it found into a ProbeResult. */
import net from 'node:net';
import { performance } from 'node:perf_hooks';
import type {
  CandidateSource,
  DnsDetails,
  DnsOutcome,
  ProbeResult,
  ProbeRole,
  SmtpDetails,
  SmtpFailure,
  TcpOutcome,
  TranscriptLine,
} from '../../shared/probe.js';
import type { ParsedEmail } from '../../shared/validate.js';
import {
  fetchAutoconfigUrl,
  type AutoconfigAttempt,
  type AutoconfigOptions,
  type AutoconfigTarget,
} from './autoconfig.js';
import type { EngineConfig } from './config.js';
import type { DeadlineSource } from './deadline.js';
import type { ProbeRecorder } from './recorder.js';
import { checkRoute } from './route.js';
import { runSmtpSession, type SmtpDeadlines } from './smtp.js';
import { connectTcp, type TcpConnectResult } from './tcp.js';

// After these failures the server still spoke SMTP to us: it answers, its TLS is the problem.
const ANSWERED_DESPITE: ReadonlySet<SmtpFailure> = new Set([
  'starttls_rejected',
  'starttls_not_offered',
  'tls_handshake_timeout',
  'tls_handshake_failed',
  'reply_timeout',
]);

/** Where and how to hold one SMTP conversation. */
export interface SmtpProbeSpec {
  role: ProbeRole;
  host: string;
  ip: string;
  port: number;
  mode: 'plain' | 'starttls' | 'implicit';
  source?: CandidateSource;
  deadline: DeadlineSource;
  signal: AbortSignal;
  auth?: { username: string; password: string };
  /** When an earlier candidate already answered, this probe is cut short and reported as skipped. */
  skip?: AbortSignal;
}

function ehloNameFor(socket: net.Socket): string {
  const addr = socket.localAddress ?? '';
  if (net.isIPv4(addr)) return `[${addr}]`;
  if (net.isIPv6(addr)) return `[IPv6:${addr}]`;
  return 'sendcheck.invalid';
}

/** The per-phase deadlines of one session: submission ports get a patient greeting (RFC 5321 allows minutes). */
function sessionDeadlines(cfg: EngineConfig, port: number): SmtpDeadlines {
  const port25 = port === 25;
  return {
    greeting: port25 ? cfg.smtp.greetingMs : cfg.smtp.submissionGreetingMs,
    reply: cfg.smtp.replyMs,
    tlsHandshake: cfg.smtp.tlsHandshakeMs,
    overall: port25 ? cfg.smtp.port25ProbeMs : cfg.smtp.probeMs,
  };
}

/** ms from the open socket to the complete greeting (first server line), or null when none came. */
export function greetingDelayMs(transcript: TranscriptLine[], connectMs: number): number | null {
  const first = transcript.find((l) => l.dir === 'S');
  return first ? Math.max(0, Math.round(first.t - connectMs)) : null;
}

/** The probe's result when the connect itself did not open (skipped, filtered, refused ...). */
function notConnected(
  rec: ProbeRecorder,
  spec: SmtpProbeSpec,
  base: ProbeBase,
  c: TcpConnectResult,
): ProbeResult {
  const skipped = c.outcome === 'aborted' && spec.skip?.aborted === true && !spec.signal.aborted;
  const outcome: TcpOutcome =
    c.outcome === 'aborted' ? (skipped ? 'skipped' : 'filtered') : c.outcome;
  const detail = skipped ? 'not needed: an earlier candidate answered' : c.detail;
  return rec.finish({
    ...base,
    outcome: spec.auth ? 'error' : outcome,
    ms: Math.round(c.ms),
    detail,
  });
}

type ProbeBase = Pick<ProbeResult, 'id' | 'kind' | 'role' | 'host' | 'ip' | 'port' | 'source'>;

/** Connects (adaptive deadline, cfg.connectsPerPort SYNs at once), then speaks SMTP on the open socket. Never rejects. */
export async function probeSmtp(
  rec: ProbeRecorder,
  cfg: EngineConfig,
  spec: SmtpProbeSpec,
  onConnected?: (ms: number) => void,
): Promise<ProbeResult> {
  const kind = spec.auth ? 'auth' : 'smtp';
  const id = rec.start({ kind, role: spec.role, host: spec.host, ip: spec.ip, port: spec.port });
  const base: ProbeBase = {
    id,
    kind,
    role: spec.role,
    host: spec.host,
    ip: spec.ip,
    port: spec.port,
    ...(spec.source ? { source: spec.source } : {}),
  };
  const signal = spec.skip ? AbortSignal.any([spec.signal, spec.skip]) : spec.signal;
  const c = await connectTcp({
    ip: spec.ip,
    port: spec.port,
    deadline: spec.deadline,
    signal,
    attempts: cfg.connectsPerPort,
  });
  if (c.outcome !== 'open' || !c.socket) return notConnected(rec, spec, base, c);
  onConnected?.(c.ms);
  const s = await runSmtpSession(c.socket, {
    host: spec.host,
    mode: spec.mode,
    ehloName: ehloNameFor(c.socket),
    startedAt: c.startedAt,
    signal: spec.signal,
    deadlines: sessionDeadlines(cfg, spec.port),
    ...(spec.auth ? { auth: spec.auth } : {}),
  });
  const d = s.details;
  const ms = Math.round(c.ms);
  if (spec.auth) {
    const auth = s.auth ?? {
      outcome: 'error' as const,
      detail: d.failureDetail ?? 'no login attempted',
    };
    return rec.finish({ ...base, outcome: auth.outcome, ms, detail: auth.detail, smtp: d });
  }
  const greetingMs = greetingDelayMs(d.transcript, c.ms);
  const slow = greetingMs !== null && greetingMs > cfg.smtp.greetingMs;
  const timing = greetingMs === null ? {} : { greetingMs, ...(slow ? { slowGreeting: true } : {}) };
  const answered =
    d.greetingCode === 220 && (d.failure === null || ANSWERED_DESPITE.has(d.failure));
  return rec.finish({
    ...base,
    outcome: answered ? 'open' : 'error',
    ms,
    detail: smtpDetail(d, ms, answered, slow ? greetingMs : null),
    smtp: d,
    ...timing,
  });
}

function smtpDetail(
  d: SmtpDetails,
  ms: number,
  answered: boolean,
  slowGreetingMs: number | null,
): string {
  const connected = `connected in ${ms} ms`;
  const slow = slowGreetingMs === null ? '' : `; slow greeting (after ${slowGreetingMs} ms)`;
  if (!answered)
    return `${connected}, then ${d.failureDetail ?? d.failure ?? 'no SMTP greeting'}${slow}`;
  const tls = d.tls
    ? `; TLS ${d.tls.protocol ?? ''} certificate ${d.tls.verified ? 'verified' : `NOT verified (${d.tls.verifyError})`}`
    : '';
  const failure = d.failure ? `; ${d.failureDetail ?? d.failure}` : '';
  return `${connected}; ${d.greetingCode} ${d.greeting ?? ''}${tls}${failure}${slow}`;
}

/** A bare TCP connect (the web control on 443), closed at once. */
export async function probeTcp(
  rec: ProbeRecorder,
  spec: {
    role: ProbeRole;
    host: string;
    ip: string;
    port: number;
    deadline: DeadlineSource;
    signal: AbortSignal;
    /** Connects started together (see connectTcp); 1 when absent. */
    attempts?: number;
  },
): Promise<ProbeResult> {
  const id = rec.start({
    kind: 'tcp',
    role: spec.role,
    host: spec.host,
    ip: spec.ip,
    port: spec.port,
  });
  const c = await connectTcp({
    ip: spec.ip,
    port: spec.port,
    deadline: spec.deadline,
    signal: spec.signal,
    ...(spec.attempts !== undefined ? { attempts: spec.attempts } : {}),
  });
  c.socket?.destroy();
  const outcome: TcpOutcome = c.outcome === 'aborted' ? 'filtered' : c.outcome;
  return rec.finish({
    id,
    kind: 'tcp',
    role: spec.role,
    host: spec.host,
    ip: spec.ip,
    port: spec.port,
    outcome,
    ms: Math.round(c.ms),
    detail: c.detail,
  });
}

/** What a DNS helper returns, reduced to what a ProbeResult needs. */
export interface DnsLike {
  outcome: DnsOutcome;
  ms: number;
  servers: string[];
  detail: string;
}

/** Announces a DNS look-up, runs it and records it. */
export async function probeDns<T extends DnsLike>(
  rec: ProbeRecorder,
  role: ProbeRole,
  name: string,
  rrtype: DnsDetails['rrtype'],
  run: () => Promise<T>,
  answers: (a: T) => string[],
): Promise<T> {
  const id = rec.start({ kind: 'dns', role, host: name, ip: null, port: null });
  const a = await run();
  rec.finish({
    id,
    kind: 'dns',
    role,
    host: name,
    ip: null,
    port: null,
    outcome: a.outcome,
    ms: Math.round(a.ms),
    detail: a.detail,
    dns: { rrtype, answers: answers(a), servers: a.servers },
  });
  return a;
}

/** Fetches one autoconfig URL (kind 'http', role 'autoconfig') and records what it gave. */
export async function probeAutoconfig(
  rec: ProbeRecorder,
  target: AutoconfigTarget,
  email: ParsedEmail,
  o: AutoconfigOptions,
): Promise<AutoconfigAttempt> {
  const port = o.port ?? 443;
  const base = { kind: 'http', role: 'autoconfig', host: target.host, port } as const;
  const id = rec.start({ ...base, ip: null });
  const a = await fetchAutoconfigUrl(target, email, o);
  rec.finish({ ...base, id, ip: a.ip, outcome: a.outcome, ms: Math.round(a.ms), detail: a.detail });
  return a;
}

/** Asks the kernel for a route to the DNS server (nothing is sent). */
export async function probeRoute(rec: ProbeRecorder, ip: string): Promise<ProbeResult> {
  const id = rec.start({ kind: 'route', role: 'local_network', host: ip, ip, port: null });
  const t = performance.now();
  const r = await checkRoute(ip);
  return rec.finish({
    id,
    kind: 'route',
    role: 'local_network',
    host: ip,
    ip,
    port: null,
    outcome: r.hasRoute ? 'open' : 'no_route',
    ms: Math.round(performance.now() - t),
    detail: r.hasRoute
      ? `this computer has a route toward ${ip}`
      : `no route toward ${ip} (${r.code})`,
  });
}
