/** submission_blocked: 25 and 587 are blocked, 465 answers. */
import { action, evidence } from '../../../shared/evidence.js';
import { allAre, blocked, byRole, howBlocked, onPorts } from '../../../shared/probe-outcomes.js';
import type { VerdictDefinition } from './verdict.js';

/** submission_blocked: port 25 and every 587 connect are blocked, and the server to use answers on 465. */
export const submissionBlocked: VerdictDefinition = {
  code: 'submission_blocked',
  blockedAt: 'isp',
  actions: [action('change_outgoing_tls'), action('turn_on_auth')],
  labScenarios: ['submission_blocked'],
  when: (f) => {
    const all587 = onPorts(byRole(f.probes, 'submission', 'reference_submission'), 587);
    if (!f.choice || !f.port25Blocked || !allAre(all587, blocked)) return null;
    if (f.choice.settings.port !== 465 || f.usesOwnPort) return null;
    const how = howBlocked(all587.map((p) => p.outcome));
    const refSub = all587.some((p) => p.role === 'reference_submission');
    return {
      confidence: refSub ? 'high' : 'medium',
      evidence: [evidence('port587_blocked', 'problem', { how }, all587)],
      recommended: f.choice.settings,
    };
  },
};
