import { describe, expect, it } from 'vitest';
import type { CandidateSummary, DiagnosisReport } from '../../shared/diagnosis.js';
import type { CandidateSource, CertSummary, ProbeResult } from '../../shared/probe.js';
import { settingsWork } from './check.js';
import { diagnose, type DiagnoseInput } from './diagnose.js';
import { listCandidates } from './discover.js';
import { runLoginTest } from './index.js';
import {
  EMAIL,
  candidate as candidateOf,
  cert,
  diagnoseInput,
  probe,
  refs25,
  web,
  withSmtp,
} from '../../test/support/probe-builders.js';
import { registrableDomain } from '../../shared/domain.js';
import { hostTrust, isNonPublicAddress, refuseSrvTarget, withinDomain } from './trust.js';

const email = EMAIL;
const trustInput = { domainAscii: 'example.jp', accepted: [] as string[] };

describe('who may name a server that gets a password', () => {
  it('takes the registrable domain from the Public Suffix List', () => {
    expect(registrableDomain('bird.ocn.ne.jp')).toBe('ocn.ne.jp');
    expect(registrableDomain('Smtp.Example.JP.')).toBe('example.jp');
    expect(registrableDomain('mail.attacker.test')).toBe('attacker.test');
    expect(registrableDomain('127.0.0.1')).toBeNull();
    expect(registrableDomain('localhost')).toBeNull();
    // A private suffix: one customer's blog is not another's.
    expect(withinDomain('evil.blogspot.com', 'mine.blogspot.com')).toBe(false);
    expect(withinDomain('smtp.ocn.ne.jp', 'bird.ocn.ne.jp')).toBe(true);
    expect(withinDomain('example.jp.attacker.test', 'example.jp')).toBe(false);
  });

  it('trusts the user, the provider data and the address’s own domain, and nothing else', () => {
    const t = (host: string, source: CandidateSource) => hostTrust(host, source, trustInput);
    expect(t('smtp.anywhere.test', 'user')).toEqual({ trusted: true });
    expect(t('smtp.gmail.com', 'provider_db')).toEqual({ trusted: true });
    for (const source of ['srv', 'guess', 'autoconfig', 'certificate'] as const)
      expect(t('mail.example.jp', source)).toEqual({ trusted: true });
    expect(t('mail.attacker.test', 'srv')).toEqual({
      trusted: false,
      reason: 'srv_other_domain',
    });
    expect(t('mx.attacker.test', 'guess')).toEqual({ trusted: false, reason: 'mx_other_domain' });
    expect(t('smtp.attacker.test', 'autoconfig')).toEqual({
      trusted: false,
      reason: 'autoconfig_other_domain',
    });
    expect(t('host7.hosting.test', 'certificate')).toEqual({
      trusted: false,
      reason: 'certificate_other_name',
    });
    const accepted = { ...trustInput, accepted: ['host7.hosting.test'] };
    expect(hostTrust('HOST7.hosting.test.', 'certificate', accepted)).toEqual({ trusted: true });
  });

  it('refuses SRV targets on other ports and given as addresses', () => {
    expect(refuseSrvTarget('smtp.example.jp', 587)).toBeNull();
    expect(refuseSrvTarget('smtp.example.jp', 465)).toBeNull();
    expect(refuseSrvTarget('smtp.example.jp', 2525)).toBeNull();
    expect(refuseSrvTarget('smtp.example.jp', 25)).toBe('port');
    expect(refuseSrvTarget('smtp.example.jp', 8080)).toBe('port');
    expect(refuseSrvTarget('127.0.0.1', 587)).toBe('ip_literal');
    expect(refuseSrvTarget('::1', 587)).toBe('ip_literal');
  });

  it('knows addresses inside this computer or a local network, in both families', () => {
    for (const ip of [
      '127.0.0.1',
      '10.1.2.3',
      '172.16.0.1',
      '172.31.255.255',
      '192.168.1.1',
      '169.254.1.1',
      '0.0.0.0',
      '224.0.0.1',
      '::1',
      '::',
      'fe80::1',
      'fd00::1',
      '::ffff:127.0.0.1',
      '::ffff:7f00:1',
      '64:ff9b::c0a8:101',
    ])
      expect(isNonPublicAddress(ip), ip).toBe(true);
    for (const ip of ['203.0.113.5', '172.32.0.1', '8.8.8.8', '2001:db8::1', '64:ff9b::cb00:7105'])
      expect(isNonPublicAddress(ip), ip).toBe(false);
  });
});

