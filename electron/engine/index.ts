/** The engine's public face: run a diagnosis, run a login test. Plain Node; the CLI and the main process both use it. */
import { setMaxListeners } from 'node:events';
import { performance } from 'node:perf_hooks';
import {
  MAIL_PROGRAMS,
  type DiagnosisReport,
  type DiagnosisRequest,
  type MailProgram,
  type ProgressEvent,
  type ReportProvider,
} from '../../shared/diagnosis.js';
import type { ProbeResult } from '../../shared/probe.js';
import type { Provider } from '../../shared/providers/index.js';
import { sayBoth } from '../../shared/i18n/both.js';
import { hostToUnicode } from '../../shared/punycode.js';
import {
  parseEmail,
  parsePort,
  parseServer,
  type InputErrorCode,
  type InputField,
  type ParsedEmail,
} from '../../shared/validate.js';
import type { LocalizedText } from '../../shared/verdict.js';
import { resolveConfig, type EngineConfig } from './config.js';
import { fixedDeadline } from './deadline.js';
import { diagnose } from './diagnose.js';
import { resolveAddresses } from './dns.js';
import { runProbes } from './plan.js';
import { probeSmtp } from './probes.js';
import { recordProxyPac } from './proxy/pac-record.js';
import { ProbeRecorder } from './recorder.js';
import { isNonPublicAddress } from './trust.js';

/** Bad input: nothing was probed. */
export class InputError extends Error {
  constructor(
    readonly field: InputField | 'password',
    readonly code: InputErrorCode | 'control_chars',
    readonly text: LocalizedText,
  ) {
    super(text.en);
    this.name = 'InputError';
  }
}

/** The caller cancelled the diagnosis. */
export class CancelledError extends Error {
  constructor() {
    super('The diagnosis was cancelled.');
    this.name = 'CancelledError';
  }
}

/** How to run: cancellation, progress, and (tests, CLI) configuration. */
export interface RunOptions {
  signal?: AbortSignal;
  onProgress?: (e: ProgressEvent) => void;
  config?: Partial<EngineConfig>;
}

interface ValidRequest {
  email: ParsedEmail;
  server?: string;
  port?: number;
  /** Suggested hosts the user confirmed, ASCII, lower case. */
  acceptSuggested?: string[];
  /** The mail program the user said they use, kept in the report for the reference code. */
  mailProgram?: MailProgram;
}

/** At most this many confirmed suggestions per run (one is the usual case). */
export const MAX_ACCEPTED_SUGGESTIONS = 10;

/** Validates a request; throws InputError before anything touches the network. */
export function validateRequest(req: DiagnosisRequest): ValidRequest {
  const email = parseEmail(req.email);
  if (!email.ok) throw new InputError(email.field, email.code, email.message);
  const out: ValidRequest = { email: email.value };
  if (req.server !== undefined && req.server !== '') {
    const s = parseServer(req.server);
    if (!s.ok) throw new InputError(s.field, s.code, s.message);
    out.server = s.value.ascii;
  }
  if (req.port !== undefined) {
    const p = parsePort(req.port);
    if (!p.ok) throw new InputError(p.field, p.code, p.message);
    out.port = p.value;
  }
  if (req.acceptSuggested !== undefined && req.acceptSuggested.length > 0) {
    const hosts = req.acceptSuggested.slice(0, MAX_ACCEPTED_SUGGESTIONS).map((h) => {
      const s = parseServer(h);
      if (!s.ok) throw new InputError(s.field, s.code, s.message);
      return s.value.ascii.toLowerCase();
    });
    out.acceptSuggested = [...new Set(hosts)];
  }
  if (
    req.mailProgram !== undefined &&
    (MAIL_PROGRAMS as readonly string[]).includes(req.mailProgram)
  )
    out.mailProgram = req.mailProgram;
  if (req.password !== undefined && /[\u0000-\u001f\u007f]/.test(req.password)) {
    throw new InputError('password', 'control_chars', sayBoth('input.password_control'));
  }
  return out;
}

/** Links an optional caller signal and the overall deadline into one signal; call dispose() when done. */
function overallSignal(
  cfg: EngineConfig,
  outer?: AbortSignal,
): { signal: AbortSignal; dispose: () => void } {
  const ctl = new AbortController();
  // Every pending probe listens on this one signal: dozens of listeners are expected, not a leak.
  setMaxListeners(0, ctl.signal);
  const timer = setTimeout(() => ctl.abort(), cfg.overallMs);
  const onAbort = (): void => ctl.abort();
  outer?.addEventListener('abort', onAbort, { once: true });
  return {
    signal: ctl.signal,
    dispose: () => {
      clearTimeout(timer);
      outer?.removeEventListener('abort', onAbort);
    },
  };
}

/** The provider as the report names it, with its published sign-in facts. */
function reportProvider(p: Provider): ReportProvider {
  return {
    id: p.id,
    name: p.displayName,
    ...(p.oauthOnly !== undefined ? { oauthOnly: p.oauthOnly } : {}),
    ...(p.appPassword ? { appPassword: p.appPassword.status } : {}),
  };
}

