/** dns_unavailable: every name look-up fails. */
import { action, evidence } from '../../../shared/evidence.js';
import type { VerdictDefinition } from './verdict.js';

/** dns_unavailable: no look-up got any answer at all, positive or negative. */
export const dnsUnavailable: VerdictDefinition = {
  code: 'dns_unavailable',
  blockedAt: 'router',
  actions: [action('restart_router'), action('dns_automatic')],
  nothingGetsOut: true,
  labScenarios: ['dns_down'],
  when: (f) => {
    if (f.dns.length === 0 || f.dnsOk) return null;
    const outcomes = [...new Set(f.dns.map((p) => p.outcome))];
    return {
      confidence: f.dns.length >= 2 ? 'high' : 'medium',
      evidence: [evidence('dns_failed', 'problem', { outcomes }, f.dns)],
      recommended: f.published,
    };
  },
};
