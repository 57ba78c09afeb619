/**
 * "I've changed it: check again": probes exactly the settings the mail program
 * uses now and decides whether they work. Plain Node over the engine's own runDiagnosis and
 * runLoginTest (injectable, so the decision is tested on fixed reports).
 *
 * The settings work when the diagnosis of that server and port says so: the verdict is ok and
 * that very server answered on that port, or the settings are the recommended ones and a probe saw
 * them answer. Authentication turned off where the server needs it never works. A password, when
 * given, is tried on those settings only once they answer, and must be accepted.
 */
import type { AccountSecurity } from '../../shared/accounts.js';
import type {
  DiagnosisReport,
  DiagnosisRequest,
  RecommendedSettings,
} from '../../shared/diagnosis.js';
import type { CheckLogin } from '../../shared/ipc-contract.js';
import { runDiagnosis, runLoginTest, type RunOptions } from './index.js';
import { fullyVerified } from './recommend.js';

/** The settings in use now; null where they are not known (typed by hand: only server and port). */
export interface SettingsInUse {
  host: string;
  port: number;
  security: AccountSecurity | null;
  auth: boolean | null;
  username: string | null;
}

/** What to check. */
export interface CheckInput {
  email: string;
  settings: SettingsInUse;
  /** For one login test on these settings; never kept. */
  password?: string;
}

/** The outcome: whether the settings work, how the login went, and the diagnosis behind it. */
export interface CheckOutcome {
  works: boolean;
  login: CheckLogin;
  /** The diagnosis of these settings (with the login probe when one ran). */
  report: DiagnosisReport;
}

/** The two engine calls a check makes (the real engine unless a test gives others). */
export interface CheckEngine {
  runDiagnosis(req: DiagnosisRequest, opts?: RunOptions): Promise<DiagnosisReport>;
  runLoginTest(
    report: DiagnosisReport,
    password: string,
    opts?: RunOptions,
  ): Promise<DiagnosisReport>;
}

const REAL_ENGINE: CheckEngine = { runDiagnosis, runLoginTest };

const sameHost = (a: string, b: RecommendedSettings): boolean =>
  a.toLowerCase() === b.host.toLowerCase() ||
  (b.hostUnicode !== undefined && a.toLowerCase() === b.hostUnicode.toLowerCase());

/** True when the settings in use are the recommended ones (unknown fields do not count against). */
export function isRecommended(s: SettingsInUse, rec: RecommendedSettings | null): boolean {
  if (rec === null) return false;
  return (
    sameHost(s.host, rec) &&
    s.port === rec.port &&
    (s.security === null || s.security === rec.security) &&
    (s.auth === null || s.auth === rec.auth)
  );
}

/**
 * A probe showed this very server on this port as a working submission server: it greeted, TLS came
 * up with a certificate valid for this name, and AUTH was offered after TLS. The settings in use
 * are the user's own, so the name is trusted; the chain must still hold.
 */
function verifiedAsUsed(report: DiagnosisReport, s: SettingsInUse): boolean {
  const host = s.host.toLowerCase();
  return report.probes.some(
    (p) =>
      p.role === 'submission' &&
      p.host.toLowerCase() === host &&
      p.port === s.port &&
      fullyVerified(p),
  );
}

/** Whether the settings in use work, from the diagnosis of them (before any login test). */
export function settingsWork(report: DiagnosisReport, s: SettingsInUse): boolean {
  const rec = report.recommended;
  // A server that needs authentication refuses to relay for a program that does not log in.
  if (s.auth === false && (rec === null || rec.auth)) return false;
  if (isRecommended(s, rec) && rec !== null) return rec.verified && !rec.publishedOnly;
  return report.verdict.code === 'ok' && verifiedAsUsed(report, s);
}

/** The login probe's outcome as a check reports it. */
export function loginOutcome(report: DiagnosisReport): CheckLogin {
  const probe = report.probes.find((p) => p.role === 'login');
  if (!probe) return 'error';
  if (probe.outcome === 'accepted' || probe.outcome === 'rejected') return probe.outcome;
  return probe.outcome === 'unavailable' || probe.outcome === 'withheld' ? 'unavailable' : 'error';
}

/** The report with the settings in use as the login test's target (their own user name where known). */
function aimedAt(report: DiagnosisReport, s: SettingsInUse): DiagnosisReport {
  const rec = report.recommended;
  if (rec !== null && isRecommended(s, rec)) {
    return s.username === null
      ? report
      : { ...report, recommended: { ...rec, username: s.username } };
  }
  const target: RecommendedSettings = {
    host: s.host,
    port: s.port,
    security: s.security ?? (s.port === 465 ? 'tls' : 'starttls'),
    auth: true,
    username: s.username ?? rec?.username ?? report.email.ascii,
    verified: true,
    source: 'user',
  };
  return { ...report, recommended: target };
}

/** Runs the check. Throws what runDiagnosis throws (InputError, CancelledError). */
export async function runCheck(
  input: CheckInput,
  opts: RunOptions = {},
  engine: CheckEngine = REAL_ENGINE,
): Promise<CheckOutcome> {
  const s = input.settings;
  const report = await engine.runDiagnosis(
    { email: input.email, server: s.host, port: s.port },
    opts,
  );
  const works = settingsWork(report, s);
  if (input.password === undefined || !works) {
    // No password is sent to settings that do not answer: there is nothing it could prove.
    return { works, login: 'not_tried', report };
  }
  const tested = await engine.runLoginTest(aimedAt(report, s), input.password, opts);
  const login = loginOutcome(tested);
  // The report shown keeps the engine's own recommendation, with the login probe added.
  const shown: DiagnosisReport = isRecommended(s, report.recommended)
    ? tested
    : { ...report, probes: tested.probes };
  return { works: login === 'accepted', login, report: shown };
}
