import { describe, expect, it } from 'vitest';
import type { CandidateSummary } from '../../shared/diagnosis.js';
import type { ProbeResult, SmtpDetails } from '../../shared/probe.js';
import { VERDICT_CODES, type VerdictCode } from '../../shared/verdict.js';
import { createTranslator } from '../../shared/i18n/i18next-options.js';
import { verdictWords } from '../cli/output.js';
import { diagnose, type DiagnoseInput } from './diagnose.js';

const email = {
  display: 'taro@example.jp',
  ascii: 'taro@example.jp',
  local: 'taro',
  domain: 'example.jp',
  domainAscii: 'example.jp',
};
let n = 0;
/** Each host its own documentation address, as DNS would give. */
const ipOf = (host: string) =>
  `203.0.113.${[...host].reduce((a, c) => (a * 31 + c.charCodeAt(0)) % 250, 7) + 1}`;

const goodTls = {
  subject: 'smtp.example.jp',
  altNames: ['smtp.example.jp'],
  issuer: 'Test CA',
  validFrom: '2026-01-01T00:00:00Z',
  validTo: '2027-01-01T00:00:00Z',
  fingerprint256: 'AA',
  selfSigned: false,
  verified: true,
  verifyError: null,
  protocol: 'TLSv1.3',
};

function smtp(over: Partial<SmtpDetails> = {}): SmtpDetails {
  return {
    greetingCode: 220,
    greeting: 'smtp.example.jp ESMTP',
    extensions: ['AUTH PLAIN LOGIN'],
    startTls: 'ok',
    authMechanisms: ['PLAIN', 'LOGIN'],
    tls: {
      subject: 'smtp.example.jp',
      altNames: ['smtp.example.jp'],
      issuer: 'Test CA',
      validFrom: '2026-01-01T00:00:00Z',
      validTo: '2027-01-01T00:00:00Z',
      fingerprint256: 'AA',
      selfSigned: false,
      verified: true,
      verifyError: null,
      protocol: 'TLSv1.3',
    },
    failure: null,
    failureDetail: null,
    transcript: [],
    ...over,
  };
}
function p(
  role: ProbeResult['role'],
  host: string,
  port: number | null,
  outcome: ProbeResult['outcome'],
  extra: Partial<ProbeResult> = {},
): ProbeResult {
  const kind = extra.kind ?? (port === null ? 'dns' : port === 443 ? 'tcp' : 'smtp');
  return {
    id: `p${n++}`,
    kind,
    role,
    host,
    ip: port === null ? null : ipOf(host),
    port,
    outcome,
    ms: 5,
    detail: '',
    ...(kind === 'smtp' && outcome === 'open'
      ? {
          smtp: smtp(
            role === 'reference_mx' || role === 'own_mx'
              ? { greeting: `${host} ESMTP`, startTls: 'not_tried', tls: null }
              : { greeting: `${host} ESMTP` },
          ),
        }
      : {}),
    ...extra,
  };
}
const dnsOk = [
  p('dns_mx', 'example.jp', null, 'found'),
  p('dns_host', 'smtp.example.jp', null, 'found'),
];
const web = (o: ProbeResult['outcome'] = 'open') => [
  p('web_control', 'www.google.com', 443, o),
  p('web_control', 'www.apple.com', 443, o),
];
const refs25 = (o: ProbeResult['outcome']) =>
  [
    'gmail-smtp-in.l.google.com',
    'hotmail-com.olc.protection.outlook.com',
    'mx01.mail.icloud.com',
  ].map((h) => p('reference_mx', h, 25, o));
const refSub = (o587: ProbeResult['outcome'], o465: ProbeResult['outcome']) => [
  p('reference_submission', 'smtp.gmail.com', 587, o587),
  p(
    'reference_submission',
    'smtp.gmail.com',
    465,
    o465,
    o465 === 'open'
      ? { smtp: smtp({ startTls: 'implicit', greeting: 'smtp.gmail.com ESMTP' }) }
      : {},
  ),
];
const sub = (port: number, o: ProbeResult['outcome'], s?: Partial<SmtpDetails>) =>
  p('submission', 'smtp.example.jp', port, o, {
    source: 'guess',
    ...(o === 'open' ? { smtp: smtp({ startTls: port === 465 ? 'implicit' : 'ok', ...s }) } : {}),
  });
