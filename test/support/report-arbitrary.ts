/**
 * TEST HELPER: fast-check arbitraries of whole DiagnosisReports, for the reference-code and
 * report-file property tests. Texts mix Japanese, markup characters and script tags, so the
 * tests also show that nothing in a report can break out of the HTML it is written into.
 */
import fc from 'fast-check';
import {
  MAIL_PROGRAMS,
  type CandidateSummary,
  type DiagnosisReport,
  type RecommendedSettings,
} from '../../shared/diagnosis.js';
import { action, evidence, type Action, type Evidence } from '../../shared/evidence.js';
import type { CertSummary, ProbeResult, SmtpDetails } from '../../shared/probe.js';
import { providerDb } from '../../shared/providers/index.js';
import {
  CANDIDATE_SOURCES,
  CONFIDENCES,
  DNS_RRTYPES,
  PROBE_KINDS,
  PROBE_OUTCOMES,
  PROBE_ROLES,
  SMTP_FAILURES,
  START_TLS_STATES,
  TRANSCRIPT_DIRS,
} from '../../shared/report-schema-values.js';
import { VERDICT_CODES } from '../../shared/verdict.js';

const HOSTILE = [
  '</script><script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<!-- -->',
  '"quoted" & \'single\'',
  ']]>',
  '\u2028\u2029',
];

/** Short texts: letters, Japanese, markup characters, and now and then a whole script tag. */
export const text = (maxLength = 40): fc.Arbitrary<string> =>
  fc.oneof(
    {
      weight: 4,
      arbitrary: fc.string({ maxLength, unit: fc.constantFrom(...'abcXYZ019 .-@:/_') }),
    },
    {
      weight: 2,
      arbitrary: fc.string({ maxLength, unit: fc.constantFrom(...'送信サーバー確認<>&"\'') }),
    },
    { weight: 1, arbitrary: fc.constantFrom(...HOSTILE) },
  );

const host = fc.constantFrom('smtp.example.jp', 'mx1.example.jp', 'mail.例え.jp', 'smtp.gmail.com');
const ip = fc.option(fc.constantFrom('192.0.2.1', '2001:db8::25', '198.51.100.7'), { nil: null });
const mailPort = fc.constantFrom(25, 465, 587);

const cert: fc.Arbitrary<CertSummary> = fc.record({
  subject: text(),
  altNames: fc.array(text(20), { maxLength: 3 }),
  issuer: text(),
  validFrom: fc.constant('2026-01-01T00:00:00.000Z'),
  validTo: fc.constant('2027-01-01T00:00:00.000Z'),
  fingerprint256: fc.constant('AB:CD:EF'),
  selfSigned: fc.boolean(),
  verified: fc.boolean(),
  verifyError: fc.option(fc.constantFrom('expired', 'wrong_host'), { nil: null }),
  protocol: fc.option(fc.constant('TLSv1.3'), { nil: null }),
});

const smtp: fc.Arbitrary<SmtpDetails> = fc.record({
  greetingCode: fc.option(fc.constantFrom(220, 421, 554), { nil: null }),
  greeting: fc.option(text(), { nil: null }),
  extensions: fc.array(fc.constantFrom('PIPELINING', 'SIZE 10240000', 'AUTH PLAIN LOGIN'), {
    maxLength: 3,
  }),
  startTls: fc.constantFrom(...START_TLS_STATES),
  authMechanisms: fc.array(fc.constantFrom('PLAIN', 'LOGIN'), { maxLength: 2 }),
  tls: fc.option(cert, { nil: null }),
  failure: fc.option(fc.constantFrom(...SMTP_FAILURES), { nil: null }),
  failureDetail: fc.option(text(), { nil: null }),
  transcript: fc.array(
    fc.record({ t: fc.nat(5000), dir: fc.constantFrom(...TRANSCRIPT_DIRS), text: text(60) }),
    { maxLength: 6 },
  ),
});

/** One probe of any kind, role and outcome (the combinations need not make sense). */
export const probe: fc.Arbitrary<ProbeResult> = fc
  .record(
    {
      id: fc.string({ minLength: 1, maxLength: 30, unit: fc.constantFrom(...'abc:.0123') }),
      kind: fc.constantFrom(...PROBE_KINDS),
      role: fc.constantFrom(...PROBE_ROLES),
      host,
      ip,
      port: fc.option(mailPort, { nil: null }),
      outcome: fc.constantFrom(...PROBE_OUTCOMES),
      ms: fc.nat(130_000),
      detail: text(80),
      source: fc.constantFrom(...CANDIDATE_SOURCES),
      smtp,
      dns: fc.record({
        rrtype: fc.constantFrom(...DNS_RRTYPES),
        answers: fc.array(text(20), { maxLength: 3 }),
        servers: fc.array(fc.constantFrom('192.168.1.1', '::1'), { maxLength: 2 }),
      }),
      greetingMs: fc.nat(30_000),
      slowGreeting: fc.boolean(),
    },
    { requiredKeys: ['id', 'kind', 'role', 'host', 'ip', 'port', 'outcome', 'ms', 'detail'] },
  )
  .map((p) => p as ProbeResult);

