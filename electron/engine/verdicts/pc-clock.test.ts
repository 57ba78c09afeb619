import { describe, expect, it } from 'vitest';
import type { CertSummary, ProbeResult } from '../../../shared/probe.js';
import {
  cert,
  diagnoseInput,
  dnsOk,
  probe,
  refs25,
  web,
  withSmtp,
} from '../../../test/support/probe-builders.js';
import { diagnose } from '../diagnose.js';

/** Healthy certificates two years after this PC's clock: valid from 2028-12-01 to 2029-03-01. */
const FROM = '2028-12-01T00:00:00.000Z';
const TO = '2029-03-01T00:00:00.000Z';

/** A certificate for `host` that fails only in time (or not at all). */
function timed(
  host: string,
  verifyError: 'not_yet_valid' | 'expired' | null,
  over: Partial<CertSummary> = {},
): CertSummary {
  return cert({
    subject: host,
    altNames: [host],
    validFrom: FROM,
    validTo: TO,
    verified: verifyError === null,
    verifyError,
    ...over,
  });
}

/** An SMTP server on a port that answered, with this certificate. */
function server(
  role: ProbeResult['role'],
  host: string,
  port: number,
  tls: CertSummary,
): ProbeResult {
  return withSmtp(
    probe(role, host, port, 'open', role === 'submission' ? { source: 'guess' } : {}),
    {
      tls,
    },
  );
}

/** taro@example.jp's server and the reference submission host, each with its certificate's error. */
function seen(
  own: 'not_yet_valid' | 'expired' | null,
  ref: 'not_yet_valid' | 'expired' | null,
  extra: ProbeResult[] = [],
): ProbeResult[] {
  return [
    ...dnsOk(),
    ...web(),
    ...refs25('filtered').slice(0, 2),
    server('reference_submission', 'smtp.gmail.com', 587, timed('smtp.gmail.com', ref)),
    server('submission', 'smtp.example.jp', 587, timed('smtp.example.jp', own)),
    ...extra,
  ];
}

/** The web controls' Date headers: the web's time `server`, this PC's time `local`. */
function dated(server: string, local: string, at = 0): ProbeResult {
  const [control] = web().slice(at, at + 1);
  if (!control) throw new Error('no web control');
  return { ...control, httpDate: { server, local } };
}

const PC_NOW = '2026-12-07T03:00:00.000Z';
const WEB_NOW = '2028-12-07T03:00:00.000Z';

