/** server_unreachable: the provider's server answers on no mail port while other servers do. */
import { action, evidence, type Evidence } from '../../../shared/evidence.js';
import { byRole, connected, hostsOf } from '../../../shared/probe-outcomes.js';
import type { Facts } from '../facts.js';
import type { VerdictDefinition } from './verdict.js';

/** Which names did not resolve (those the user or a published source gave), and which servers stayed silent. */
function unreachableEvidence(f: Facts): Evidence[] {
  const out: Evidence[] = [];
  const unresolved = byRole(f.probes, 'dns_host').filter(
    (p) =>
      f.input.candidates.some((c) => c.host === p.host && c.source !== 'guess') &&
      (p.outcome === 'nxdomain' || p.outcome === 'nodata'),
  );
  if (unresolved.length > 0)
    out.push(
      evidence('server_name_not_found', 'problem', { hosts: hostsOf(unresolved) }, unresolved),
    );
  const submission = byRole(f.probes, 'submission');
  out.push(evidence('submission_silent', 'problem', { hosts: hostsOf(submission) }, submission));
  return out;
}

/**
 * server_unreachable: no candidate answers as a submission server while other servers do. When
 * port 25 is blocked or intercepted and only guessed hosts were tried, port25_blocked or
 * port25_intercepted decides instead. It is also
 * the verdict when no rule holds at all (nothing answered usefully), then with low confidence.
 */
export const serverUnreachable: VerdictDefinition = {
  code: 'server_unreachable',
  blockedAt: 'server',
  actions: [action('compare_server_name'), action('check_status_later')],
  labScenarios: ['server_down', 'server_refusing', 'dns_out_of_bounds'],
  when: (f) => {
    if (f.choice !== null || f.insideIsp) return null;
    if ((f.port25Blocked || f.interception.intercepted) && !f.hasKnownCandidate) return null;
    const others = byRole(f.probes, 'reference_submission', 'reference_mx').filter(connected);
    const submission = byRole(f.probes, 'submission');
    const ev = unreachableEvidence(f);
    if (others.length > 0) ev.push(evidence('other_mail_ok', 'ok', {}, others));
    return {
      confidence: others.length > 0 && submission.length > 0 ? 'high' : 'medium',
      evidence: ev,
      recommended: f.published,
    };
  },
};
