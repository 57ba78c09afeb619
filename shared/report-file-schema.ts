/**
 * The shape of a saved report as valibot schemas (docs/parsers.md says why valibot): what
 * parseReportFile accepts from a file, and what buildReportFile writes (the writer passes the
 * report through the same check, so a field that is not part of DiagnosisReport, such as a stray
 * password, never reaches the file). Each schema is checked against its type at compile time in
 * both directions (SameType below), and every string union is checked as that union, from the
 * lists of report-schema-values.ts. Strings and lists are capped, texts lose control and bidi
 * characters, objects must be plain, and keys outside the shape are left behind, never copied.
 */
import * as v from 'valibot';
import type { AboutFacts } from './about-facts.js';
import {
  MAIL_PROGRAMS,
  type CandidateSummary,
  type DiagnosisReport,
  type RecommendedSettings,
  type Verdict,
} from './diagnosis.js';
import type { Action, ActionId, Evidence, EvidenceId } from './evidence.js';
import type { CertSummary, DnsDetails, ProbeResult, SmtpDetails, WebDetails } from './probe.js';
import {
  REPORT_FILE_FORMAT,
  REPORT_FILE_VERSION,
  MAX_LOG_CHARS,
  type ReportFile,
} from './report-file-format.js';
import {
  ADDRESS_FAMILIES,
  CLOCK_DIRECTIONS,
  APP_PASSWORD_STATES,
  BLOCKED_PLACES,
  BLOCK_HOWS,
  CANDIDATE_SECURITIES,
  CANDIDATE_SOURCES,
  CERT_PROBLEMS,
  CONFIDENCES,
  DNS_RRTYPES,
  DNS_TARGET_REFUSALS,
  DOMAIN_MISSING_REASONS,
  INTERCEPTION_REASONS,
  LOCAL_PROXY_HOWS,
  LOGIN_WITHHELD_REASONS,
  PROBE_KINDS,
  PROBE_OUTCOMES,
  PROBE_ROLES,
  RECOMMENDED_SECURITIES,
  SEVERITIES,
  SMTP_FAILURES,
  START_TLS_STATES,
  SUBMISSION_SECURITIES,
  SUGGESTION_REASONS,
  TRANSCRIPT_DIRS,
} from './report-schema-values.js';
import { VERDICT_CODES } from './verdict.js';

