/**
 * Facts about what sits between the user and the internet on this side: security software on this
 * PC (connects refused by the OS, TLS inspection with its own root) and Wi‑Fi sign-in pages.
 */
import type { ProbeResult } from '../../shared/probe.js';
import { baseDomain } from './interception.js';

/** Security software on this PC and sign-in pages, as far as the probes show them. */
export interface LocalFacts {
  /** Mail connects that this computer itself refused (EACCES / EPERM). */
  localRefused: ProbeResult[];
  /** Certificates of unrelated servers from one issuer that this computer does not trust. */
  tlsInspected: { issuer: string; probes: ProbeResult[] } | null;
  /** Unrelated names that all resolve to one address: a sign-in page answers for everything. */
  portal: { address: string; names: string[]; probes: ProbeResult[] } | null;
}

const MAIL_ROLES = new Set(['submission', 'own_mx', 'reference_mx', 'reference_submission']);

function tlsInspection(probes: ProbeResult[]): LocalFacts['tlsInspected'] {
  const byIssuer = new Map<string, ProbeResult[]>();
  for (const p of probes) {
    const tls = p.smtp?.tls;
    // Only an issuer this computer does not know: an expired or misnamed certificate is the server's own.
    if (!tls || tls.verified || !tls.issuer) continue;
    if (tls.verifyError !== 'untrusted' && tls.verifyError !== 'self_signed') continue;
    byIssuer.set(tls.issuer, [...(byIssuer.get(tls.issuer) ?? []), p]);
  }
  for (const [issuer, group] of byIssuer) {
    if (new Set(group.map((p) => baseDomain(p.host))).size >= 2) return { issuer, probes: group };
  }
  return null;
}

/** Three or more names under different domains that resolve to one and the same single address. */
function portal(probes: ProbeResult[]): LocalFacts['portal'] {
  const found = probes.filter(
    (p) => p.kind === 'dns' && p.role === 'dns_host' && p.outcome === 'found' && p.dns,
  );
  const byAddress = new Map<string, ProbeResult[]>();
  for (const p of found) {
    const answers = p.dns?.answers ?? [];
    if (answers.length !== 1 || !answers[0]) continue;
    byAddress.set(answers[0], [...(byAddress.get(answers[0]) ?? []), p]);
  }
  for (const [address, group] of byAddress) {
    const domains = new Set(group.map((p) => baseDomain(p.host)));
    if (domains.size >= 3) return { address, names: group.map((p) => p.host), probes: group };
  }
  return null;
}

/** Computes the local facts from the probes; pure. */
export function localFacts(probes: ProbeResult[]): LocalFacts {
  return {
    localRefused: probes.filter((p) => MAIL_ROLES.has(p.role) && p.outcome === 'local_refused'),
    tlsInspected: tlsInspection(probes.filter((p) => p.kind === 'smtp' || p.kind === 'tcp')),
    portal: portal(probes),
  };
}
