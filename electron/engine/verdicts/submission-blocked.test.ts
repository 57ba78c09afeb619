import { describe, expect, it } from 'vitest';
import { ALL_OPEN, diagnoseInput, network, probe } from '../../../test/support/probe-builders.js';
import { diagnose } from '../diagnose.js';

describe('submission_blocked', () => {
  it('holds when 25 and 587 are blocked and 465 answers: 465 with SSL/TLS', () => {
    const probes = network({
      ...ALL_OPEN,
      port25: 'refused',
      ref: ['refused', 'open'],
      sub587: 'refused',
    });
    const r = diagnose(diagnoseInput(probes));
    expect(r).toMatchObject({
      verdict: {
        code: 'submission_blocked',
        confidence: 'high',
        actions: [{ id: 'change_outgoing_tls' }, { id: 'turn_on_auth' }],
      },
      blockedAt: 'isp',
      recommended: { port: 465, security: 'tls' },
    });
    expect(r.evidence[0]).toMatchObject({ id: 'port587_blocked', params: { how: 'refused' } });
  });

  it('ignores skipped probes when judging ports', () => {
    const probes = [
      ...network({ web: 'open', port25: 'filtered', ref: ['filtered', 'open'], sub465: 'open' }),
      probe('submission', 'mail.example.jp', 587, 'skipped', { source: 'guess' }),
    ];
    expect(diagnose(diagnoseInput(probes)).verdict.code).toBe('submission_blocked');
  });

  it('does not hold when the mail program already uses 465', () => {
    const probes = network({
      web: 'open',
      port25: 'refused',
      ref: ['refused', 'open'],
      sub465: 'open',
    });
    const r = diagnose(diagnoseInput(probes, { userServer: 'smtp.example.jp', userPort: 465 }));
    expect(r.verdict.code).toBe('ok');
  });
});