const candidates: CandidateSummary[] = [587, 465].map((port) => ({
  host: 'smtp.example.jp',
  port,
  security: port === 465 ? 'tls' : 'starttls',
  source: 'guess',
  username: 'taro@example.jp',
  insideIspOnly: false,
}));
const run = (probes: ProbeResult[], over: Partial<DiagnoseInput> = {}) =>
  diagnose({ email, probes, candidates, provider: null, elapsedMs: 10, ...over });

const cases: {
  code: VerdictCode;
  probes: ProbeResult[];
  over?: Partial<DiagnoseInput>;
  port?: number | null;
}[] = [
  {
    code: 'ok',
    probes: [
      ...dnsOk,
      ...web(),
      ...refs25('open'),
      ...refSub('open', 'open'),
      sub(587, 'open'),
      sub(465, 'open'),
    ],
    port: 587,
  },
  {
    code: 'port25_blocked',
    probes: [
      ...dnsOk,
      ...web(),
      ...refs25('filtered'),
      ...refSub('open', 'open'),
      sub(587, 'open'),
      sub(465, 'open'),
    ],
    port: 587,
  },
  {
    code: 'port25_intercepted',
    probes: [
      ...dnsOk,
      ...web(),
      ...refs25('open').map((r) => ({
        ...r,
        smtp: smtp({ greeting: 'relay.isp.example ESMTP', startTls: 'not_tried', tls: null }),
      })),
      ...refSub('open', 'open'),
      sub(587, 'open'),
    ],
    port: 587,
  },
  {
    code: 'submission_blocked',
    probes: [
      ...dnsOk,
      ...web(),
      ...refs25('refused'),
      ...refSub('refused', 'open'),
      sub(587, 'refused'),
      sub(465, 'open'),
    ],
    port: 465,
  },
  {
    code: 'smtp_blocked',
    probes: [
      ...dnsOk,
      ...web(),
      ...refs25('filtered'),
      ...refSub('filtered', 'filtered'),
      sub(587, 'filtered'),
      sub(465, 'filtered'),
    ],
    port: null,
  },
  {
    code: 'server_unreachable',
    probes: [
      ...dnsOk,
      ...web(),
      ...refs25('open'),
      ...refSub('open', 'open'),
      sub(587, 'filtered'),
      sub(465, 'filtered'),
    ],
    port: null,
  },
  {
    code: 'tls_problem',
    probes: [
      ...dnsOk,
      ...web(),
      ...refs25('open'),
      ...refSub('open', 'open'),
      sub(587, 'open', { tls: { ...goodTls, verified: false, verifyError: 'expired' } }),
    ],
    port: 587,
  },
  {
    code: 'auth_failed',
    probes: [
      ...dnsOk,
      ...web(),
      ...refs25('filtered'),
      ...refSub('open', 'open'),
      sub(587, 'open'),
      p('login', 'smtp.example.jp', 587, 'rejected', { kind: 'auth' }),
    ],
    port: 587,
  },
  {
    code: 'domain_not_found',
    probes: [p('dns_mx', 'example.jp', null, 'nxdomain'), ...web(), ...refs25('open')],
    port: null,
  },
  {
    code: 'dns_unavailable',
    probes: [
      p('local_network', '192.0.2.1', null, 'open', { kind: 'route' }),
      p('dns_mx', 'example.jp', null, 'timeout'),
      p('dns_host', 'www.google.com', null, 'timeout'),
    ],
    port: null,
  },
  {
    code: 'internet_unreachable',
    probes: [
      ...dnsOk,
      ...web('filtered'),
      ...refs25('filtered'),
      ...refSub('filtered', 'filtered'),
      sub(587, 'filtered'),
    ],
    port: null,
  },
  {
    code: 'security_software',
    probes: [
      ...dnsOk,
      ...web(),
      ...refs25('open'),
      ...refSub('open', 'open'),
      p('submission', 'smtp.example.jp', 587, 'local_refused', {
        source: 'guess',
        detail: 'connect refused by this computer (EACCES) after 0 ms',
      }),
      sub(465, 'open'),
    ],
    port: 465,
  },
  {
    code: 'captive_portal',
    probes: [
      p('dns_mx', 'example.jp', null, 'found'),
      ...['www.google.com', 'www.apple.com', 'mx01.mail.icloud.com', 'smtp.example.jp'].map((h) =>
        p('dns_host', h, null, 'found', {
          dns: { rrtype: 'A', answers: ['192.0.2.200'], servers: [] },
        }),
      ),
      ...web(),
      ...refs25('filtered'),
      ...refSub('filtered', 'filtered'),
      sub(587, 'filtered'),
    ],
    port: null,
  },
  {
    code: 'offline',
    probes: [
      p('local_network', '192.0.2.1', null, 'no_route', { kind: 'route' }),
      p('dns_mx', 'example.jp', null, 'refused'),
    ],
    port: null,
  },
];

