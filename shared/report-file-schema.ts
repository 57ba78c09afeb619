/**
 * The shape of a saved report, checked field by field (report-check.ts): what parseReportFile
 * accepts from a file, and what buildReportFile writes (the writer passes the report through the
 * same check, so a field that is not part of DiagnosisReport, such as a stray password, never
 * reaches the file). Assigning each check to its type makes the compiler hold the two together.
 */
import type { AboutFacts } from './about-facts.js';
import type {
  CandidateSummary,
  DiagnosisReport,
  RecommendedSettings,
  Verdict,
} from './diagnosis.js';
import type {
  Action,
  ActionId,
  ActionParams,
  Evidence,
  EvidenceId,
  EvidenceParams,
} from './evidence.js';
import type { CertSummary, DnsDetails, ProbeResult, SmtpDetails } from './probe.js';
import {
  arr,
  bool,
  int,
  InvalidField,
  nullable,
  obj,
  oneOf,
  optional,
  own,
  plain,
  str,
  type Check,
} from './report-check.js';
import {
  BLOCKED_PLACES,
  CANDIDATE_SECURITIES,
  CANDIDATE_SOURCES,
  CONFIDENCES,
  DNS_RRTYPES,
  PROBE_KINDS,
  PROBE_OUTCOMES,
  PROBE_ROLES,
  SEVERITIES,
  SMTP_FAILURES,
  START_TLS_STATES,
  SUGGESTION_REASONS,
  TRANSCRIPT_DIRS,
} from './report-schema-values.js';
import { VERDICT_CODES } from './verdict.js';

// Generous caps: the engine's own values are far smaller (an SMTP line is at most 512 octets).
const NAME = str(512);
const TEXT = str(4096);
const ID = str(300);
const MS = int(0, 24 * 3600 * 1000);
const PORT = int(0, 65535);

/** Every field of T, optional ones too: a shape that forgets one does not compile. */
type ShapeOf<T> = { [K in keyof T]-?: Check<unknown> };

type Kind = 'string' | 'number' | 'strings' | 'numbers';
type KindOf<T> = T extends string
  ? 'string'
  : T extends number
    ? 'number'
    : T extends readonly string[]
      ? 'strings'
      : T extends readonly number[]
        ? 'numbers'
        : never;
type ParamKinds<P> = { [K in keyof P]-?: KindOf<P[K]> };

/** Each evidence id's parameters and their kinds; the compiler keeps it complete and exact. */
const EVIDENCE_PARAMS: { [K in EvidenceId]: ParamKinds<EvidenceParams[K]> } = {
  no_route: {},
  dns_failed: { outcomes: 'strings' },
  dns_ok: {},
  nothing_answers: {},
  web_ok: {},
  web_proxy_only: {},
  portal_same_address: { names: 'strings', address: 'string' },
  portal_certificate: { host: 'string', issuer: 'string', names: 'strings' },
  domain_missing: { domain: 'string', reason: 'string' },
  mail_ports_blocked: { how: 'string' },
  server_name_not_found: { hosts: 'strings' },
  submission_silent: { hosts: 'strings' },
  submission_slow: { host: 'string', port: 'number', seconds: 'number' },
  other_mail_ok: {},
  submission_open: {
    host: 'string',
    port: 'number',
    security: 'string',
    mechanisms: 'strings',
    ms: 'number',
  },
  submission_no_auth: { host: 'string', port: 'number' },
  certificate_invalid: {
    host: 'string',
    port: 'number',
    problem: 'string',
    code: 'string',
    validTo: 'string',
    names: 'strings',
    issuer: 'string',
  },
  certificate_other_name: { host: 'string', name: 'string' },
  host_suggested: { host: 'string', reason: 'string', namedBy: 'string' },
  dns_target_refused: { name: 'string', target: 'string', port: 'number', reason: 'string' },
  login_withheld: { host: 'string', reason: 'string' },
  no_encryption: { host: 'string' },
  auth_rejected: { host: 'string', detail: 'string' },
  auth_ok: { host: 'string' },
  auth_oauth_only: { provider: 'string' },
  login_unresolved: { host: 'string' },
  port25_blocked: { hosts: 'strings', how: 'string' },
  port25_open: {},
  port25_intercepted: { greeting: 'string', hosts: 'strings', reason: 'string' },
  port25_local_proxy: { ms: 'number', how: 'string' },
  port25_inside_isp: { host: 'string' },
  port587_blocked: { how: 'string' },
  local_refused: { ports: 'numbers', code: 'string' },
  tls_inspected: { issuer: 'string', hosts: 'strings' },
  user_port_change: { from: 'number', to: 'number' },
  user_port_ok: { port: 'number' },
  unstable: { port: 'number' },
  provider_settings: { provider: 'string' },
  family_only: { family: 'number' },
};

