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
    // A PAC file not run may send the web through a proxy nothing here asked: no outage is proven.
    if (f.proxyPac.length > 0) return null;
    // Automatic detection is on by default on Windows, so it cannot veto, only lower the confidence.
    const detect = f.proxyAutoDetect.length > 0;
    return {
      confidence: outside.length >= 3 && !detect ? 'high' : 'medium',
      evidence: [evidence('nothing_answers', 'problem', {}, outside)],
      recommended: f.published,
    };
  },
};