describe('pc_clock', () => {
  it('holds when the certificates of unrelated servers all read "not yet valid"; the settings stay, not verified', () => {
    const r = diagnose(diagnoseInput(seen('not_yet_valid', 'not_yet_valid')));
    expect(r).toMatchObject({
      verdict: {
        code: 'pc_clock',
        confidence: 'medium',
        actions: [{ id: 'clock_windows' }, { id: 'clock_mac' }, { id: 'clock_check_again' }],
      },
      blockedAt: 'pc',
      recommended: { host: 'smtp.example.jp', port: 587, verified: false },
    });
    expect(r.evidence[0]).toMatchObject({
      id: 'clock_wrong',
      severity: 'problem',
      params: {
        direction: 'behind',
        hosts: ['smtp.gmail.com', 'smtp.example.jp'],
        validFrom: FROM,
        validTo: TO,
      },
    });
    expect(r.evidence[1]).toMatchObject({
      id: 'clock_unverified',
      params: { host: 'smtp.example.jp', port: 587 },
    });
    // Findings are never lost: the port-25 finding stays.
    expect(r.evidence.map((e) => e.id)).toContain('port25_blocked');
  });

  it('holds the other way when they all read "expired": the clock is ahead', () => {
    const r = diagnose(diagnoseInput(seen('expired', 'expired')));
    expect(r.verdict.code).toBe('pc_clock');
    expect(r.evidence[0]).toMatchObject({ id: 'clock_wrong', params: { direction: 'ahead' } });
  });

  it('gives tls_problem when another server’s certificate verifies: that server is wrong, not the clock', () => {
    const r = diagnose(diagnoseInput(seen('not_yet_valid', null)));
    expect(r.verdict.code).toBe('tls_problem');
    expect(r.evidence[0]).toMatchObject({
      id: 'certificate_invalid',
      params: { problem: 'not_yet_valid' },
    });
  });

  it('gives tls_problem when the certificates fail in different directions', () => {
    expect(diagnose(diagnoseInput(seen('not_yet_valid', 'expired'))).verdict.code).toBe(
      'tls_problem',
    );
  });

  it('gives tls_problem when only servers of one domain were seen: one provider renewing wrongly', () => {
    const probes = seen('not_yet_valid', 'not_yet_valid').filter(
      (p) => p.role !== 'reference_submission',
    );
    const own465 = server(
      'submission',
      'smtp.example.jp',
      465,
      timed('smtp.example.jp', 'not_yet_valid'),
    );
    expect(diagnose(diagnoseInput([...probes, own465])).verdict.code).toBe('tls_problem');
  });

  it('gives tls_problem when a failing certificate is for another name: it is not otherwise valid', () => {
    const probes = seen('not_yet_valid', 'not_yet_valid').map((p) =>
      p.role === 'submission'
        ? withSmtp(p, { tls: timed('other.example.net', 'not_yet_valid') })
        : p,
    );
    expect(diagnose(diagnoseInput(probes)).verdict.code).toBe('tls_problem');
  });

  it('gives tls_problem when no moment exists at which all the certificates are valid', () => {
    const probes = seen('not_yet_valid', 'not_yet_valid').map((p) =>
      p.role === 'submission'
        ? withSmtp(p, {
            tls: timed('smtp.example.jp', 'not_yet_valid', {
              validFrom: '2029-06-01T00:00:00.000Z',
              validTo: '2029-09-01T00:00:00.000Z',
            }),
          })
        : p,
    );
    expect(diagnose(diagnoseInput(probes)).verdict.code).toBe('tls_problem');
  });

  it('holds, sure, on one server’s certificate when the web’s own clocks agree on another day', () => {
    const own = seen('not_yet_valid', null).filter((p) => p.role !== 'web_control');
    const clocks = [dated(WEB_NOW, PC_NOW, 0), dated('2028-12-07T03:01:00.000Z', PC_NOW, 1)];
    const r = diagnose(diagnoseInput([...own, ...clocks]));
    expect(r.verdict).toMatchObject({ code: 'pc_clock', confidence: 'high' });
    expect(r.evidence[0]).toMatchObject({
      id: 'clock_wrong',
      params: { direction: 'behind', hosts: ['smtp.example.jp'] },
    });
    expect(r.evidence[1]).toMatchObject({
      id: 'clock_web_time',
      params: { pcTime: PC_NOW, webTime: '2028-12-07T03:01:00.000Z' },
      probes: clocks.map((c) => c.id),
    });
  });

  it('gives tls_problem when the web’s clocks agree with this PC’s: the servers are wrong', () => {
    const probes = seen('not_yet_valid', 'not_yet_valid').filter((p) => p.role !== 'web_control');
    const clocks = [dated(PC_NOW, PC_NOW, 0), dated(PC_NOW, PC_NOW, 1)];
    expect(diagnose(diagnoseInput([...probes, ...clocks])).verdict.code).toBe('tls_problem');
  });

  it('ignores web clocks that disagree with each other (a sign-in page’s own): the certificates decide', () => {
    const probes = seen('not_yet_valid', 'not_yet_valid').filter((p) => p.role !== 'web_control');
    const clocks = [dated(PC_NOW, PC_NOW, 0), dated(WEB_NOW, PC_NOW, 1)];
    const r = diagnose(diagnoseInput([...probes, ...clocks]));
    expect(r.verdict).toMatchObject({ code: 'pc_clock', confidence: 'medium' });
    expect(r.evidence.map((e) => e.id)).not.toContain('clock_web_time');
  });

  it('comes after internet_unreachable and captive_portal: a sign-in page answers with its own certificates', () => {
    const portalAt = '192.0.2.200';
    const names = ['smtp.example.jp', 'www.google.com', 'smtp.gmail.com'].map((h) =>
      probe('dns_host', h, null, 'found', {
        dns: { rrtype: 'A', answers: [portalAt], servers: [] },
      }),
    );
    const r = diagnose(diagnoseInput([...seen('not_yet_valid', 'not_yet_valid'), ...names]));
    expect(r.verdict.code).toBe('captive_portal');
  });

  it('comes before domain_not_found: with a wrong clock, nothing else can be judged', () => {
    const probes = seen('not_yet_valid', 'not_yet_valid').map((p) =>
      p.role === 'dns_mx' ? { ...p, outcome: 'nxdomain' as const } : p,
    );
    expect(diagnose(diagnoseInput(probes)).verdict.code).toBe('pc_clock');
  });

  it('holds on the web controls’ own certificates when every mail port is shut (no server’s certificate seen)', () => {
    const controls = web().map((p) => ({
      ...p,
      web: {
        tls: timed(p.host, 'not_yet_valid'),
        status: null,
        location: null,
        knownAnswer: null,
        date: null,
      },
    }));
    const shut = [
      ...refs25('filtered'),
      probe('reference_submission', 'smtp.gmail.com', 587, 'filtered'),
      probe('reference_submission', 'smtp.gmail.com', 465, 'filtered'),
      probe('submission', 'smtp.example.jp', 587, 'filtered', { source: 'guess' }),
      probe('submission', 'smtp.example.jp', 465, 'filtered', { source: 'guess' }),
    ];
    const clocks = [dated(WEB_NOW, PC_NOW, 0), dated(WEB_NOW, PC_NOW, 1)].map((p) => ({
      ...p,
      role: 'web_control' as const,
      host: `check-${p.host}`,
      port: 80,
    }));
    const r = diagnose(diagnoseInput([...dnsOk(), ...controls, ...shut, ...clocks]));
    expect(r.verdict).toMatchObject({ code: 'pc_clock', confidence: 'high' });
  });

  it('holds on the certificates seen through the company proxy, held to the names asked for', () => {
    const viaProxy = ['www.google.com', 'www.apple.com'].map((target) => ({
      ...probe('web_proxy', 'proxy.corp.example', 3128, 'open'),
      target,
      web: {
        tls: timed(target, 'not_yet_valid'),
        status: 200,
        location: null,
        knownAnswer: null,
        date: null,
      },
    }));
    const shut = [
      ...web('filtered'),
      ...refs25('filtered'),
      probe('reference_submission', 'smtp.gmail.com', 587, 'filtered'),
      probe('submission', 'smtp.example.jp', 587, 'filtered', { source: 'guess' }),
    ];
    const r = diagnose(diagnoseInput([...dnsOk(), ...viaProxy, ...shut]));
    expect(r.verdict).toMatchObject({ code: 'pc_clock', confidence: 'medium' });
    // Held to the proxy's own name instead, neither certificate would name what was asked.
    const unnamed = viaProxy.map(({ target: _t, ...p }) => p);
    expect(diagnose(diagnoseInput([...dnsOk(), ...unnamed, ...shut])).verdict.code).toBe(
      'smtp_blocked',
    );
  });
});
