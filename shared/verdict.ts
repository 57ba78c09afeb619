/**
 * Verdict codes, the stable identifiers shared by the engine, the CLI's JSON and the UI. The order
 * is the reference code's numbering (shared/reference-code.ts): APPEND ONLY, since a code read out
 * on the phone must keep its meaning. The precedence is the order of electron/engine/verdicts/index.ts.
 */
export const VERDICT_CODES = [
  'ok',
  'port25_blocked',
  'port25_intercepted',
  'submission_blocked',
  'smtp_blocked',
  'server_unreachable',
  'tls_problem',
  'security_software',
  'captive_portal',
  'auth_failed',
  'domain_not_found',
  'dns_unavailable',
  'internet_unreachable',
  'offline',
  'pc_clock',
] as const;

/** One of the outcomes of a diagnosis. */
export type VerdictCode = (typeof VERDICT_CODES)[number];

/** How sure the engine is of its verdict. */
export type Confidence = 'high' | 'medium' | 'low';

/** The two languages of the app; Japanese first. */
export type Lang = 'ja' | 'en';

/** A text in both languages. */
export interface LocalizedText {
  ja: string;
  en: string;
}
