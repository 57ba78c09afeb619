/** Rules about this PC: security software that refuses or inspects mail connections. */
import { evidence, type Evidence } from '../../../shared/evidence.js';
import type { Facts } from '../facts.js';
import { baseDomain } from '../interception.js';
import type { Rule } from './rule.js';

function localRefusedEvidence(f: Facts): Evidence[] {
  const refused = f.local.localRefused;
  if (refused.length === 0) return [];
  const ports = [...new Set(refused.map((p) => p.port ?? 0))].sort((a, b) => a - b);
  const code = /\bEPERM\b/.test(refused[0]?.detail ?? '') ? 'EPERM' : 'EACCES';
  return [evidence('local_refused', 'problem', { ports, code }, refused)];
}

function inspectionEvidence(f: Facts): Evidence[] {
  const i = f.local.tlsInspected;
  if (!i) return [];
  // One name per domain: the point is that unrelated servers share one issuer.
  const byDomain = new Map<string, string>();
  for (const p of i.probes)
    if (!byDomain.has(baseDomain(p.host))) byDomain.set(baseDomain(p.host), p.host);
  const hosts = [...byDomain.values()];
  return [evidence('tls_inspected', 'problem', { issuer: i.issuer, hosts }, i.probes)];
}

/**
 * security_software: this PC refuses mail connects itself, or a security product's own root signs
 * the certificates of unrelated mail servers. Stopped at the PC, not at the ISP.
 */
export const securitySoftware: Rule = {
  code: 'security_software',
  when: (f) => {
    const ev = [...localRefusedEvidence(f), ...inspectionEvidence(f)];
    if (ev.length === 0) return null;
    return {
      confidence: 'high',
      evidence: ev,
      recommended: f.choice?.settings ?? f.published,
    };
  },
};