const evidenceItem: fc.Arbitrary<Evidence> = fc.oneof(
  fc.constant(evidence('dns_ok', 'ok', {})),
  fc
    .record({
      hosts: fc.array(text(20), { maxLength: 3 }),
      how: fc.constantFrom(
        'filtered',
        'refused',
        'prohibited',
        'mixed',
      ) as fc.Arbitrary<'filtered'>,
    })
    .map((p) => evidence('port25_blocked', 'problem', p, [{ id: 'p1' }])),
  fc
    .record({
      greeting: text(),
      hosts: fc.array(text(20), { maxLength: 3 }),
      reason: fc.constantFrom('same_greeting', 'foreign_greeting') as fc.Arbitrary<'same_greeting'>,
    })
    .map((p) => evidence('port25_intercepted', 'problem', p)),
  fc.record({ from: mailPort, to: mailPort }).map((p) => evidence('user_port_change', 'info', p)),
  fc.record({ host: text(20), detail: text() }).map((p) => evidence('auth_rejected', 'problem', p)),
);

const actionItem: fc.Arbitrary<Action> = fc.oneof(
  fc.constant(action('use_settings')),
  fc.constant(action('change_outgoing')),
  text(20).map((provider) => action('app_password', { provider })),
);

const recommended: fc.Arbitrary<RecommendedSettings> = fc
  .record(
    {
      host,
      hostUnicode: text(20),
      port: fc.oneof(mailPort, fc.constantFrom(2525, 8025, 1)),
      security: fc.constantFrom('starttls', 'tls', 'none') as fc.Arbitrary<'starttls'>,
      auth: fc.boolean(),
      username: text(30),
      verified: fc.boolean(),
      source: fc.constantFrom(...CANDIDATE_SOURCES),
      publishedOnly: fc.boolean(),
    },
    { requiredKeys: ['host', 'port', 'security', 'auth', 'username', 'verified', 'source'] },
  )
  .map((r) => r as RecommendedSettings);

const candidate: fc.Arbitrary<CandidateSummary> = fc.record({
  host,
  port: mailPort,
  security: fc.constantFrom('starttls', 'tls', 'plain') as fc.Arbitrary<'starttls'>,
  source: fc.constantFrom(...CANDIDATE_SOURCES),
  username: text(30),
  insideIspOnly: fc.boolean(),
});

const providers = providerDb().providers;

/** A whole report: any verdict, probes, evidence, recommended settings and a bundled provider or none. */
export const report: fc.Arbitrary<DiagnosisReport> = fc.record({
  verdict: fc.record({
    code: fc.constantFrom(...VERDICT_CODES),
    confidence: fc.constantFrom(...CONFIDENCES),
    actions: fc.array(actionItem, { maxLength: 3 }),
  }),
  recommended: fc.option(recommended, { nil: null }),
  evidence: fc.array(evidenceItem, { maxLength: 4 }),
  probes: fc.array(probe, { maxLength: 12 }),
  elapsedMs: fc.nat(200_000),
  email: fc.record({
    display: fc.constantFrom('taro@例え.jp', 'taro@ocn.ne.jp'),
    ascii: fc.constantFrom('taro@xn--r8jz45g.jp', 'taro@ocn.ne.jp'),
    domain: fc.constantFrom('例え.jp', 'ocn.ne.jp'),
    domainAscii: fc.constantFrom('xn--r8jz45g.jp', 'ocn.ne.jp'),
  }),
  provider: fc.option(
    fc
      .tuple(
        fc.constantFrom(...providers),
        fc.option(fc.boolean(), { nil: undefined }),
        fc.option(
          fc.constantFrom('available', 'required', 'none', 'unknown') as fc.Arbitrary<'none'>,
          {
            nil: undefined,
          },
        ),
      )
      .map(([p, oauthOnly, appPassword]) => ({
        id: p.id,
        name: p.displayName,
        ...(oauthOnly !== undefined ? { oauthOnly } : {}),
        ...(appPassword !== undefined ? { appPassword } : {}),
      })),
    { nil: null },
  ),
  request: fc.record(
    {
      server: fc.option(host, { nil: null }),
      port: fc.option(fc.oneof(mailPort, fc.constantFrom(2525, 8025)), { nil: null }),
      mailProgram: fc.constantFrom(...MAIL_PROGRAMS),
    },
    { requiredKeys: ['server', 'port'] },
  ),
  candidates: fc.array(candidate, { maxLength: 3 }),
  blockedAt: fc.constantFrom(null, 'pc', 'router', 'isp', 'server'),
});