/** A server that answered as a submission server (greeting, TLS, AUTH) unless told otherwise. */
function smtp(
  host: string,
  port: number,
  over: { ip?: string; tls?: CertSummary; auth?: string[]; source?: CandidateSource } = {},
): ProbeResult {
  const p = probe('submission', host, port, 'open', {
    ip: over.ip ?? '203.0.113.9',
    ...(over.source ? { source: over.source } : {}),
  });
  return withSmtp(p, {
    ...(over.tls ? { tls: over.tls } : {}),
    ...(over.auth ? { authMechanisms: over.auth } : {}),
  });
}
const blocked25 = (): ProbeResult[] => refs25('filtered');
function dns(role: ProbeResult['role'], host: string, answers: string[]): ProbeResult {
  const rrtype = role === 'dns_srv' ? 'SRV' : role === 'dns_mx' ? 'MX' : 'A';
  return probe(role, host, null, 'found', { dns: { rrtype, answers, servers: ['192.0.2.1'] } });
}
const candidate = (host: string, source: CandidateSource, port = 587): CandidateSummary =>
  candidateOf(host, port, source);
const input = (
  probes: ProbeResult[],
  candidates: CandidateSummary[],
  over: Partial<DiagnoseInput> = {},
): DiagnoseInput =>
  diagnoseInput(
    [web()[0] as ProbeResult, dns('dns_mx', 'example.jp', ['10 mx.example.jp']), ...probes],
    {
      candidates,
      ...over,
    },
  );

describe('a server the network suggested is never verified', () => {
  it('a spoofed SRV target outside the domain is a suggestion (srv_other_domain)', () => {
    const r = diagnose(
      input(
        [...blocked25(), smtp('mail.attacker.test', 587)],
        [candidate('mail.attacker.test', 'srv'), candidate('smtp.example.jp', 'guess')],
      ),
    );
    expect(r.recommended).toMatchObject({
      host: 'mail.attacker.test',
      verified: false,
      source: 'srv',
      needsConfirmation: { reason: 'srv_other_domain', namedBy: 'example.jp' },
    });
    expect(r.evidence.map((e) => e.id)).toContain('host_suggested');
    expect(r.verdict.confidence).toBe('medium');
  });

  it('an SRV target inside the address’s own domain is trusted', () => {
    const r = diagnose(
      input(
        [...blocked25(), smtp('submit.example.jp', 587)],
        [candidate('submit.example.jp', 'srv')],
      ),
    );
    expect(r.recommended).toMatchObject({ host: 'submit.example.jp', verified: true });
    expect(r.recommended?.needsConfirmation).toBeUndefined();
  });

  it('a guess from a spoofed MX outside the domain is a suggestion (mx_other_domain)', () => {
    const r = diagnose(
      input(
        [...blocked25(), smtp('mx.attacker.test', 465)],
        [candidate('mx.attacker.test', 'guess', 465)],
      ),
    );
    expect(r.recommended?.needsConfirmation?.reason).toBe('mx_other_domain');
    expect(r.recommended?.verified).toBe(false);
  });

  it('an autoconfig server outside the domain is a suggestion (autoconfig_other_domain)', () => {
    const r = diagnose(
      input(
        [...blocked25(), smtp('smtp.elsewhere.test', 587)],
        [candidate('smtp.elsewhere.test', 'autoconfig')],
      ),
    );
    expect(r.recommended?.needsConfirmation?.reason).toBe('autoconfig_other_domain');
  });

  it('a trusted server that works wins over a suggestion listed before it', () => {
    const r = diagnose(
      input(
        [...blocked25(), smtp('mail.attacker.test', 587), smtp('smtp.example.jp', 587)],
        [candidate('mail.attacker.test', 'srv'), candidate('smtp.example.jp', 'guess')],
      ),
    );
    expect(r.recommended).toMatchObject({ host: 'smtp.example.jp', verified: true });
  });

  it('a self-signed server is tls_problem and never verified; "check again" does not say it works', () => {
    const selfSigned = cert({ verified: false, verifyError: 'self_signed', selfSigned: true });
    const r = diagnose(
      input(
        [...blocked25(), smtp('smtp.example.jp', 587, { tls: selfSigned })],
        [candidate('smtp.example.jp', 'user')],
        { userServer: 'smtp.example.jp', userPort: 587 },
      ),
    );
    expect(r.verdict.code).toBe('tls_problem');
    expect(r.recommended?.verified).toBe(false);
    const used = { host: 'smtp.example.jp', port: 587, security: null, auth: null, username: null };
    expect(settingsWork(r, used)).toBe(false);
  });

  it('"check again" needs the whole chain: a server without AUTH does not work', () => {
    const r = diagnose(
      input(
        [...blocked25(), smtp('smtp.example.jp', 587, { auth: [] })],
        [candidate('smtp.example.jp', 'user')],
        {
          userServer: 'smtp.example.jp',
          userPort: 587,
        },
      ),
    );
    const used = { host: 'smtp.example.jp', port: 587, security: null, auth: null, username: null };
    expect(r.recommended?.verified).toBe(false);
    expect(settingsWork(r, used)).toBe(false);
  });
});

