/**
 * Where mail stops, in words, naming who stops it when the evidence knows: the sign-in page a
 * portal sends to, the proxy a company network's web goes through. Two verdicts stop at the same
 * place for a reason of their own (security software, this PC's clock).
 */
import type { DiagnosisReport } from '../../../../shared/diagnosis.js';
import type { Evidence } from '../../../../shared/evidence.js';
import type { VerdictCode } from '../../../../shared/verdict.js';

/** A caption under result.path.caption without placeholders ('fixed' is the picture's own). */
export type PlainCaption =
  | 'pcSecurity'
  | 'routerPortal'
  | 'pcClock'
  | 'address'
  | NonNullable<DiagnosisReport['blockedAt']>
  | 'none';

/** A caption, with its placeholders where it names someone. */
export type Caption =
  | { key: PlainCaption }
  | { key: 'routerPortalNamed'; name: string }
  | { key: 'routerProxy'; proxy: string };

function hostOf(location: string): string {
  try {
    return new URL(location).host || location;
  } catch {
    return location;
  }
}

/** The sign-in page's name: where the redirect leads, else the certificate's name, else the address. */
function portalName(evidence: readonly Evidence[]): string | null {
  for (const e of evidence) {
    if (e.id === 'portal_redirect') return hostOf(e.params.location);
  }
  for (const e of evidence) {
    if (e.id === 'portal_certificate' && e.params.names[0]) return e.params.names[0];
    if (e.id === 'portal_same_address') return e.params.address;
  }
  return null;
}

/** The caption of the path picture for this result. */
export function pathCaption(
  blockedAt: DiagnosisReport['blockedAt'],
  code: VerdictCode | undefined,
  evidence: readonly Evidence[] = [],
): Caption {
  if (code === 'security_software') return { key: 'pcSecurity' };
  if (code === 'captive_portal') {
    const name = portalName(evidence);
    return name === null ? { key: 'routerPortal' } : { key: 'routerPortalNamed', name };
  }
  if (code === 'pc_clock') return { key: 'pcClock' };
  // Nothing on the way stops it: the address itself names no mail domain.
  if (code === 'domain_not_found') return { key: 'address' };
  const proxy = evidence.find((e) => e.id === 'web_proxy_only');
  if (code === 'smtp_blocked' && proxy?.id === 'web_proxy_only')
    return { key: 'routerProxy', proxy: proxy.params.proxy };
  return { key: blockedAt ?? 'none' };
}