/** Each action id's parameters. */
const ACTION_PARAMS: { [K in ActionId]: ParamKinds<ActionParams[K]> } = {
  use_settings: {},
  check_password: {},
  change_outgoing: {},
  turn_on_auth: {},
  change_outgoing_tls: {},
  antivirus_mail_scan: {},
  use_webmail: {},
  other_network: {},
  ask_admin: {},
  compare_server_name: {},
  check_status_later: {},
  type_server_from_guide: {},
  check_server_name: {},
  antivirus_ssl_scan: {},
  report_certificate: {},
  security_mail_shield: {},
  security_ssl_scan: {},
  security_program_exception: {},
  portal_sign_in: {},
  portal_check_again: {},
  retype_password: {},
  app_password: { provider: 'string' },
  oauth_sign_in: { provider: 'string' },
  check_spelling: {},
  restart_router: {},
  dns_automatic: {},
  open_browser_sign_in: {},
  restart_router_outage: {},
  check_cable: {},
  run_again: {},
  works_here_only: {},
  confirm_suggested: { host: 'string' },
};

const KIND_CHECKS: Record<Kind, Check<unknown>> = {
  string: TEXT,
  number: (raw, path) => {
    if (typeof raw !== 'number' || !Number.isFinite(raw))
      throw new InvalidField(path, 'must be a number');
    return raw;
  },
  strings: arr(NAME, 100),
  numbers: arr(PORT, 100),
};

/** An id from the table, and its parameters checked by their kinds. */
function idWithParams(table: Record<string, Record<string, string>>, path: string, raw: unknown) {
  const o = plain(raw, path);
  const id = own(o, 'id');
  if (typeof id !== 'string' || !Object.prototype.hasOwnProperty.call(table, id))
    throw new InvalidField(`${path}.id`, 'is not a known id');
  const kinds = table[id] ?? {};
  const rawParams = plain(own(o, 'params'), `${path}.params`);
  const params: Record<string, unknown> = {};
  for (const [key, kind] of Object.entries(kinds)) {
    const check = KIND_CHECKS[kind as Kind] ?? KIND_CHECKS.string;
    params[key] = check(own(rawParams, key), `${path}.params.${key}`);
  }
  return { o, id, params };
}

const checkEvidence: Check<Evidence> = (raw, path) => {
  const { o, id, params } = idWithParams(EVIDENCE_PARAMS, path, raw);
  const severity = oneOf(SEVERITIES)(own(o, 'severity'), `${path}.severity`);
  const probes = arr(ID, 1000)(own(o, 'probes'), `${path}.probes`);
  return { id, severity, params, probes } as Evidence;
};

const checkAction: Check<Action> = (raw, path) => {
  const { id, params } = idWithParams(ACTION_PARAMS, path, raw);
  return { id, params } as Action;
};

const checkVerdict: Check<Verdict> = obj({
  code: oneOf(VERDICT_CODES),
  confidence: oneOf(CONFIDENCES),
  actions: arr(checkAction, 50),
} satisfies ShapeOf<Verdict>);

const checkRecommended: Check<RecommendedSettings> = obj({
  host: NAME,
  hostUnicode: optional(NAME),
  port: PORT,
  security: oneOf(['starttls', 'tls', 'none'] as const),
  auth: bool,
  username: NAME,
  verified: bool,
  source: oneOf(CANDIDATE_SOURCES),
  publishedOnly: optional(bool),
  needsConfirmation: optional(
    obj({
      reason: oneOf(SUGGESTION_REASONS),
      namedBy: NAME,
    } satisfies ShapeOf<NonNullable<RecommendedSettings['needsConfirmation']>>),
  ),
} satisfies ShapeOf<RecommendedSettings>);

