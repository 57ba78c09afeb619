import { describe, expect, it } from 'vitest';
import type { ProbeResult } from '../../../shared/probe.js';
import {
  KNOWN_PROVIDER,
  cert,
  diagnoseInput,
  network,
  probe,
} from '../../../test/support/probe-builders.js';
import { diagnose } from '../diagnose.js';

describe('smtp_blocked', () => {
  it('holds when the web works and 25, 465 and 587 are stopped to every server', () => {
    const probes = network({
      web: 'open',
      port25: 'filtered',
      ref: ['filtered', 'filtered'],
      sub587: 'filtered',
      sub465: 'filtered',
    });
    const r = diagnose(diagnoseInput(probes));
    expect(r).toMatchObject({
      verdict: {
        code: 'smtp_blocked',
        confidence: 'high',
        actions: [{ id: 'use_webmail' }, { id: 'other_network' }, { id: 'ask_admin' }],
      },
      blockedAt: 'router',
      recommended: null,
    });
    expect(r.evidence[0]).toMatchObject({ id: 'mail_ports_blocked', params: { how: 'filtered' } });
    // Nothing gets out: the port-25 finding would blame the provider.
    expect(r.evidence.map((e) => e.id)).not.toContain('port25_blocked');
  });

  it('says "mixed" when ports are stopped in different ways (different firewall rules)', () => {
    const probes = network({
      web: 'open',
      port25: 'refused',
      ref: ['filtered', 'filtered'],
      sub587: 'filtered',
    });
    const r = diagnose(diagnoseInput(probes, KNOWN_PROVIDER));
    expect(r.verdict.code).toBe('smtp_blocked');
    expect(r.evidence[0]).toMatchObject({ id: 'mail_ports_blocked', params: { how: 'mixed' } });
    expect(r.recommended).toMatchObject({ host: 'smtp.example.jp', publishedOnly: true });
  });

  it('holds behind a mail shield: it takes 25 on this PC, and nothing behind it talks', () => {
    const probes = network({
      web: 'open',
      port25: 'filtered',
      ref: ['filtered', 'filtered'],
      sub587: 'filtered',
      sub465: 'filtered',
    }).map((p) =>
      p.port === 25
        ? { ...p, outcome: 'error' as const, ms: 1, detail: 'connected, then no greeting' }
        : p,
    );
    const r = diagnose(diagnoseInput(probes));
    expect(r.verdict.code).toBe('smtp_blocked');
    expect(r.evidence[0]).toMatchObject({ id: 'mail_ports_blocked', params: { how: 'filtered' } });
  });
});

/** A TLS control through the proxy at proxy.corp.example:3128 that got this HTTP status from it. */
function viaProxy(status: number): ProbeResult {
  const tunnel = status === 200;
  return probe('web_proxy', 'proxy.corp.example', 3128, tunnel ? 'open' : 'error', {
    kind: 'tcp',
    web: { tls: tunnel ? cert() : null, status, location: null, knownAnswer: null, date: null },
  });
}

/** A company network: no direct web, every mail port silent. */
const companyNetwork = (): ProbeResult[] =>
  network({
    web: 'filtered',
    port25: 'filtered',
    ref: ['filtered', 'filtered'],
    sub587: 'filtered',
    sub465: 'filtered',
  });

describe('smtp_blocked behind a web proxy', () => {
  it('holds when the web answers only through the proxy, naming it, and says to ask the administrator for the mail server', () => {
    const r = diagnose(diagnoseInput([...companyNetwork(), viaProxy(200)]));
    expect(r.verdict).toMatchObject({
      code: 'smtp_blocked',
      actions: [{ id: 'ask_admin_mail_server' }, { id: 'use_webmail' }],
    });
    expect(r.evidence.slice(0, 2)).toMatchObject([
      { id: 'mail_ports_blocked' },
      { id: 'web_proxy_only', params: { proxy: 'proxy.corp.example:3128' } },
    ]);
  });

  it('a proxy that answers 407 needs a login: still smtp_blocked, never internet_unreachable', () => {
    const r = diagnose(diagnoseInput([...companyNetwork(), viaProxy(407)]));
    expect(r.verdict.code).toBe('smtp_blocked');
    expect(r.evidence.map((e) => e.id)).toEqual(
      expect.arrayContaining(['web_proxy_only', 'proxy_login']),
    );
    expect(r.evidence.find((e) => e.id === 'proxy_login')?.params).toEqual({
      proxy: 'proxy.corp.example:3128',
    });
  });

  it('a proxy that took the connect but never answered proves nothing: internet_unreachable stays', () => {
    const silent = probe('web_proxy', 'proxy.corp.example', 3128, 'error', {
      kind: 'tcp',
      web: { tls: null, status: null, location: null, knownAnswer: null, date: null },
    });
    expect(diagnose(diagnoseInput([...companyNetwork(), silent])).verdict.code).toBe(
      'internet_unreachable',
    );
    expect(diagnose(diagnoseInput(companyNetwork())).verdict.code).toBe('internet_unreachable');
  });

  it('when the web also answers directly, the proxy is not the only way: the usual smtp_blocked', () => {
    const direct = network({
      web: 'open',
      port25: 'filtered',
      ref: ['filtered', 'filtered'],
      sub587: 'filtered',
      sub465: 'filtered',
    });
    const r = diagnose(diagnoseInput([...direct, viaProxy(200)]));
    expect(r.verdict.actions.map((a) => a.id)).toEqual([
      'use_webmail',
      'other_network',
      'ask_admin',
    ]);
    expect(r.evidence.map((e) => e.id)).not.toContain('web_proxy_only');
  });
});