/** True only when A and B are the same type (optional and readonly marks included). */
type SameType<A, B> =
  (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
/** Compiles only when the schema's output is exactly the type T. */
function shapeOf<T>() {
  return <S extends v.GenericSchema>(
    schema: S & (SameType<v.InferOutput<S>, T> extends true ? unknown : never),
  ): v.GenericSchema<unknown, T> => schema as unknown as v.GenericSchema<unknown, T>;
}

// C0 except tab and line feed, DEL, C1, and the bidi overrides that can disguise text on screen.
const STRIP = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** A string of at most `max` UTF-16 units, control characters removed. */
function text(max: number) {
  return v.pipe(
    v.string('must be a string'),
    v.maxLength(max, `longer than ${max} characters`),
    v.transform((s) => s.replace(STRIP, '')),
  );
}

/** An integer in [min, max]. */
function int(min: number, max: number) {
  const says = `must be an integer from ${min} to ${max}`;
  return v.pipe(v.number(says), v.integer(says), v.minValue(min, says), v.maxValue(max, says));
}

/** One of a fixed list of values. */
function oneOf<const T extends readonly (string | number)[]>(values: T) {
  return v.picklist(values, 'is not one of the known values');
}

/** A plain object (what JSON.parse makes), never an array or a class instance. */
function isPlainObject(raw: unknown): raw is Record<string, unknown> {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return false;
  const proto: unknown = Object.getPrototypeOf(raw);
  return proto === Object.prototype || proto === null;
}

/** A plain object with exactly these fields checked; the others are left behind. */
function record<const E extends v.ObjectEntries>(entries: E) {
  return v.pipe(
    v.custom<Record<string, unknown>>(isPlainObject, 'must be an object'),
    v.object(entries, 'is missing'),
  );
}

/** A list of at most `max` items; the length is checked before any item is looked at. */
function list<const S extends v.GenericSchema>(item: S, max: number) {
  return v.pipe(
    v.custom<unknown[]>(Array.isArray, 'must be a list'),
    v.maxLength(max, `has more than ${max} items`),
    v.array(item),
  );
}

// Generous caps: the engine's own values are far smaller (an SMTP line is at most 512 octets).
const NAME = text(512);
const TEXT = text(4096);
const ID = text(300);
const MS = int(0, 24 * 3600 * 1000);
const PORT = int(0, 65535);
const BOOL = v.boolean('must be true or false');
const NUMBER = v.pipe(v.number('must be a number'), v.finite('must be a number'));
const NAMES = list(NAME, 100);
const PORTS = list(PORT, 100);

/** Each evidence id's parameters; the compiler keeps the table complete (see EVIDENCE below). */
const EVIDENCE_PARAMS = {
  no_route: {},
  dns_failed: { outcomes: NAMES },
  dns_ok: {},
  nothing_answers: {},
  web_ok: {},
  web_proxy_only: { proxy: NAME },
  proxy_login: { proxy: NAME },
  proxy_pac: { host: NAME },
  proxy_auto_detect: {},
  portal_same_address: { names: NAMES, address: TEXT },
  portal_certificate: { host: TEXT, issuer: TEXT, names: NAMES, address: NAME },
  portal_redirect: { host: TEXT, location: TEXT, address: NAME },
  portal_wrong_answer: { host: TEXT, address: NAME },
  domain_missing: { domain: TEXT, reason: oneOf(DOMAIN_MISSING_REASONS) },
  mail_ports_blocked: { how: oneOf(BLOCK_HOWS) },
  server_name_not_found: { hosts: NAMES },
  submission_silent: { hosts: NAMES },
  submission_slow: { host: TEXT, port: NUMBER, seconds: NUMBER },
  other_mail_ok: {},
  submission_open: {
    host: TEXT,
    port: NUMBER,
    security: oneOf(SUBMISSION_SECURITIES),
    mechanisms: NAMES,
    ms: NUMBER,
  },
  submission_no_auth: { host: TEXT, port: NUMBER },
  certificate_invalid: {
    host: TEXT,
    port: NUMBER,
    problem: oneOf(CERT_PROBLEMS),
    code: TEXT,
    validTo: TEXT,
    names: NAMES,
    issuer: TEXT,
  },
  certificate_other_name: { host: TEXT, name: TEXT },
  host_suggested: { host: TEXT, reason: oneOf(SUGGESTION_REASONS), namedBy: TEXT },
  dns_target_refused: {
    name: TEXT,
    target: TEXT,
    port: NUMBER,
    reason: oneOf(DNS_TARGET_REFUSALS),
  },
  login_withheld: { host: TEXT, reason: oneOf(LOGIN_WITHHELD_REASONS) },
  no_encryption: { host: TEXT },
  auth_rejected: { host: TEXT, detail: TEXT },
  auth_ok: { host: TEXT },
  auth_oauth_only: { provider: TEXT },
  login_unresolved: { host: TEXT },
  port25_blocked: { hosts: NAMES, how: oneOf(BLOCK_HOWS) },
  port25_open: {},
  port25_intercepted: { greeting: TEXT, hosts: NAMES, reason: oneOf(INTERCEPTION_REASONS) },
  port25_local_proxy: { ms: NUMBER, how: oneOf(LOCAL_PROXY_HOWS) },
  port25_inside_isp: { host: TEXT },
  port587_blocked: { how: oneOf(BLOCK_HOWS) },
  local_refused: { ports: PORTS, code: TEXT },
  tls_inspected: { issuer: TEXT, hosts: NAMES },
  user_port_change: { from: NUMBER, to: NUMBER },
  user_port_ok: { port: NUMBER },
  unstable: { port: NUMBER },
  provider_settings: { provider: TEXT },
  family_only: { family: oneOf(ADDRESS_FAMILIES) },
  clock_wrong: {
    direction: oneOf(CLOCK_DIRECTIONS),
    hosts: NAMES,
    validFrom: TEXT,
    validTo: TEXT,
  },
  clock_web_time: { webTime: TEXT, pcTime: TEXT },
  clock_unverified: { host: TEXT, port: NUMBER },
  ipv6_broken: {},
} satisfies { [K in EvidenceId]: v.ObjectEntries };

/** Each action id's parameters. */
const ACTION_PARAMS = {
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
  app_password: { provider: TEXT },
  oauth_sign_in: { provider: TEXT },
  check_spelling: {},
  restart_router: {},
  dns_automatic: {},
  open_browser_sign_in: {},
  restart_router_outage: {},
  check_cable: {},
  run_again: {},
  works_here_only: {},
  confirm_suggested: { host: TEXT },
  clock_windows: {},
  clock_mac: {},
  clock_check_again: {},
  ask_admin_mail_server: {},
} satisfies { [K in ActionId]: v.ObjectEntries };

/** The parameters a table's entries give, as {} reads for a parameterless id: Record<string, never>. */
type Params<E extends v.ObjectEntries> =
  v.InferOutput<v.ObjectSchema<E, undefined>> extends infer P
    ? keyof P extends never
      ? Record<string, never>
      : P
    : never;
type EvidenceOut = {
  [K in EvidenceId]: {
    id: K;
    severity: Evidence['severity'];
    params: Params<(typeof EVIDENCE_PARAMS)[K]>;
    probes: string[];
  };
}[EvidenceId];
type ActionOut = {
  [K in ActionId]: { id: K; params: Params<(typeof ACTION_PARAMS)[K]> };
}[ActionId];
// The parameter tables say exactly what the types say, id by id.
const EVIDENCE_MATCHES: SameType<EvidenceOut, Evidence> = true;
const ACTION_MATCHES: SameType<ActionOut, Action> = true;
void EVIDENCE_MATCHES;
void ACTION_MATCHES;

/** One item of an id-keyed table: the id picks the parameters that are checked. */
function byId<T>(
  table: Record<string, v.ObjectEntries>,
  fields: (params: v.GenericSchema) => v.ObjectEntries,
): v.GenericSchema<unknown, T> {
  const variants = Object.entries(table).map(([id, params]) =>
    v.object({ id: v.literal(id), ...fields(record(params)) }, 'is missing'),
  );
  const schema = v.pipe(
    v.custom<Record<string, unknown>>(isPlainObject, 'must be an object'),
    v.variant('id', variants, 'is not a known id'),
  );
  return schema as unknown as v.GenericSchema<unknown, T>;
}

const EVIDENCE = byId<Evidence>(EVIDENCE_PARAMS, (params) => ({
  severity: oneOf(SEVERITIES),
  params,
  probes: list(ID, 1000),
}));

const ACTION = byId<Action>(ACTION_PARAMS, (params) => ({ params }));

const VERDICT = shapeOf<Verdict>()(
  record({ code: oneOf(VERDICT_CODES), confidence: oneOf(CONFIDENCES), actions: list(ACTION, 50) }),
);

const RECOMMENDED = shapeOf<RecommendedSettings>()(
  record({
    host: NAME,
    hostUnicode: v.optional(NAME),
    port: PORT,
    security: oneOf(RECOMMENDED_SECURITIES),
    auth: BOOL,
    username: NAME,
    verified: BOOL,
    source: oneOf(CANDIDATE_SOURCES),
    publishedOnly: v.optional(BOOL),
    needsConfirmation: v.optional(record({ reason: oneOf(SUGGESTION_REASONS), namedBy: NAME })),
  }),
);

const CERT = shapeOf<CertSummary>()(
  record({
    subject: TEXT,
    altNames: list(NAME, 500),
    issuer: TEXT,
    validFrom: NAME,
    validTo: NAME,
    fingerprint256: NAME,
    selfSigned: BOOL,
    verified: BOOL,
    verifyError: v.nullable(NAME),
    protocol: v.nullable(NAME),
  }),
);

const SMTP = shapeOf<SmtpDetails>()(
  record({
    greetingCode: v.nullable(int(0, 999)),
    greeting: v.nullable(TEXT),
    extensions: list(NAME, 200),
    startTls: oneOf(START_TLS_STATES),
    authMechanisms: list(NAME, 50),
    tls: v.nullable(CERT),
    failure: v.nullable(oneOf(SMTP_FAILURES)),
    failureDetail: v.nullable(TEXT),
    transcript: list(record({ t: MS, dir: oneOf(TRANSCRIPT_DIRS), text: TEXT }), 2000),
  }),
);

const DNS = shapeOf<DnsDetails>()(
  record({ rrtype: oneOf(DNS_RRTYPES), answers: list(NAME, 200), servers: list(NAME, 20) }),
);

const WEB = shapeOf<WebDetails>()(
  record({
    tls: v.nullable(CERT),
    status: v.nullable(int(0, 999)),
    location: v.nullable(TEXT),
    knownAnswer: v.nullable(BOOL),
    date: v.nullable(TEXT),
  }),
);

const PROBE = shapeOf<ProbeResult>()(
  record({
    id: ID,
    kind: oneOf(PROBE_KINDS),
    role: oneOf(PROBE_ROLES),
    host: NAME,
    ip: v.nullable(NAME),
    port: v.nullable(PORT),
    outcome: oneOf(PROBE_OUTCOMES),
    ms: MS,
    detail: TEXT,
    source: v.optional(oneOf(CANDIDATE_SOURCES)),
    smtp: v.optional(SMTP),
    dns: v.optional(DNS),
    greetingMs: v.optional(MS),
    slowGreeting: v.optional(BOOL),
    httpDate: v.optional(record({ server: NAME, local: NAME })),
    web: v.optional(WEB),
    target: v.optional(NAME),
  }),
);

const CANDIDATE = shapeOf<CandidateSummary>()(
  record({
    host: NAME,
    port: PORT,
    security: oneOf(CANDIDATE_SECURITIES),
    source: oneOf(CANDIDATE_SOURCES),
    username: NAME,
    insideIspOnly: BOOL,
  }),
);

/** A whole DiagnosisReport. */
const REPORT = shapeOf<DiagnosisReport>()(
  record({
    verdict: VERDICT,
    recommended: v.nullable(RECOMMENDED),
    evidence: list(EVIDENCE, 500),
    probes: list(PROBE, 1000),
    elapsedMs: MS,
    email: record({ display: NAME, ascii: NAME, domain: NAME, domainAscii: NAME }),
    provider: v.nullable(
      record({
        id: NAME,
        name: NAME,
        oauthOnly: v.optional(BOOL),
        appPassword: v.optional(oneOf(APP_PASSWORD_STATES)),
      }),
    ),
    request: record({
      server: v.nullable(NAME),
      port: v.nullable(PORT),
      acceptSuggested: v.optional(list(NAME, 10)),
      mailProgram: v.optional(oneOf(MAIL_PROGRAMS)),
    }),
    candidates: list(CANDIDATE, 100),
    blockedAt: v.nullable(oneOf(BLOCKED_PLACES)),
  }),
);

/** The About facts a file carries (shared/about-facts.ts). */
const ABOUT_FACTS = shapeOf<AboutFacts>()(
  record({
    name: NAME,
    version: NAME,
    runtime: record({ node: NAME, electron: v.optional(NAME), chromium: v.optional(NAME) }),
    providerData: record({
      ispdbRepository: NAME,
      ispdbCommit: NAME,
      ispdbDate: NAME,
      ispdbLicense: NAME,
      handKeptEntries: int(0, 1_000_000),
      handKeptChecked: v.nullable(NAME),
      generatedAt: NAME,
      entries: int(0, 1_000_000),
    }),
    providerDataSourceUrl: NAME,
    providerDataLicenceUrl: NAME,
  }),
);

const ISO_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/;

/** The whole data block of a report file. */
const REPORT_FILE = shapeOf<ReportFile>()(
  record({
    format: v.literal(REPORT_FILE_FORMAT, 'is not a SendCheck report'),
    version: v.literal(REPORT_FILE_VERSION, `must be an integer from 1 to ${REPORT_FILE_VERSION}`),
    createdAt: v.pipe(text(40), v.regex(ISO_UTC, 'must be an ISO 8601 UTC time')),
    referenceCode: v.pipe(text(40), v.regex(/^[0-9A-Z-]+$/, 'is not a reference code')),
    about: record({ appVersion: text(64), facts: v.optional(ABOUT_FACTS) }),
    report: REPORT,
    appLog: v.optional(text(MAX_LOG_CHARS)),
  }),
);

/** A checked value, or the first field that did not pass (`path` in our own field names) and why. */
export type Checked<T> = { ok: true; value: T } | { ok: false; path: string; reason: string };

/** The path of an issue as `root.a.b[0].c`. */
function pathOf(root: string, issue: v.BaseIssue<unknown>): string {
  let out = root;
  for (const item of issue.path ?? []) {
    const key: unknown = item.key;
    out += typeof key === 'number' ? `[${key}]` : `.${String(key)}`;
  }
  return out;
}

function check<T>(schema: v.GenericSchema<unknown, T>, raw: unknown, root: string): Checked<T> {
  const r = v.safeParse(schema, raw, { abortEarly: true });
  if (r.success) return { ok: true, value: r.output };
  const [issue] = r.issues;
  return { ok: false, path: pathOf(root, issue), reason: issue.message };
}

/** A DiagnosisReport from anyone (a file, the renderer), rebuilt from its checked fields only. */
export function checkReport(raw: unknown, root = 'report'): Checked<DiagnosisReport> {
  return check(REPORT, raw, root);
}

/** The About facts a file carries, rebuilt from its checked fields only. */
export function checkAboutFacts(raw: unknown, root = 'facts'): Checked<AboutFacts> {
  return check(ABOUT_FACTS, raw, root);
}

/** A report file's data block, rebuilt from its checked fields only. */
export function checkReportFile(raw: unknown, root = 'file'): Checked<ReportFile> {
  return check(REPORT_FILE, raw, root);
}
