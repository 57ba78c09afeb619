/**
 * TEST FIXTURES ONLY: one realistic DiagnosisReport per verdict, shaped like the engine's output
 * (verdict words come from the engine's own verdict-texts.ts so they match what users will see).
 * Used by component tests and by the e2e screenshot walk with a fake bridge; never bundled.
 */
import { verdictText } from '../../electron/engine/verdict-texts.js';
import type {
  CandidateSummary,
  DiagnosisReport,
  Evidence,
  RecommendedSettings,
} from '../../shared/diagnosis.js';
import { BLOCKED_AT } from '../../shared/diagnosis.js';
import type { ProbeResult } from '../../shared/probe.js';
import type { Confidence, VerdictCode } from '../../shared/verdict.js';
import {
  dnsProbe,
  loginProbe,
  routeProbe,
  smtpBlocked,
  smtpIntercepted,
  smtpOpen,
  tcpProbe,
} from './probes.js';

const DOMAIN = 'example.jp';
const SMTP = 'smtp.example.jp';
const SMTP_IP = '192.0.2.25';
const MX = 'mx1.example.jp';
const MX_IP = '192.0.2.10';
const REF_MX = 'mx.reference.example';
const REF_IP = '198.51.100.20';
const WEB = 'www.reference.example';
const WEB_IP = '198.51.100.80';

const CANDIDATES: CandidateSummary[] = [
  {
    host: SMTP,
    port: 587,
    security: 'starttls',
    source: 'provider_db',
    username: 'taro@example.jp',
    insideIspOnly: false,
  },
  {
    host: SMTP,
    port: 465,
    security: 'tls',
    source: 'provider_db',
    username: 'taro@example.jp',
    insideIspOnly: false,
  },
];

function settings(port: 587 | 465, verified = true): RecommendedSettings {
  return {
    host: SMTP,
    port,
    security: port === 465 ? 'tls' : 'starttls',
    auth: true,
    username: 'taro@example.jp',
    verified,
    source: 'provider_db',
  };
}

function ev(
  id: string,
  severity: Evidence['severity'],
  ja: string,
  en: string,
  probes: ProbeResult[],
): Evidence {
  return { id, severity, text: { ja, en }, probes: probes.map((p) => p.id) };
}

interface Parts {
  confidence?: Confidence;
  recommended?: RecommendedSettings | null;
  probes: ProbeResult[];
  evidence: Evidence[];
  elapsedMs: number;
  domain?: string;
  request?: DiagnosisReport['request'];
}

function report(code: VerdictCode, parts: Parts): DiagnosisReport {
  const domain = parts.domain ?? DOMAIN;
  return {
    verdict: { code, confidence: parts.confidence ?? 'high', ...verdictText(code, { domain }) },
    recommended: parts.recommended ?? null,
    evidence: parts.evidence,
    probes: parts.probes,
    elapsedMs: parts.elapsedMs,
    email: { display: `taro@${domain}`, ascii: `taro@${domain}`, domain, domainAscii: domain },
    provider: domain === DOMAIN ? { id: 'example-isp', name: 'Example ISP' } : null,
    request: parts.request ?? { server: null, port: null },
    candidates: domain === DOMAIN ? CANDIDATES : [],
    blockedAt: BLOCKED_AT[code],
  };
}

// The probes every run that reaches the network starts with.
const route = routeProbe('open');
const mxLookup = dnsProbe('dns_mx', DOMAIN, 'MX', 'found', [`10 ${MX}`], 18);
const smtpLookup = dnsProbe('dns_host', SMTP, 'A', 'found', [SMTP_IP], 12);
const srv = dnsProbe('dns_srv', `_submission._tcp.${DOMAIN}`, 'SRV', 'nxdomain', [], 15);
const web = tcpProbe('web_control', WEB, WEB_IP, 443, 'open', 21);
const sub587 = smtpOpen('submission', SMTP, SMTP_IP, 587, 34);
const sub465 = smtpOpen('submission', SMTP, SMTP_IP, 465, 41);
const ownMxDropped = smtpBlocked('own_mx', MX, MX_IP, 25, 'filtered', 1210);
const refMxDropped = smtpBlocked('reference_mx', REF_MX, REF_IP, 25, 'filtered', 1210);

const submissionOpen587 = ev(
  'submission_open_587',
  'ok',
  `送信サーバー ${SMTP} はポート587番(送信専用の入口)で応答し、暗号化に切り替え(STARTTLS)できます。認証方式: PLAIN LOGIN(34 ms)`,
  `The outgoing server ${SMTP} answers on port 587 (the entrance for sending with a password), switches to encryption (STARTTLS). Sign-in methods: PLAIN LOGIN (34 ms).`,
  [sub587],
);
const port25Dropped = ev(
  'port25_blocked',
  'problem',
  `外部のメールサーバー(${MX}, ${REF_MX})へのポート25番(昔ながらの送信方式)への接続が応答がなく(通信が黙って捨てられている)ます。プロバイダーの「OP25B」(迷惑メール対策のポート25番ブロック)です。`,
  `Connections to outside mail servers (${MX}, ${REF_MX}) on port 25 (the old way of sending) get no answer at all (silently dropped). This is your provider's Outbound Port 25 Blocking (OP25B), an anti-spam measure.`,
  [ownMxDropped, refMxDropped],
);
const webOk = ev(
  'web_ok',
  'ok',
  `Web(${WEB} の 443 番)には 21 ms で届きます。`,
  `The web (${WEB} port 443) answers in 21 ms.`,
  [web],
);

