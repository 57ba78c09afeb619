/** captive_portal: the network sends everything to a Wi-Fi sign-in page. */
import { domainOf } from '../../../shared/domain.js';
import { action, evidence } from '../../../shared/evidence.js';
import type { Evidence } from '../../../shared/diagnosis.js';
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

/**
 * A sign-in page that leaves DNS alone: the web controls were answered, but not by the sites asked
 * (a certificate for another name, a redirect or another page where a known answer belongs), and
 * no control proved the real internet (docs/diagnosis.md, "Rules that real networks taught"). A
 * certificate for the right name from an untrusted root is TLS inspection, not a sign-in page.
 */
export function webSignInPage(probes: readonly ProbeResult[]): Evidence[] {
  const web = probes.filter((p) => p.role === 'web_control' && p.web !== undefined);
  const proven = web.some((p) => p.web?.tls?.verified === true || p.web?.knownAnswer === true);
  if (proven) return [];
  const out: Evidence[] = [];
  const wrongCert = web.find((p) => p.web?.tls?.verifyError === 'wrong_host');
  const tls = wrongCert?.web?.tls;
  if (wrongCert && tls) {
    const names = tls.altNames.length > 0 ? tls.altNames.slice(0, 4) : [tls.subject];
    const params = { host: wrongCert.host, issuer: tls.issuer, names, address: wrongCert.ip ?? '' };
    out.push(evidence('portal_certificate', 'problem', params, [wrongCert]));
  }
  const wrongAnswer = web.find((p) => p.web?.knownAnswer === false);
  const location = wrongAnswer?.web?.location;
  if (wrongAnswer) {
    const where = { host: wrongAnswer.host, address: wrongAnswer.ip ?? '' };
    out.push(
      location
        ? evidence('portal_redirect', 'problem', { ...where, location }, [wrongAnswer])
        : evidence('portal_wrong_answer', 'problem', where, [wrongAnswer]),
    );
  }
  return out;
}

/**
 * captive_portal: unrelated names all resolve to one address, or the web controls were answered by
 * something else than the sites asked: a sign-in page answers for all.
 */
export const captivePortal: VerdictDefinition = {
  code: 'captive_portal',
  blockedAt: 'router',
  actions: [action('portal_sign_in'), action('portal_check_again')],
  nothingGetsOut: true,
  labScenarios: ['captive_portal', 'portal_by_https'],
  when: (f) => {
    const portal = sameAddressNames(f.probes);
    if (!portal) {
      const seen = webSignInPage(f.probes);
      if (seen.length === 0) return null;
      // Both ways of asking (HTTPS and plain HTTP) answered wrong: no doubt left.
      const confidence = seen.length >= 2 ? 'high' : 'medium';
      return { confidence, evidence: seen, recommended: f.published };
    }
    return {
      confidence: portal.names.length >= 4 ? 'high' : 'medium',
      evidence: [
        evidence(
          'portal_same_address',
          'problem',
          { names: portal.names.slice(0, 4), address: portal.address },
          portal.probes,
        ),
        ...webSignInPage(f.probes),
      ],
      recommended: f.published,
    };
  },
};
