/**
 * The one answer to "may these recommended settings be logged in to, or written into a mail
 * program?". The network may suggest a server; it never decides where a password or a setting
 * goes (docs/security.md, "Trust"). The main process (accounts:fix, diagnosis:login-test), the
 * command line (fix --account) and the screen ("Fix it for me" offered or not) all ask here.
 * Plain types and pure functions: no node: imports.
 */
import type { DiagnosisReport, RecommendedSettings } from './diagnosis.js';
import type { VerdictCode } from './verdict.js';

/**
 * Verdicts after which nothing is written, however the recommendation looks: the encrypted
 * connection to the server could not be trusted (a certificate problem, or something on this
 * computer reading the traffic). A list, so a new verdict of the kind joins in one line.
 */
export const UNTRUSTED_CONNECTION_VERDICTS: readonly VerdictCode[] = [
  'tls_problem',
  'security_software',
  'pc_clock',
];

/** Why recommended settings may not be written (each has words in the accounts and fix catalogues). */
export type WriteBlock =
  | 'connection_untrusted' // the verdict says the encrypted connection is not to be trusted
  | 'needs_confirmation' // the network suggested the server and the user has not confirmed it
  | 'published_only' // the provider's published settings, not probed from here
  | 'not_verified'; // probed, but the whole chain (TLS, certificate, AUTH, trusted name) did not hold

/** The answer for one report: the settings to write, or why not (no_recommended: there are none). */
export type WriteDecision =
  { ok: true; settings: RecommendedSettings } | { ok: false; block: WriteBlock | 'no_recommended' };

/** May the recommended settings of this report be written into a mail program? */
export function writeDecision(report: DiagnosisReport): WriteDecision {
  const r = report.recommended;
  if (r === null) return { ok: false, block: 'no_recommended' };
  if (UNTRUSTED_CONNECTION_VERDICTS.includes(report.verdict.code))
    return { ok: false, block: 'connection_untrusted' };
  if (r.needsConfirmation !== undefined) return { ok: false, block: 'needs_confirmation' };
  if (r.publishedOnly === true) return { ok: false, block: 'published_only' };
  if (r.verified !== true) return { ok: false, block: 'not_verified' };
  return { ok: true, settings: r };
}

/**
 * May a password be sent to these settings (the login test)? Only to a fully verified server
 * that nobody but the user, the provider data or the address's own domain named.
 */
export function loginAllowed(recommended: RecommendedSettings | null): boolean {
  return (
    recommended !== null &&
    recommended.verified === true &&
    recommended.needsConfirmation === undefined &&
    recommended.publishedOnly !== true
  );
}
