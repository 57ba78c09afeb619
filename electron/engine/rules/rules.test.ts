import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CandidateSummary, DiagnosisReport } from '../../../shared/diagnosis.js';
import type { ProbeResult } from '../../../shared/probe.js';
import { VERDICT_PRECEDENCE } from '../../../shared/verdict.js';
import { diagnose, type DiagnoseInput } from '../diagnose.js';
import { RULES } from './index.js';

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
const cert = (issuer = 'Test CA', verified = true) => ({
  subject: 'x',
  altNames: ['x'],
  issuer,
  validFrom: '2026-01-01T00:00:00Z',
  validTo: '2027-01-01T00:00:00Z',
  fingerprint256: 'AA',
  selfSigned: false,
  verified,
  verifyError: verified ? null : 'untrusted',
  protocol: 'TLSv1.3',
});
function probe(
  role: ProbeResult['role'],
  host: string,
  port: number | null,
  outcome: ProbeResult['outcome'],
  greeting = `${host} ESMTP`,
): ProbeResult {
  const kind = port === null ? 'dns' : port === 443 ? 'tcp' : 'smtp';
  const sub = port === 587 || port === 465;
  return {
    id: `r${n++}`,
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
          smtp: {
            greetingCode: 220,
            greeting,
            extensions: [],
            startTls: port === 465 ? 'implicit' : sub ? 'ok' : 'not_tried',
            authMechanisms: sub ? ['PLAIN', 'LOGIN'] : [],
            tls: sub ? cert() : null,
            failure: null,
            failureDetail: null,
            transcript: [],
          },
        }
      : {}),
  } as ProbeResult;
}
const base = [
  probe('dns_mx', 'example.jp', null, 'found'),
  probe('web_control', 'www.google.com', 443, 'open'),
];
const candidates: CandidateSummary[] = [
  {
    host: 'smtp.example.jp',
    port: 587,
    security: 'starttls',
    source: 'provider_db',
    username: 'taro@example.jp',
    insideIspOnly: false,
  },
  {
    host: 'smtp.example.jp',
    port: 465,
    security: 'tls',
    source: 'provider_db',
    username: 'taro@example.jp',
    insideIspOnly: false,
  },
];
const input = (probes: ProbeResult[], over: Partial<DiagnoseInput> = {}): DiagnoseInput => ({
  email,
  probes,
  candidates,
  provider: { id: 'example', name: 'Example' },
  elapsedMs: 1,
  ...over,
});
const again = (r: DiagnosisReport): DiagnosisReport =>
  diagnose(input(r.probes, { candidates: r.candidates, provider: r.provider }));

