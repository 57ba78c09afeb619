import { describe, expect, it } from 'vitest';
import { KNOWN_PROVIDER, diagnoseInput, network } from '../../../test/support/probe-builders.js';
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
});
