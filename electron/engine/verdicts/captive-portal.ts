/** captive_portal: the network sends everything to a Wi-Fi sign-in page. */
import { domainOf } from '../../../shared/domain.js';
import { action, evidence } from '../../../shared/evidence.js';
import type { ProbeResult } from '../../../shared/probe.js';
import type { VerdictDefinition } from './verdict.js';

/** Names under three or more different domains that all resolve to one and the same single address. */
export function sameAddressNames(
  probes: readonly ProbeResult[],
): { address: string; names: string[]; probes: ProbeResult[] } | null {
  const byAddress = new Map<string, ProbeResult[]>();
  for (const p of probes) {
    if (p.kind !== 'dns' || p.role !== 'dns_host' || p.outcome !== 'found' || !p.dns) continue;
    const answers = p.dns.answers;
    if (answers.length !== 1 || !answers[0]) continue;
    byAddress.set(answers[0], [...(byAddress.get(answers[0]) ?? []), p]);
  }
  for (const [address, group] of byAddress) {
    const domains = new Set(group.map((p) => domainOf(p.host)));
    if (domains.size >= 3) return { address, names: group.map((p) => p.host), probes: group };
  }
  return null;
}

/** captive_portal: unrelated names all resolve to one address: a sign-in page answers for all. */
export const captivePortal: VerdictDefinition = {
  code: 'captive_portal',
  blockedAt: 'router',
  actions: [action('portal_sign_in'), action('portal_check_again')],
  nothingGetsOut: true,
  labScenarios: ['captive_portal'],
  when: (f) => {
    const portal = sameAddressNames(f.probes);
    if (!portal) return null;
    return {
      confidence: portal.names.length >= 4 ? 'high' : 'medium',
      evidence: [
        evidence(
          'portal_same_address',
          'problem',
          { names: portal.names.slice(0, 4), address: portal.address },
          portal.probes,
        ),
      ],
      recommended: f.published,
    };
  },
};
