/** smtp_blocked: 25, 465 and 587 are all blocked while the web works (hotel, public Wi-Fi, company firewall). */
import { action, evidence } from '../../../shared/evidence.js';
import { connected, howBlocked, onPorts } from '../../../shared/probe-outcomes.js';
import type { VerdictDefinition } from './verdict.js';

/** smtp_blocked: the web works, and every mail port to every server was stopped. */
export const smtpBlocked: VerdictDefinition = {
  code: 'smtp_blocked',
  blockedAt: 'router',
  actions: [action('use_webmail'), action('other_network'), action('ask_admin')],
  nothingGetsOut: true,
  labScenarios: ['smtp_blocked'],
  when: (f) => {
    const has25 = onPorts(f.mail, 25).length > 0;
    const hasSub = onPorts(f.mail, 587, 465).length > 0;
    if (!f.webConnected || !has25 || !hasSub || f.mail.some(connected)) return null;
    const both = onPorts(f.mail, 465).length > 0 && onPorts(f.mail, 587).length > 0;
    // Different ports go through different firewall rules: only one way shared by all counts.
    const how = howBlocked(
      f.mail.map((p) => p.outcome),
      true,
    );
    return {
      confidence: both ? 'high' : 'medium',
      evidence: [evidence('mail_ports_blocked', 'problem', { how }, f.mail)],
      recommended: f.published,
    };
  },
};