const checkCert: Check<CertSummary> = obj({
  subject: TEXT,
  altNames: arr(NAME, 500),
  issuer: TEXT,
  validFrom: NAME,
  validTo: NAME,
  fingerprint256: NAME,
  selfSigned: bool,
  verified: bool,
  verifyError: nullable(NAME),
  protocol: nullable(NAME),
} satisfies ShapeOf<CertSummary>);

const checkSmtp: Check<SmtpDetails> = obj({
  greetingCode: nullable(int(0, 999)),
  greeting: nullable(TEXT),
  extensions: arr(NAME, 200),
  startTls: oneOf(START_TLS_STATES),
  authMechanisms: arr(NAME, 50),
  tls: nullable(checkCert),
  failure: nullable(oneOf(SMTP_FAILURES)),
  failureDetail: nullable(TEXT),
  transcript: arr(obj({ t: MS, dir: oneOf(TRANSCRIPT_DIRS), text: TEXT }), 2000),
} satisfies ShapeOf<SmtpDetails>);

const checkDns: Check<DnsDetails> = obj({
  rrtype: oneOf(DNS_RRTYPES),
  answers: arr(NAME, 200),
  servers: arr(NAME, 20),
} satisfies ShapeOf<DnsDetails>);

const checkProbe: Check<ProbeResult> = obj({
  id: ID,
  kind: oneOf(PROBE_KINDS),
  role: oneOf(PROBE_ROLES),
  host: NAME,
  ip: nullable(NAME),
  port: nullable(PORT),
  outcome: oneOf(PROBE_OUTCOMES),
  ms: MS,
  detail: TEXT,
  source: optional(oneOf(CANDIDATE_SOURCES)),
  smtp: optional(checkSmtp),
  dns: optional(checkDns),
  greetingMs: optional(MS),
  slowGreeting: optional(bool),
} satisfies ShapeOf<ProbeResult>);

const checkCandidate: Check<CandidateSummary> = obj({
  host: NAME,
  port: PORT,
  security: oneOf(CANDIDATE_SECURITIES),
  source: oneOf(CANDIDATE_SOURCES),
  username: NAME,
  insideIspOnly: bool,
} satisfies ShapeOf<CandidateSummary>);

/** A whole DiagnosisReport. */
export const checkReport: Check<DiagnosisReport> = obj({
  verdict: checkVerdict,
  recommended: nullable(checkRecommended),
  evidence: arr(checkEvidence, 500),
  probes: arr(checkProbe, 1000),
  elapsedMs: MS,
  email: obj({ display: NAME, ascii: NAME, domain: NAME, domainAscii: NAME }),
  provider: nullable(
    obj({
      id: NAME,
      name: NAME,
      oauthOnly: optional(bool),
      appPassword: optional(oneOf(['available', 'required', 'none', 'unknown'] as const)),
    } satisfies ShapeOf<NonNullable<DiagnosisReport['provider']>>),
  ),
  request: obj({
    server: nullable(NAME),
    port: nullable(PORT),
    acceptSuggested: optional(arr(NAME, 10)),
  } satisfies ShapeOf<DiagnosisReport['request']>),
  candidates: arr(checkCandidate, 100),
  blockedAt: nullable(oneOf(BLOCKED_PLACES)),
} satisfies ShapeOf<DiagnosisReport>);

/** The About facts a file carries (shared/about-facts.ts). */
export const checkAboutFacts: Check<AboutFacts> = obj({
  name: NAME,
  version: NAME,
  runtime: obj({ node: NAME, electron: optional(NAME), chromium: optional(NAME) }),
  providerData: obj({
    ispdbRepository: NAME,
    ispdbCommit: NAME,
    ispdbDate: NAME,
    ispdbLicense: NAME,
    handKeptEntries: int(0, 1_000_000),
    handKeptChecked: nullable(NAME),
    generatedAt: NAME,
    entries: int(0, 1_000_000),
  }),
  providerDataSourceUrl: NAME,
  providerDataLicenceUrl: NAME,
});
