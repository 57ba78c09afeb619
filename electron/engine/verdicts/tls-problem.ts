/** tls_problem: the server that would be recommended fails its certificate check, or offers no encryption. */
import { action, evidence, type CertProblem, type Evidence } from '../../../shared/evidence.js';
import type { ProbeResult } from '../../../shared/probe.js';
import type { VerdictDefinition } from './verdict.js';

const CERT_PROBLEMS: readonly string[] = [
  'expired',
  'not_yet_valid',
  'wrong_host',
  'self_signed',
  'untrusted',
];

/** The certificate of one probe, as evidence. */
function certificateEvidence(p: ProbeResult): Evidence {
  const c = p.smtp?.tls;
  const code = c?.verifyError ?? 'unknown';
  const problem = (CERT_PROBLEMS.includes(code) ? code : 'other') as CertProblem;
  return evidence(
    'certificate_invalid',
    'problem',
    {
      host: p.host,
      port: p.port ?? 0,
      problem,
      code,
      validTo: c?.validTo ?? '',
      names: c?.altNames.length ? c.altNames : c?.subject ? [c.subject] : [],
      issuer: c?.issuer ?? '—',
    },
    [p],
  );
}

/**
 * tls_problem: the server we would recommend fails its certificate check, or offers no encryption.
 * The recommended settings stay: the port is right, the certificate is not.
 */
export const tlsProblem: VerdictDefinition = {
  code: 'tls_problem',
  blockedAt: 'server',
  actions: [
    action('check_server_name'),
    action('antivirus_ssl_scan'),
    action('report_certificate'),
  ],
  labScenarios: [
    'tls_expired',
    'tls_wrong_host',
    'tls_self_signed',
    'intercept_own_name',
    'intercept_465_own_name',
    'intercept_self_signed',
    'certificates_ahead_web_clock_right',
  ],
  when: (f) => {
    const chosen = f.choice?.probe;
    if (!f.choice || !chosen?.smtp) return null;
    const s = chosen.smtp;
    if (s.tls && !s.tls.verified)
      return {
        confidence: 'high',
        evidence: [certificateEvidence(chosen)],
        recommended: f.choice.settings,
      };
    if (s.startTls === 'ok' || s.startTls === 'implicit') return null;
    return {
      confidence: 'medium',
      evidence: [evidence('no_encryption', 'problem', { host: chosen.host }, [chosen])],
      recommended: f.choice.settings,
    };
  },
};
