/** domain_not_found: the address's domain does not exist or takes no mail. */
import { action, evidence } from '../../../shared/evidence.js';
import type { ProbeResult } from '../../../shared/probe.js';
import { byRole } from '../../../shared/probe-outcomes.js';
import type { VerdictDefinition } from './verdict.js';

/** Why the domain takes no mail, from its MX look-up (and the A fallback of RFC 5321); null when it does. */
export function domainMissing(
  probes: readonly ProbeResult[],
  domain: string,
): { mx: ProbeResult; reason: 'nxdomain' | 'nodata' | 'null_mx' } | null {
  const mx = byRole(probes, 'dns_mx').find((p) => p.host === domain);
  if (!mx) return null;
  if (mx.outcome === 'nxdomain') return { mx, reason: 'nxdomain' };
  if (mx.outcome !== 'nodata') return null;
  if (/null mx/i.test(mx.detail)) return { mx, reason: 'null_mx' };
  const fallback = byRole(probes, 'dns_host').find((p) => p.host === domain);
  const noAddress = !fallback || fallback.outcome === 'nxdomain' || fallback.outcome === 'nodata';
  return noAddress ? { mx, reason: 'nodata' } : null;
}

/** domain_not_found: no such domain, no MX and no address, or a null MX that refuses mail. */
export const domainNotFound: VerdictDefinition = {
  code: 'domain_not_found',
  blockedAt: null,
  actions: [action('check_spelling')],
  labScenarios: ['domain_missing'],
  when: (f) => {
    const missing = domainMissing(f.probes, f.input.email.domainAscii);
    if (!missing) return null;
    const domain = f.input.email.domain;
    return {
      confidence: missing.reason === 'nxdomain' ? 'high' : 'medium',
      evidence: [
        evidence('domain_missing', 'problem', { domain, reason: missing.reason }, [missing.mx]),
      ],
      recommended: null,
    };
  },
};
