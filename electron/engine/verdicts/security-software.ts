/** security_software: something on this PC refuses or inspects mail connections. */
import { domainOf } from '../../../shared/domain.js';
import { action, evidence, type Evidence } from '../../../shared/evidence.js';
import type { ProbeResult } from '../../../shared/probe.js';
import type { VerdictDefinition } from './verdict.js';

const MAIL_ROLES = new Set(['submission', 'own_mx', 'reference_mx', 'reference_submission']);

/** Mail connects that this computer itself refused (EACCES / EPERM), as evidence. */
function localRefusedEvidence(probes: readonly ProbeResult[]): Evidence[] {
  const refused = probes.filter((p) => MAIL_ROLES.has(p.role) && p.outcome === 'local_refused');
  if (refused.length === 0) return [];
  const ports = [...new Set(refused.map((p) => p.port ?? 0))].sort((a, b) => a - b);
  const code = /\bEPERM\b/.test(refused[0]?.detail ?? '') ? 'EPERM' : 'EACCES';
  return [evidence('local_refused', 'problem', { ports, code }, refused)];
}

/** Certificates of servers under two or more domains, from one issuer this computer does not trust. */
function inspected(
  probes: readonly ProbeResult[],
): { issuer: string; probes: ProbeResult[] } | null {
  const byIssuer = new Map<string, ProbeResult[]>();
  for (const p of probes) {
    const tls = p.kind === 'smtp' || p.kind === 'tcp' ? p.smtp?.tls : undefined;
    // Only an issuer this computer does not know: an expired or misnamed certificate is the server's own.
    if (!tls || tls.verified || !tls.issuer) continue;
    if (tls.verifyError !== 'untrusted' && tls.verifyError !== 'self_signed') continue;
    byIssuer.set(tls.issuer, [...(byIssuer.get(tls.issuer) ?? []), p]);
  }
  for (const [issuer, group] of byIssuer) {
    if (new Set(group.map((p) => domainOf(p.host))).size >= 2) return { issuer, probes: group };
  }
  return null;
}

/** TLS inspection as evidence: one name per domain, since the point is that unrelated servers share one issuer. */
function inspectionEvidence(probes: readonly ProbeResult[]): Evidence[] {
  const i = inspected(probes);
  if (!i) return [];
  const byDomain = new Map<string, string>();
  for (const p of i.probes)
    if (!byDomain.has(domainOf(p.host))) byDomain.set(domainOf(p.host), p.host);
  const hosts = [...byDomain.values()];
  return [evidence('tls_inspected', 'problem', { issuer: i.issuer, hosts }, i.probes)];
}

/**
 * security_software: this PC refuses mail connects itself, or a security product's own root signs
 * the certificates of unrelated mail servers. Stopped at the PC, not at the ISP.
 */
export const securitySoftware: VerdictDefinition = {
  code: 'security_software',
  blockedAt: 'pc',
  actions: [
    action('security_mail_shield'),
    action('security_ssl_scan'),
    action('security_program_exception'),
  ],
  labScenarios: ['tls_inspection', 'eacces'],
  when: (f) => {
    const ev = [...localRefusedEvidence(f.probes), ...inspectionEvidence(f.probes)];
    if (ev.length === 0) return null;
    return {
      confidence: 'high',
      evidence: ev,
      recommended: f.choice?.settings ?? f.published,
    };
  },
};
