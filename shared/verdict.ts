/** Verdict codes, the stable identifiers shared by the engine, the CLI's JSON and the UI. */
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
] as const;

/** One of the fourteen outcomes of a diagnosis. */
export type VerdictCode = (typeof VERDICT_CODES)[number];

/** When several things are wrong, the first of these that holds is the verdict (docs/diagnosis.md, "Verdicts"). */
export const VERDICT_PRECEDENCE: readonly VerdictCode[] = [
  'offline',
  'dns_unavailable',
  'captive_portal',
  'internet_unreachable',
  'domain_not_found',
  'security_software',
  'smtp_blocked',
  'server_unreachable',
  'tls_problem',
  'auth_failed',
  'submission_blocked',
  'port25_intercepted',
  'port25_blocked',
  'ok',
];

/** How sure the engine is of its verdict. */
export type Confidence = 'high' | 'medium' | 'low';

/** The two languages of the app; Japanese first. */
export type Lang = 'ja' | 'en';

/** A text in both languages. */
export interface LocalizedText {
  ja: string;
  en: string;
}
