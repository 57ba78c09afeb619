/** Which address families to resolve and probe (diagnosis.md, "IPv6"). */
import type { PlanProbes } from './probe-set.js';

/**
 * IPv4 always (a missing route is itself a finding); IPv6 too when this computer has a global
 * IPv6 address, or when IPv4 has no route at all (an IPv6-only line, reaching IPv4 through NAT64).
 */
export async function chooseFamilies(probes: PlanProbes): Promise<(4 | 6)[]> {
  if (probes.hasGlobalIpv6()) return [4, 6];
  return (await probes.hasIpv4Route()) ? [4] : [4, 6];
}
