/** Which address families to resolve and probe (docs/diagnosis.md, "Deadlines": each address family on its own). */
import type { PlanProbes } from './probe-set.js';

/**
 * IPv4, and IPv6 too when this computer has a global IPv6 address and a route for it. Without an
 * IPv4 route, AAAA is what is left: only IPv6 on an IPv6-only line (NAT64 reaches IPv4 servers),
 * where IPv4 connects would only add "no route" noise; both when IPv6 has nothing either, so that
 * a missing route still shows as a finding.
 */
export async function chooseFamilies(probes: PlanProbes): Promise<(4 | 6)[]> {
  const [v4, v6Route] = await Promise.all([probes.hasRoute(4), probes.hasRoute(6)]);
  const v6 = v6Route && probes.hasGlobalIpv6();
  if (v4) return v6 ? [4, 6] : [4];
  return v6 ? [6] : [4, 6];
}
