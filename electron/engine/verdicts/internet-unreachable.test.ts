import { describe, expect, it } from 'vitest';
import { diagnoseInput, network } from '../../../test/support/probe-builders.js';
import { diagnose } from '../diagnose.js';

describe('internet_unreachable', () => {
  it('holds when names resolve but no web control and no mail server answers', () => {
    const probes = network({
      web: 'filtered',
      port25: 'filtered',
      ref: ['filtered', 'filtered'],
      sub587: 'filtered',
    });
    const r = diagnose(diagnoseInput(probes));
    expect(r).toMatchObject({
      verdict: {
        code: 'internet_unreachable',
        confidence: 'high',
        actions: [{ id: 'open_browser_sign_in' }, { id: 'restart_router_outage' }],
      },
      blockedAt: 'router',
      recommended: null,
    });
    expect(r.evidence.map((e) => e.id)).toEqual(['nothing_answers', 'dns_ok']);
  });
});