describe('diagnose()', () => {
  it('has a case for every verdict code', () => {
    expect(new Set(cases.map((c) => c.code))).toEqual(new Set(VERDICT_CODES));
  });
  for (const c of cases) {
    it(`decides ${c.code}`, () => {
      const r = run(c.probes, c.over);
      expect(r.verdict.code).toBe(c.code);
      expect(r.recommended?.port ?? null).toBe(c.port ?? null);
      expect(r.verdict.actions.length).toBeGreaterThan(0);
      expect(r.evidence.length).toBeGreaterThan(0);
    });
  }
  it('keeps no jargon in titles, explanations and actions, in both languages', () => {
    for (const lang of ['ja', 'en'] as const) {
      const t = createTranslator(lang);
      for (const c of cases) {
        const r = run(c.probes, c.over);
        const words = verdictWords(r, t);
        for (const text of [words.title, words.explanation]) {
          expect(text).not.toMatch(/OP25B|STARTTLS|SSL|TLS|\b(25|465|587)\b|SMTP|\{\{/);
          expect(text).not.toMatch(/^verdict\./);
        }
        for (const a of words.actions)
          expect(a).not.toMatch(/OP25B|STARTTLS|\b(25|465|587)\b|SMTP|\{\{|^action\./);
      }
    }
  });
  it('says ok when port 25 is blocked but the mail program already uses a working 587', () => {
    const probes = [
      ...dnsOk,
      ...web(),
      ...refs25('filtered'),
      ...refSub('open', 'open'),
      sub(587, 'open'),
    ];
    const r = run(probes, { userPort: 587, userServer: 'smtp.example.jp' });
    expect(r.verdict.code).toBe('ok');
    expect(r.evidence.map((e) => e.id)).toContain('port25_blocked');
  });
  it('prefers 587 with STARTTLS over 465 and follows discovery order over guesses', () => {
    const probes = [
      ...dnsOk,
      ...web(),
      ...refs25('open'),
      sub(465, 'open'),
      sub(587, 'open'),
      p('submission', 'mail.example.jp', 587, 'open', { source: 'guess', smtp: smtp() }),
    ];
    const cands: CandidateSummary[] = [
      {
        host: 'mail.example.jp',
        port: 587,
        security: 'starttls',
        source: 'provider_db',
        username: 'taro',
        insideIspOnly: false,
      },
      ...candidates,
    ];
    const r = run(probes, { candidates: cands });
    expect(r.recommended).toMatchObject({
      host: 'mail.example.jp',
      port: 587,
      security: 'starttls',
      username: 'taro',
      verified: true,
    });
    expect(run(probes).recommended).toMatchObject({ host: 'smtp.example.jp', port: 587 });
  });
  it('never recommends a guessed host that did not answer', () => {
    const r = run([
      ...dnsOk,
      ...web(),
      ...refs25('open'),
      sub(587, 'refused'),
      sub(465, 'filtered'),
    ]);
    expect(r.recommended).toBeNull();
  });
  it('follows the precedence: dns before everything reachable, offline first', () => {
    const offline = run([
      p('local_network', '192.0.2.1', null, 'no_route', { kind: 'route' }),
      p('dns_mx', 'example.jp', null, 'timeout'),
    ]);
    expect(offline.verdict.code).toBe('offline');
    const tlsAndAuth = run([
      ...dnsOk,
      ...web(),
      ...refs25('open'),
      sub(587, 'open', { tls: { ...goodTls, verified: false, verifyError: 'wrong_host' } }),
      p('login', 'smtp.example.jp', 587, 'rejected', { kind: 'auth' }),
    ]);
    expect(tlsAndAuth.verdict.code).toBe('tls_problem');
  });
  it('ignores skipped probes when judging ports', () => {
    const probes = [
      ...dnsOk,
      ...web(),
      ...refs25('filtered'),
      ...refSub('filtered', 'open'),
      sub(465, 'open'),
      p('submission', 'mail.example.jp', 587, 'skipped', { source: 'guess' }),
    ];
    expect(run(probes).verdict.code).toBe('submission_blocked');
  });
});