/** One report per verdict code, in the engine's shape. */
export const REPORTS: Record<VerdictCode, DiagnosisReport> = {
  ok: report('ok', {
    recommended: settings(587),
    probes: [
      route,
      mxLookup,
      smtpLookup,
      srv,
      web,
      smtpOpen('own_mx', MX, MX_IP, 25, 30),
      sub587,
      sub465,
    ],
    evidence: [
      submissionOpen587,
      ev(
        'port25_open',
        'info',
        'ポート25番も外部へ通じています。',
        'Port 25 to outside servers is open too.',
        [],
      ),
      webOk,
    ],
    elapsedMs: 1480,
  }),
  port25_blocked: report('port25_blocked', {
    recommended: settings(587),
    probes: [route, mxLookup, smtpLookup, srv, web, ownMxDropped, refMxDropped, sub587, sub465],
    evidence: [port25Dropped, submissionOpen587, webOk],
    elapsedMs: 2630,
    request: { server: SMTP, port: 25 },
  }),
  port25_intercepted: report('port25_intercepted', {
    recommended: settings(587),
    probes: [route, mxLookup, smtpLookup, srv, web, smtpIntercepted(MX, MX_IP, 1), sub587],
    evidence: [
      ev(
        'port25_intercepted',
        'problem',
        `${MX} のポート25番に別のサーバー(relay.isp.example.net)が 1 ms で応答しました。途中で受け取られています。`,
        `Another server (relay.isp.example.net) answered on ${MX} port 25 within 1 ms: the connection is picked up on the way.`,
        [],
      ),
      submissionOpen587,
    ],
    elapsedMs: 1720,
  }),
  submission_blocked: report('submission_blocked', {
    recommended: settings(465),
    probes: [
      route,
      mxLookup,
      smtpLookup,
      srv,
      web,
      ownMxDropped,
      smtpBlocked('submission', SMTP, SMTP_IP, 587, 'filtered', 1210),
      sub465,
    ],
    evidence: [
      port25Dropped,
      ev(
        'submission_blocked_587',
        'problem',
        `${SMTP} のポート587番に応答がありません。`,
        `${SMTP} port 587 gets no answer.`,
        [],
      ),
      ev(
        'submission_open_465',
        'ok',
        `${SMTP} はポート465番(SSL/TLS)で応答します。`,
        `${SMTP} answers on port 465 (SSL/TLS).`,
        [sub465],
      ),
    ],
    elapsedMs: 2710,
  }),
  smtp_blocked: report('smtp_blocked', {
    probes: [
      route,
      mxLookup,
      smtpLookup,
      srv,
      web,
      ownMxDropped,
      refMxDropped,
      smtpBlocked('submission', SMTP, SMTP_IP, 587, 'refused', 3),
      smtpBlocked('submission', SMTP, SMTP_IP, 465, 'refused', 3),
      smtpBlocked(
        'reference_submission',
        'smtp.reference.example',
        '198.51.100.25',
        587,
        'refused',
        2,
      ),
    ],
    evidence: [
      ev(
        'mail_ports_blocked',
        'problem',
        'メールの送信に使うポート(25, 465, 587)がすべて止められています。',
        'All ports used to send mail (25, 465, 587) are blocked.',
        [],
      ),
      webOk,
    ],
    elapsedMs: 1350,
  }),
  server_unreachable: report('server_unreachable', {
    confidence: 'medium',
    probes: [
      route,
      mxLookup,
      smtpLookup,
      srv,
      web,
      smtpBlocked('submission', SMTP, SMTP_IP, 587, 'filtered', 1210),
      smtpBlocked('submission', SMTP, SMTP_IP, 465, 'filtered', 1210),
      smtpOpen('reference_submission', 'smtp.reference.example', '198.51.100.25', 587, 40),
    ],
    evidence: [
      ev(
        'server_silent',
        'problem',
        `${SMTP} はどの送信ポートにも応答しません。`,
        `${SMTP} answers on no sending port.`,
        [],
      ),
      ev(
        'reference_ok',
        'ok',
        'ほかのメールサービスの送信サーバーには届きます。',
        'Another mail service’s sending server answers.',
        [],
      ),
    ],
    elapsedMs: 2540,
  }),
  tls_problem: report('tls_problem', {
    recommended: settings(587),
    probes: [
      route,
      mxLookup,
      smtpLookup,
      srv,
      web,
      ownMxDropped,
      smtpOpen('submission', SMTP, SMTP_IP, 587, 36, {
        verified: false,
        verifyError: 'expired',
        validTo: '2026-01-31T23:59:59.000Z',
      }),
    ],
    evidence: [
      ev(
        'certificate_bad',
        'problem',
        `${SMTP} の証明書は有効期限(2026-01-31T23:59:59.000Z)が切れています。`,
        `The certificate of ${SMTP} expired on 2026-01-31T23:59:59.000Z.`,
        [],
      ),
    ],
    elapsedMs: 1890,
  }),
  auth_failed: report('auth_failed', {
    recommended: settings(587),
    probes: [
      route,
      mxLookup,
      smtpLookup,
      srv,
      web,
      ownMxDropped,
      sub587,
      loginProbe(SMTP, SMTP_IP, 587, 'rejected', 160),
    ],
    evidence: [
      submissionOpen587,
      ev(
        'login_rejected',
        'problem',
        'サーバーはパスワードを受け付けませんでした(535)。',
        'The server refused the password (535).',
        [],
      ),
    ],
    elapsedMs: 2210,
  }),
  domain_not_found: report('domain_not_found', {
    domain: 'exmaple.jp',
    probes: [
      route,
      dnsProbe('dns_mx', 'exmaple.jp', 'MX', 'nxdomain', [], 22),
      dnsProbe('dns_host', 'exmaple.jp', 'A', 'nxdomain', [], 19),
      web,
    ],
    evidence: [
      ev(
        'domain_nxdomain',
        'problem',
        '「exmaple.jp」は存在しないドメインです(NXDOMAIN)。',
        'The domain “exmaple.jp” does not exist (NXDOMAIN).',
        [],
      ),
    ],
    elapsedMs: 310,
  }),
  dns_unavailable: report('dns_unavailable', {
    probes: [
      route,
      dnsProbe('dns_mx', DOMAIN, 'MX', 'timeout', [], 2500),
      dnsProbe('dns_host', SMTP, 'A', 'timeout', [], 2500),
      dnsProbe('dns_host', WEB, 'A', 'timeout', [], 2500),
    ],
    evidence: [
      ev(
        'dns_all_failed',
        'problem',
        'すべての名前の問い合わせが時間切れになりました。',
        'Every name lookup timed out.',
        [],
      ),
    ],
    elapsedMs: 2620,
  }),
  internet_unreachable: report('internet_unreachable', {
    probes: [
      route,
      mxLookup,
      smtpLookup,
      tcpProbe('web_control', WEB, WEB_IP, 443, 'filtered', 1500),
      smtpBlocked('submission', SMTP, SMTP_IP, 587, 'filtered', 1500),
      smtpBlocked('own_mx', MX, MX_IP, 25, 'filtered', 1500),
    ],
    evidence: [
      ev(
        'nothing_answers',
        'problem',
        '名前は引けますが、外部のどこにも接続できません。',
        'Names resolve, but nothing outside answers.',
        [],
      ),
    ],
    elapsedMs: 1620,
  }),
  offline: report('offline', {
    probes: [routeProbe('no_route')],
    evidence: [
      ev(
        'no_route',
        'problem',
        'このパソコンにはネットワークの経路がありません。',
        'This computer has no network route.',
        [],
      ),
    ],
    elapsedMs: 4,
  }),
};

