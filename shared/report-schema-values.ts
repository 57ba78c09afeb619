/**
 * The string unions of a DiagnosisReport as runtime lists, for the report-file reader (which must
 * check every value of a file it did not write). Each list is checked against its type at compile
 * time in both directions, so a value added to a union without its list fails the typecheck.
 */
import type { BlockedAt, CandidateSummary, Evidence, SuggestionReason } from './diagnosis.js';
import type {
  CandidateSource,
  DnsDetails,
  ProbeKind,
  ProbeOutcome,
  ProbeRole,
  SmtpDetails,
  SmtpFailure,
  TranscriptLine,
} from './probe.js';
import type { Confidence } from './verdict.js';

/** Compiles only when the list holds exactly the members of the union U. */
type Exactly<U, L extends readonly unknown[]> = [Exclude<U, L[number]>] extends [never]
  ? [Exclude<L[number], U>] extends [never]
    ? L
    : never
  : never;

/** Checks at compile time that a list holds every member of the union U and nothing else: `exactly<U>()([...])`. */
export function exactly<U>() {
  return <const L extends readonly U[]>(list: L & Exactly<U, L>): L => list;
}

/** Every ProbeKind. */
export const PROBE_KINDS = exactly<ProbeKind>()(['route', 'dns', 'tcp', 'smtp', 'auth', 'http']);

/** Every ProbeRole. */
export const PROBE_ROLES = exactly<ProbeRole>()([
  'local_network',
  'dns_mx',
  'dns_host',
  'dns_srv',
  'submission',
  'own_mx',
  'reference_mx',
  'reference_submission',
  'web_control',
  'autoconfig',
  'login',
]);

/** Every ProbeOutcome (TCP, DNS and login outcomes together). */
export const PROBE_OUTCOMES = exactly<ProbeOutcome>()([
  'open',
  'refused',
  'prohibited',
  'filtered',
  'no_route',
  'local_refused',
  'intercepted',
  'error',
  'skipped',
  'found',
  'nxdomain',
  'nodata',
  'timeout',
  'servfail',
  'accepted',
  'rejected',
  'unavailable',
  'unresolved',
  'withheld',
]);

/** Every CandidateSource. */
export const CANDIDATE_SOURCES = exactly<CandidateSource>()([
  'user',
  'provider_db',
  'srv',
  'autoconfig',
  'guess',
  'certificate',
]);

/** Every SuggestionReason. */
export const SUGGESTION_REASONS = exactly<SuggestionReason>()([
  'certificate_other_name',
  'srv_other_domain',
  'mx_other_domain',
  'autoconfig_other_domain',
]);

/** Every SmtpFailure. */
export const SMTP_FAILURES = exactly<SmtpFailure>()([
  'greeting_timeout',
  'greeting_rejected',
  'reply_timeout',
  'line_too_long',
  'reply_too_large',
  'protocol_error',
  'ehlo_rejected',
  'starttls_rejected',
  'starttls_not_offered',
  'tls_handshake_timeout',
  'tls_handshake_failed',
  'connection_reset',
  'connection_closed',
  'aborted',
  'overall_timeout',
]);

/** Every value of SmtpDetails.startTls. */
export const START_TLS_STATES = exactly<SmtpDetails['startTls']>()([
  'ok',
  'not_offered',
  'failed',
  'implicit',
  'not_tried',
]);

/** Every transcript direction. */
export const TRANSCRIPT_DIRS = exactly<TranscriptLine['dir']>()(['C', 'S', 'I']);

/** Every DNS record type a probe asks for. */
export const DNS_RRTYPES = exactly<DnsDetails['rrtype']>()(['MX', 'A', 'AAAA', 'SRV']);

/** Every evidence severity. */
export const SEVERITIES = exactly<Evidence['severity']>()(['problem', 'ok', 'info']);

/** Every confidence. */
export const CONFIDENCES = exactly<Confidence>()(['high', 'medium', 'low']);

/** Every candidate security. */
export const CANDIDATE_SECURITIES = exactly<CandidateSummary['security']>()([
  'starttls',
  'tls',
  'plain',
]);

/** Every place the mail can stop, without null. */
export const BLOCKED_PLACES = exactly<NonNullable<BlockedAt>>()(['pc', 'router', 'isp', 'server']);
