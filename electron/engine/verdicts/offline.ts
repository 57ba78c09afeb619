/** offline: this computer has no network: no route, and nothing connected or answered. */
import { action, evidence } from '../../../shared/evidence.js';
import type { VerdictDefinition } from './verdict.js';

/** offline: the kernel has no route (or every connect found none), and nothing connected or answered. */
export const offline: VerdictDefinition = {
  code: 'offline',
  blockedAt: 'pc',
  actions: [action('check_cable'), action('run_again')],
  nothingGetsOut: true,
  labScenarios: ['offline'],
  when: (f) => {
    if (!f.noRoute || f.anyConnected || f.dnsOk) return null;
    return {
      confidence: f.route.length > 0 ? 'high' : 'medium',
      evidence: [evidence('no_route', 'problem', {}, [...f.route, ...f.mail, ...f.web])],
      recommended: f.published,
    };
  },
};