/** The same diagnosis after a login test, for the login-test flow. */
export function withLogin(
  base: DiagnosisReport,
  outcome: 'accepted' | 'rejected',
): DiagnosisReport {
  const settingsUsed = base.recommended ?? settings(587);
  const probe = loginProbe(settingsUsed.host, SMTP_IP, settingsUsed.port, outcome, 160);
  const code: VerdictCode =
    outcome === 'accepted'
      ? base.verdict.code === 'auth_failed'
        ? 'ok'
        : base.verdict.code
      : 'auth_failed';
  const probes = [...base.probes.filter((p) => p.role !== 'login'), probe];
  return {
    ...base,
    verdict: { ...base.verdict, code, ...verdictText(code, { domain: base.email.domain }) },
    probes,
    blockedAt: BLOCKED_AT[code],
  };
}

/** A report with a Unicode (IDN) domain, to check display of hostUnicode. */
export const IDN_REPORT: DiagnosisReport = {
  ...REPORTS.port25_blocked,
  email: {
    display: 'taro@例え.jp',
    ascii: 'taro@xn--r8jz45g.jp',
    domain: '例え.jp',
    domainAscii: 'xn--r8jz45g.jp',
  },
  recommended: {
    ...settings(587),
    host: 'smtp.xn--r8jz45g.jp',
    hostUnicode: 'smtp.例え.jp',
    username: 'taro@xn--r8jz45g.jp',
  },
};
