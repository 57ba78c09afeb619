/** internet_unreachable: names resolve, but nothing outside answers. */
import { action, evidence } from '../../../shared/evidence.js';
import { connected } from '../../../shared/probe-outcomes.js';
import type { VerdictDefinition } from './verdict.js';

/** internet_unreachable: no web control and no mail server completed a handshake. */
export const internetUnreachable: VerdictDefinition = {
  code: 'internet_unreachable',
  blockedAt: 'router',
  actions: [action('open_browser_sign_in'), action('restart_router_outage')],
  nothingGetsOut: true,
  labScenarios: ['no_internet'],
  when: (f) => {
    const outside = [...f.web, ...f.mail];
    // A proxy that answered (even with 407, "log in first") is the internet's door, not an outage.
    if (outside.some(connected) || f.webConnected || f.proxyAnswered.length > 0) return null;
    return {
      confidence: outside.length >= 3 ? 'high' : 'medium',
      evidence: [evidence('nothing_answers', 'problem', {}, outside)],
      recommended: f.published,
    };
  },
};