describe('DNS answers are bounded', () => {
  const srvName = '_submission._tcp.example.jp';
  const srv = (records: { port: number; name: string }[]) => ({
    submissions: [],
    submission: records.map((r) => ({ priority: 0, weight: 0, ...r })),
  });
  const discovery = (records: { port: number; name: string }[], mxHosts: string[] = []) =>
    listCandidates({ email, provider: null, srv: srv(records), mxHosts }).filter(
      (c) => c.source === 'srv' || c.host.includes('attacker') || c.host.startsWith('10.'),
    );

  it('tries SRV targets on submission ports only, and never an address', () => {
    const found = discovery([
      { port: 25, name: 'smtp.example.jp' },
      { port: 8080, name: 'web.example.jp' },
      { port: 587, name: '127.0.0.1' },
      { port: 2525, name: 'alt.example.jp' },
    ]);
    expect(found.map((c) => `${c.host}:${c.port}`)).toEqual(['alt.example.jp:2525']);
    expect(discovery([], ['10.0.0.25']).map((c) => c.host)).toEqual([]);
  });

  it('says what it refused and why, in the evidence', () => {
    const r = diagnose(
      input(
        [
          ...blocked25(),
          dns('dns_srv', srvName, ['0 0 25 smtp.example.jp', '0 0 587 127.0.0.1']),
          dns('dns_host', 'smtp.example.jp', ['192.168.1.25']),
          dns('dns_host', 'www.google.com', ['10.0.0.1']),
        ],
        [candidate('smtp.example.jp', 'guess')],
      ),
    );
    const refused = r.evidence.filter((e) => e.id === 'dns_target_refused').map((e) => e.params);
    expect(refused).toEqual([
      { name: srvName, target: 'smtp.example.jp', port: 25, reason: 'port' },
      { name: srvName, target: '127.0.0.1', port: 587, reason: 'ip_literal' },
      { name: 'smtp.example.jp', target: '192.168.1.25', port: 0, reason: 'private_address' },
    ]);
  });

  it('lets the user’s own server be in a local network', () => {
    const r = diagnose(
      input(
        [dns('dns_host', 'mail.corp.example.jp', ['10.0.0.25'])],
        [candidate('mail.corp.example.jp', 'user')],
        {
          userServer: 'mail.corp.example.jp',
        },
      ),
    );
    expect(r.evidence.map((e) => e.id)).not.toContain('dns_target_refused');
  });
});

describe('the login test never sends a password to settings that are not verified', () => {
  const suggested = (): DiagnosisReport =>
    diagnose(
      input(
        [...blocked25(), smtp('mail.attacker.test', 587)],
        [candidate('mail.attacker.test', 'srv')],
      ),
    );
  const expired = (): DiagnosisReport =>
    diagnose(
      input(
        [
          ...blocked25(),
          smtp('smtp.example.jp', 587, { tls: cert({ verified: false, verifyError: 'expired' }) }),
        ],
        [candidate('smtp.example.jp', 'guess')],
      ),
    );

  it('withholds it from a suggestion, and says why', async () => {
    const r = await runLoginTest(suggested(), 'secret-canary');
    const login = r.probes.find((p) => p.role === 'login');
    expect(login).toMatchObject({ outcome: 'withheld', host: 'mail.attacker.test', ip: null });
    expect(r.evidence.find((e) => e.id === 'login_withheld')?.params).toEqual({
      host: 'mail.attacker.test',
      reason: 'needs_confirmation',
    });
    expect(JSON.stringify(r)).not.toContain('secret-canary');
  });

  it('withholds it from settings that are not verified (a certificate problem)', async () => {
    const before = expired();
    expect(before.verdict.code).toBe('tls_problem');
    const r = await runLoginTest(before, 'secret-canary');
    expect(r.probes.find((p) => p.role === 'login')?.outcome).toBe('withheld');
    expect(r.evidence.find((e) => e.id === 'login_withheld')?.params).toMatchObject({
      reason: 'not_verified',
    });
  });
});
