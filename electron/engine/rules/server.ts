/** Rules about the user's outgoing server: it does not answer, its certificate fails, the login fails. */
import type { ProbeResult } from '../../../shared/probe.js';
import { action, evidence, type CertProblem, type Evidence } from '../../../shared/evidence.js';
import { byRole, connected, hostsOf, type Facts } from '../facts.js';
import type { Rule } from './rule.js';

const CERT_PROBLEMS: readonly string[] = [
  'expired',
  'not_yet_valid',
  'wrong_host',
  'self_signed',
  'untrusted',
];

/** The certificate of one probe, as evidence. */
export function certificateEvidence(p: ProbeResult): Evidence {
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

function unreachableEvidence(f: Facts): Evidence[] {
  const out: Evidence[] = [];
  const unresolved = byRole(f.probes, 'dns_host').filter(
    (p) =>
      f.input.candidates.some((c) => c.host === p.host && c.source !== 'guess') &&
      (p.outcome === 'nxdomain' || p.outcome === 'nodata'),
  );
  if (unresolved.length > 0)
    out.push(
      evidence('server_name_not_found', 'problem', { hosts: hostsOf(unresolved) }, unresolved),
    );
  const submission = byRole(f.probes, 'submission');
  out.push(evidence('submission_silent', 'problem', { hosts: hostsOf(submission) }, submission));
  return out;
}

/**
 * server_unreachable: no candidate answers as a submission server while other servers do. When
 * port 25 is blocked and only guessed hosts were tried, the port-25 rule decides instead.
 */
export const serverUnreachable: Rule = {
  code: 'server_unreachable',
  when: (f) => {
    if (f.choice !== null || f.insideIsp) return null;
    if (f.port25Blocked && !f.hasKnownCandidate) return null;
    const others = byRole(f.probes, 'reference_submission', 'reference_mx').filter(connected);
    const submission = byRole(f.probes, 'submission');
    const ev = unreachableEvidence(f);
    if (others.length > 0) ev.push(evidence('other_mail_ok', 'ok', {}, others));
    return {
      confidence: others.length > 0 && submission.length > 0 ? 'high' : 'medium',
      evidence: ev,
      recommended: f.published,
    };
  },
};

/** tls_problem: the server we would recommend fails its certificate check, or offers no encryption. */
export const tlsProblem: Rule = {
  code: 'tls_problem',
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

/** auth_failed: a login test on the recommended server was refused. */
export const authFailed: Rule = {
  code: 'auth_failed',
  when: (f) => {
    if (!f.choice || f.login?.outcome !== 'rejected') return null;
    const login = f.login;
    const provider = f.input.provider;
    const needsAppPassword =
      provider?.appPassword === 'available' || provider?.appPassword === 'required';
    return {
      confidence: 'high',
      evidence: [
        evidence('auth_rejected', 'problem', { host: login.host, detail: login.detail }, [login]),
      ],
      recommended: f.choice.settings,
      // App-password advice only where the provider's data says it has them, never by default.
      actions:
        provider && needsAppPassword
          ? [action('retype_password'), action('app_password', { provider: provider.name })]
          : [action('retype_password')],
    };
  },
};
