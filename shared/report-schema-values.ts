/**
 * The string unions of a DiagnosisReport as runtime lists, for the report-file reader (which must
 * check every value of a file it did not write): each is checked as the union it is, never as "a
 * string". Each list is checked against its type at compile time in both directions, so a value
 * added to a union without its list fails the typecheck.
 */
import type {
  BlockedAt,
  CandidateSummary,
  Evidence,
  RecommendedSettings,
  ReportProvider,
  SuggestionReason,
} from './diagnosis.js';
import type { BlockHow, CertProblem, EvidenceParams, SubmissionSecurity } from './evidence.js';
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
  'web_proxy',
  'proxy_pac',
  'proxy_auto_detect',
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

/** Every RecommendedSettings.security. */
export const RECOMMENDED_SECURITIES = exactly<RecommendedSettings['security']>()([
  'starttls',
  'tls',
  'none',
]);

/** Every app-password status a report's provider can carry. */
export const APP_PASSWORD_STATES = exactly<NonNullable<ReportProvider['appPassword']>>()([
  'available',
  'required',
  'none',
  'unknown',
]);

/** How a connect was stopped (the `how` of the blocking findings). */
export const BLOCK_HOWS = exactly<BlockHow>()(['filtered', 'refused', 'prohibited', 'mixed']);

/** Why a certificate does not verify. */
export const CERT_PROBLEMS = exactly<CertProblem>()([
  'expired',
  'not_yet_valid',
  'wrong_host',
  'self_signed',
  'untrusted',
  'other',
]);

/** How a submission port encrypts. */
export const SUBMISSION_SECURITIES = exactly<SubmissionSecurity>()(['starttls', 'tls', 'none']);

/** Why a domain has no mail servers. */
export const DOMAIN_MISSING_REASONS = exactly<EvidenceParams['domain_missing']['reason']>()([
  'nxdomain',
  'nodata',
  'null_mx',
]);

/** Why a DNS answer's target was not connected to. */
export const DNS_TARGET_REFUSALS = exactly<EvidenceParams['dns_target_refused']['reason']>()([
  'port',
  'ip_literal',
  'private_address',
]);

/** Why a password was not sent. */
export const LOGIN_WITHHELD_REASONS = exactly<EvidenceParams['login_withheld']['reason']>()([
  'needs_confirmation',
  'not_verified',
]);

/** Why a port-25 conversation was someone else's. */
export const INTERCEPTION_REASONS = exactly<EvidenceParams['port25_intercepted']['reason']>()([
  'same_greeting',
  'foreign_greeting',
]);

/** How a local port-25 proxy showed itself. */
export const LOCAL_PROXY_HOWS = exactly<EvidenceParams['port25_local_proxy']['how']>()([
  'fast',
  'silent',
]);

/** The address families a finding can name. */
export const ADDRESS_FAMILIES = exactly<EvidenceParams['family_only']['family']>()([4, 6]);

/** Which way this PC's clock is wrong. */
export const CLOCK_DIRECTIONS = exactly<EvidenceParams['clock_wrong']['direction']>()([
  'behind',
  'ahead',
]);