describe('the verdict table', () => {
  it('holds one rule per verdict, in the precedence order of diagnosis.md', () => {
    expect(RULES.map((r) => r.code)).toEqual([...VERDICT_PRECEDENCE]);
  });

  it('keeps port25_intercepted after a login test re-diagnoses the report', () => {
    const relay = 'relay.isp.example ESMTP';
    const first = diagnose(
      input([
        ...base,
        probe('reference_mx', 'gmail-smtp-in.l.google.com', 25, 'open', relay),
        probe('reference_mx', 'mx01.mail.icloud.com', 25, 'open', relay),
        probe('submission', 'smtp.example.jp', 587, 'open'),
      ]),
    );
    expect(first.verdict.code).toBe('port25_intercepted');
    const login = { ...probe('login', 'smtp.example.jp', 587, 'accepted'), kind: 'auth' as const };
    const withLogin = diagnose(input([...first.probes, login]));
    expect(withLogin.verdict.code).toBe('port25_intercepted');
    expect(withLogin.evidence.map((e) => e.id)).toContain('auth_ok');
    // The probes are returned exactly as they were found.
    expect(first.probes.map((p) => p.outcome)).not.toContain('intercepted');
  });

  it('is idempotent: diagnosing a report’s probes again gives the same report', () => {
    const outcomes = ['open', 'filtered', 'refused', 'prohibited', 'local_refused'] as const;
    const arb = fc.record({
      web: fc.constantFrom('open', 'filtered'),
      mx: fc.array(fc.constantFrom(...outcomes), { minLength: 1, maxLength: 3 }),
      relay: fc.boolean(),
      s587: fc.constantFrom(...outcomes),
      s465: fc.constantFrom(...outcomes),
      route: fc.constantFrom('open', 'no_route'),
      dns: fc.constantFrom('found', 'nxdomain', 'timeout'),
    });
    fc.assert(
      fc.property(arb, (a) => {
        const mxHosts = ['gmail-smtp-in.l.google.com', 'mx01.mail.icloud.com', 'mx.outlook.com'];
        const probes = [
          { ...probe('local_network', '192.0.2.1', null, a.route), kind: 'route' as const },
          probe('dns_mx', 'example.jp', null, a.dns),
          probe('web_control', 'www.google.com', 443, a.web),
          ...a.mx.map((o, i) =>
            probe(
              'reference_mx',
              mxHosts[i] ?? 'x',
              25,
              o,
              a.relay ? 'relay.isp ESMTP' : undefined,
            ),
          ),
          probe('submission', 'smtp.example.jp', 587, a.s587),
          probe('submission', 'smtp.example.jp', 465, a.s465),
        ];
        const first = diagnose(input(probes));
        const second = again(first);
        expect(second.verdict).toEqual(first.verdict);
        expect(second.evidence).toEqual(first.evidence);
        expect(second.recommended).toEqual(first.recommended);
        expect(second.probes).toEqual(probes);
      }),
      { numRuns: 300 },
    );
  });

  it('keeps the port-25 finding whatever the verdict', () => {
    const r = diagnose(
      input([
        ...base,
        probe('reference_mx', 'gmail-smtp-in.l.google.com', 25, 'filtered'),
        probe('reference_submission', 'smtp.gmail.com', 587, 'open'),
        probe('submission', 'smtp.example.jp', 587, 'filtered'),
        probe('submission', 'smtp.example.jp', 465, 'filtered'),
      ]),
    );
    expect(r.verdict.code).toBe('server_unreachable');
    expect(r.evidence.map((e) => e.id)).toContain('port25_blocked');
  });

  it('says port25_blocked with no settings when only guessed servers were tried', () => {
    const guesses = candidates.map((c) => ({
      ...c,
      host: 'smtp.unknown.example',
      source: 'guess' as const,
    }));
    const r = diagnose(
      input(
        [
          ...base,
          probe('reference_mx', 'gmail-smtp-in.l.google.com', 25, 'filtered'),
          probe('reference_mx', 'mx01.mail.icloud.com', 25, 'filtered'),
          probe('reference_submission', 'smtp.gmail.com', 587, 'open'),
          probe('submission', 'smtp.unknown.example', 587, 'refused'),
        ],
        { candidates: guesses, provider: null },
      ),
    );
    expect(r.verdict.code).toBe('port25_blocked');
    expect(r.recommended).toBeNull();
    expect(r.verdict.actions.map((a) => a.id)).toEqual(['type_server_from_guide', 'turn_on_auth']);
  });

  it('shows the provider’s published settings, marked so, when the PC is offline', () => {
    const r = diagnose(
      input([
        { ...probe('local_network', '192.0.2.1', null, 'no_route'), kind: 'route' as const },
        probe('dns_mx', 'example.jp', null, 'refused'),
      ]),
    );
    expect(r.verdict.code).toBe('offline');
    expect(r.recommended).toMatchObject({
      host: 'smtp.example.jp',
      port: 587,
      verified: false,
      publishedOnly: true,
    });
    expect(r.evidence.map((e) => e.id)).toContain('provider_settings');
  });

  it('blames security software when one untrusted issuer signs unrelated servers', () => {
    const inspected = (p: ProbeResult): ProbeResult =>
      p.smtp ? { ...p, smtp: { ...p.smtp, tls: cert('Lab Security Product Root', false) } } : p;
    const r = diagnose(
      input([
        ...base,
        probe('reference_mx', 'gmail-smtp-in.l.google.com', 25, 'filtered'),
        inspected(probe('reference_submission', 'smtp.gmail.com', 587, 'open')),
        inspected(probe('submission', 'smtp.example.jp', 587, 'open')),
      ]),
    );
    expect(r.verdict.code).toBe('security_software');
    expect(r.blockedAt).toBe('pc');
    expect(r.evidence[0]).toMatchObject({ id: 'tls_inspected' });
  });

  const withSmtp = (
    p: ProbeResult,
    over: Partial<NonNullable<ProbeResult['smtp']>>,
  ): ProbeResult => (p.smtp ? { ...p, smtp: { ...p.smtp, ...over } } : p);
  const blocked25 = [
    probe('reference_mx', 'gmail-smtp-in.l.google.com', 25, 'filtered'),
    probe('reference_mx', 'mx01.mail.icloud.com', 25, 'filtered'),
  ];

  it('recommends 465 with sign-in over 587 without it', () => {
    const r = diagnose(
      input([
        ...base,
        ...blocked25,
        withSmtp(probe('submission', 'smtp.example.jp', 587, 'open'), { authMechanisms: [] }),
        probe('submission', 'smtp.example.jp', 465, 'open'),
      ]),
    );
    expect(r.verdict.code).toBe('port25_blocked');
    expect(r.recommended).toMatchObject({ port: 465, security: 'tls', verified: true });
  });

  it('recommends a good 465 over 587 with a bad certificate, instead of tls_problem', () => {
    const bad = { ...cert(), verified: false, verifyError: 'expired' };
    const r = diagnose(
      input([
        ...base,
        ...blocked25,
        withSmtp(probe('submission', 'smtp.example.jp', 587, 'open'), { tls: bad }),
        probe('submission', 'smtp.example.jp', 465, 'open'),
      ]),
    );
    expect(r.verdict.code).toBe('port25_blocked');
    expect(r.recommended?.port).toBe(465);
  });

  const wrongHost = (names: string[]) => ({
    ...cert(),
    verified: false,
    verifyError: 'wrong_host',
    altNames: names,
  });
  /** smtp.example.jp shows a certificate for host7.hosting.example; host7 answered at `at`. */
  const sharedHosting = (at: 'same' | 'elsewhere', accept?: string[]): DiagnosisReport => {
    const asked = withSmtp(probe('submission', 'smtp.example.jp', 587, 'open'), {
      tls: wrongHost(['host7.hosting.example']),
    });
    const named = {
      ...probe('submission', 'host7.hosting.example', 587, 'open'),
      source: 'certificate' as const,
      ip: at === 'same' ? asked.ip : '198.51.100.77',
    };
    return diagnose({
      ...input([...base, ...blocked25, asked, named]),
      ...(accept ? { acceptSuggested: accept } : {}),
    });
  };

  it('suggests the name a certificate gives at the same address (shared hosting), never verified', () => {
    const r = sharedHosting('same');
    expect(r.verdict.code).toBe('port25_blocked');
    expect(r.verdict.confidence).toBe('medium');
    expect(r.recommended).toMatchObject({
      host: 'host7.hosting.example',
      port: 587,
      source: 'certificate',
      verified: false,
      needsConfirmation: { reason: 'certificate_other_name', namedBy: 'smtp.example.jp' },
    });
    const ids = r.evidence.map((e) => e.id);
    expect(ids).toContain('certificate_other_name');
    expect(ids).toContain('host_suggested');
    expect(r.verdict.actions[0]).toEqual({
      id: 'confirm_suggested',
      params: { host: 'host7.hosting.example' },
    });
  });

  it('verifies the certificate’s name once the user confirmed it', () => {
    const r = sharedHosting('same', ['host7.hosting.example']);
    expect(r.verdict.code).toBe('port25_blocked');
    expect(r.verdict.confidence).toBe('high');
    expect(r.recommended).toMatchObject({ host: 'host7.hosting.example', verified: true });
    expect(r.recommended?.needsConfirmation).toBeUndefined();
    expect(r.request.acceptSuggested).toEqual(['host7.hosting.example']);
  });

  it('never follows a certificate’s name to another address: tls_problem naming it', () => {
    const r = sharedHosting('elsewhere');
    expect(r.verdict.code).toBe('tls_problem');
    expect(r.recommended).toMatchObject({ host: 'smtp.example.jp', verified: false });
    const cert = r.evidence.find((e) => e.id === 'certificate_invalid');
    expect(cert?.params).toMatchObject({
      problem: 'wrong_host',
      names: ['host7.hosting.example'],
    });
    // Even confirmed, a name at another address is not the server that answered for the host asked.
    expect(sharedHosting('elsewhere', ['host7.hosting.example']).verdict.code).toBe('tls_problem');
  });

  it('does not call two MX names on one address an interception', () => {
    const greeting = 'mx.shared.example ESMTP';
    const r = diagnose(
      input([
        ...base,
        { ...probe('reference_mx', 'mx1.alpha.example', 25, 'open', greeting), ip: '198.51.100.7' },
        { ...probe('reference_mx', 'mx2.beta.example', 25, 'open', greeting), ip: '198.51.100.7' },
        probe('submission', 'smtp.example.jp', 587, 'open'),
      ]),
    );
    expect(r.verdict.code).toBe('ok');
  });

  it('says it works here, not away from home, when the ISP’s own server takes port 25', () => {
    const r = diagnose(
      input([
        ...base,
        ...blocked25,
        probe('own_mx', 'mx.example.jp', 25, 'open'),
        probe('submission', 'smtp.example.jp', 587, 'open'),
      ]),
    );
    expect(r.verdict.code).toBe('ok');
    expect(r.evidence[0]).toMatchObject({ id: 'port25_inside_isp' });
    expect(r.verdict.actions[0]?.id).toBe('works_here_only');
    expect(r.recommended?.port).toBe(587);
  });

  it('recommends port 25 only for an ISP server that offers nothing else', () => {
    const only25: CandidateSummary[] = [
      {
        host: 'smtp.example.jp',
        port: 25,
        security: 'plain',
        source: 'provider_db',
        username: 'taro@example.jp',
        insideIspOnly: true,
      },
    ];
    const r = diagnose(
      input(
        [
          ...base,
          ...blocked25,
          probe('submission', 'smtp.example.jp', 25, 'open'),
          probe('reference_submission', 'smtp.gmail.com', 587, 'open'),
        ],
        { candidates: only25 },
      ),
    );
    expect(r.verdict.code).toBe('ok');
    expect(r.recommended).toMatchObject({ port: 25, security: 'none', auth: false });
  });

  it('gives app-password advice only where the provider data says so', () => {
    const probes = [
      ...base,
      ...blocked25,
      probe('submission', 'smtp.example.jp', 587, 'open'),
      { ...probe('login', 'smtp.example.jp', 587, 'rejected'), kind: 'auth' as const },
    ];
    const plain = diagnose(input(probes));
    expect(plain.verdict.actions.map((a) => a.id)).toEqual(['retype_password']);
    const gmail = diagnose(
      input(probes, { provider: { id: 'gmail', name: 'Gmail', appPassword: 'available' } }),
    );
    expect(gmail.verdict.actions).toContainEqual({
      id: 'app_password',
      params: { provider: 'Gmail' },
    });
    const outlook = diagnose(
      input(probes.slice(0, -1), {
        provider: { id: 'outlook', name: 'Outlook.com', oauthOnly: true, appPassword: 'none' },
      }),
    );
    expect(outlook.verdict.actions).toContainEqual({
      id: 'oauth_sign_in',
      params: { provider: 'Outlook.com' },
    });
    expect(outlook.evidence.map((e) => e.id)).toContain('auth_oauth_only');
  });

  it('calls a slow greeting slow, not unreachable', () => {
    const slow = {
      ...probe('submission', 'smtp.example.jp', 587, 'open'),
      greetingMs: 4200,
      slowGreeting: true,
    };
    const r = diagnose(input([...base, ...blocked25, slow]));
    expect(r.verdict.code).toBe('port25_blocked');
    expect(r.evidence).toContainEqual(
      expect.objectContaining({
        id: 'submission_slow',
        params: { host: 'smtp.example.jp', port: 587, seconds: 4.2 },
      }),
    );
  });
});

describe('howBlocked', () => {
  it('reads silent drops beside one other way as that way (rate-limited ICMP and resets)', async () => {
    const { howBlocked } = await import('./rule.js');
    expect(howBlocked(['prohibited', 'filtered', 'prohibited'])).toBe('prohibited');
    expect(howBlocked(['refused', 'filtered'])).toBe('refused');
    expect(howBlocked(['filtered', 'filtered'])).toBe('filtered');
    expect(howBlocked(['refused', 'prohibited'])).toBe('mixed');
  });
});