/** Diagnoses why mail from this address may not go out. With req.password, also runs the login test. */
export async function runDiagnosis(
  req: DiagnosisRequest,
  opts: RunOptions = {},
): Promise<DiagnosisReport> {
  const input = validateRequest(req);
  const cfg = resolveConfig(opts.config);
  if (opts.signal?.aborted) throw new CancelledError();
  const t0 = performance.now();
  const rec = new ProbeRecorder(t0, opts.onProgress);
  const { signal, dispose } = overallSignal(cfg, opts.signal);
  try {
    rec.phase('resolve');
    if (cfg.webProxyPac) recordProxyPac(rec, cfg.webProxyPac);
    const planned = await runProbes(input, cfg, rec, signal);
    if (opts.signal?.aborted) throw new CancelledError();
    let report = diagnose({
      email: input.email,
      probes: rec.results(),
      candidates: planned.candidates,
      provider: planned.provider ? reportProvider(planned.provider) : null,
      ...(input.server ? { userServer: input.server } : {}),
      ...(input.port !== undefined ? { userPort: input.port } : {}),
      ...(input.acceptSuggested ? { acceptSuggested: input.acceptSuggested } : {}),
      ...(input.mailProgram ? { mailProgram: input.mailProgram } : {}),
      elapsedMs: performance.now() - t0,
      toUnicode: hostToUnicode,
    });
    if (req.password !== undefined && report.recommended) {
      report = await loginInto(report, req.password, cfg, rec, signal, t0);
    }
    rec.phase('done');
    return report;
  } finally {
    dispose();
  }
}

/** Runs the optional login test on the recommended server and recomputes the verdict. The password is dropped after AUTH. */
export async function runLoginTest(
  report: DiagnosisReport,
  password: string,
  opts: RunOptions = {},
): Promise<DiagnosisReport> {
  validateRequest({ email: report.email.ascii, password });
  const cfg = resolveConfig(opts.config);
  const t0 = performance.now() - report.elapsedMs;
  const rec = new ProbeRecorder(t0, opts.onProgress);
  const { signal, dispose } = overallSignal(cfg, opts.signal);
  try {
    const out = await loginInto(report, password, cfg, rec, signal, t0);
    if (opts.signal?.aborted) throw new CancelledError();
    rec.phase('done');
    return out;
  } finally {
    dispose();
  }
}

async function loginInto(
  report: DiagnosisReport,
  password: string,
  cfg: EngineConfig,
  rec: ProbeRecorder,
  signal: AbortSignal,
  t0: number,
): Promise<DiagnosisReport> {
  const r = report.recommended;
  // OAuth-only providers never get a password: the report already tells the user to sign in.
  if (!r || report.provider?.oauthOnly) return report;
  rec.phase('login');
  const others = report.probes.filter((p) => p.role !== 'login');
  const probes = [...others];
  const base = { kind: 'auth', role: 'login', host: r.host, ip: null, port: r.port } as const;
  if (!r.verified || r.needsConfirmation || r.publishedOnly) {
    // The network may suggest a server; only verified settings from a trusted source get a password.
    const id = rec.start(base);
    const why = r.needsConfirmation ? 'the server needs the user’s confirmation' : 'not verified';
    probes.push(
      rec.finish({ ...base, id, outcome: 'withheld', ms: 0, detail: `not sent: ${why}` }),
    );
    return rediagnose(report, probes, t0);
  }
  const addr = await resolveAddresses(r.host, { ...cfg.dns, signal, families: [4, 6] });
  const mayBeLocal = report.request.server !== null && report.request.server === r.host;
  const ip = addr.records.map((a) => a.address).find((a) => mayBeLocal || !isNonPublicAddress(a));
  if (!ip) {
    // Nothing is sent: the name did not resolve (or only into a local network). Say so instead of
    // showing an empty result.
    const id = rec.start(base);
    probes.push(
      rec.finish({
        ...base,
        id,
        outcome: 'unresolved',
        ms: 0,
        detail: `${r.host}: ${addr.detail}`,
      }),
    );
  } else {
    const login = await probeSmtp(rec, cfg, {
      role: 'login',
      host: r.host,
      ip,
      port: r.port,
      mode: r.security === 'tls' ? 'implicit' : 'starttls',
      deadline: fixedDeadline(cfg.connectCapMs),
      signal,
      auth: { username: r.username, password },
    });
    probes.push(login);
  }
  return rediagnose(report, probes, t0);
}

/** The same diagnosis again with the login probe in place: the verdict may change (auth_failed). */
function rediagnose(report: DiagnosisReport, probes: ProbeResult[], t0: number): DiagnosisReport {
  const at = report.email.ascii.lastIndexOf('@');
  const accepted = report.request.acceptSuggested;
  return diagnose({
    email: { ...report.email, local: report.email.ascii.slice(0, at) },
    probes,
    candidates: report.candidates,
    provider: report.provider,
    ...(report.request.server ? { userServer: report.request.server } : {}),
    ...(report.request.port !== null ? { userPort: report.request.port } : {}),
    ...(accepted?.length ? { acceptSuggested: accepted } : {}),
    ...(report.request.mailProgram ? { mailProgram: report.request.mailProgram } : {}),
    elapsedMs: performance.now() - t0,
    toUnicode: hostToUnicode,
  });
}
