/**
 * What a correct engine concludes about a made-up network, from how the network was built (never
 * from the engine's code): every condition the network holds names the verdict docs/diagnosis.md
 * gives it, and the first in that page's precedence wins; where the verdict comes with settings,
 * the server and port the page's discovery and ranking lead to.
 */
import type { VerdictCode } from '../../shared/verdict.js';
import type { Network } from './random-networks.js';

/** The verdicts in docs/diagnosis.md's precedence, first wins (the page's "Precedence" line). */
export const PRECEDENCE: readonly VerdictCode[] = [
  'offline',
  'dns_unavailable',
  'captive_portal',
  'internet_unreachable',
  'pc_clock',
  'domain_not_found',
  'security_software',
  'smtp_blocked',
  'server_unreachable',
  'tls_problem',
  'auth_failed',
  'submission_blocked',
  'port25_intercepted',
  'port25_blocked',
  'ok',
];

/** The recommended settings a correct engine gives: a host and port, or none at all. */
export type ExpectedSettings = { host: string; port: number } | null;

/** The oracle's answer: the verdict, and the settings where the verdict carries them. */
export interface Expectation {
  verdict: VerdictCode;
  /** undefined: the verdict's settings are not checked (they are not the point of it). */
  recommended?: ExpectedSettings;
  /** Every condition the network holds, each with its verdict (the losers stay as evidence). */
  conditions: { verdict: VerdictCode; because: string }[];
}

/**
 * Where each kind of provider's discovery leads (docs/diagnosis.md, "Discovery" and "Recommended
 * settings"): a verified 587 first, else a verified 465, among the candidates found.
 */
function settingsFor(n: Network, only465: boolean): ExpectedSettings {
  switch (n.provider) {
    case 'guessed':
      // Guesses smtp.DOMAIN on 587 and 465: 587 answers unless the network blocks it.
      return { host: 'smtp.example.jp', port: only465 ? 465 : 587 };
    case 'listed':
      // The provider data lists mail.biglobe.ne.jp on 465; the guess mail.DOMAIN is the same host,
      // and its verified 587 ranks first.
      return { host: 'mail.biglobe.ne.jp', port: only465 ? 465 : 587 };
    case 'subdomain':
      // bird.ocn.ne.jp -> ocn.ne.jp's data: smtp.ocn.ne.jp on 465 only.
      return { host: 'smtp.ocn.ne.jp', port: 465 };
    case 'custom_on_big_host':
      // The MX host's domain (google.com) -> Google's data: smtp.gmail.com on 465.
      return { host: 'smtp.gmail.com', port: 465 };
    case 'isp_own':
      // Guesses smtp.isp.example, which offers 587 (and 25 to its own lines).
      return { host: 'smtp.isp.example', port: 587 };
    case 'unknown':
      return null;
  }
}

/** Each condition the network's construction puts in place, with the verdict that names it. */
function conditions(n: Network): Expectation['conditions'] {
  const found: Expectation['conditions'] = [];
  const add = (verdict: VerdictCode, because: string) => found.push({ verdict, because });
  if (n.dns === 'down') add('dns_unavailable', 'the resolver does not answer');
  if (n.web === 'portal_dns' || n.web === 'portal_https') {
    add('captive_portal', 'the web answers with a sign-in page');
  }
  if (n.clock === 'behind') add('pc_clock', "this PC's clock is two years behind the web's");
  if (n.pc === 'local_refusal') add('security_software', 'connect() to 25 and 587 refused locally');
  if (n.pc === 'tls_scanning') add('security_software', "TLS re-signed by the product's own root");
  if (n.web === 'proxy_only') add('smtp_blocked', 'only the company proxy passes: no mail port');
  if (n.ports === 'drop_mail') add('smtp_blocked', '25, 465 and 587 dropped, the web open');
  if (n.ports === 'drop25_587') add('submission_blocked', '25 and 587 dropped, 465 open');
  if (n.ports === 'relay25') add('port25_intercepted', "25 lands on the ISP's relay");
  if (n.ports === 'drop25' || n.ports === 'reset25' || n.ports === 'icmp25') {
    // Inside the ISP its own server still takes 25: it works here (ok), OP25B stays as evidence.
    if (n.provider === 'isp_own') add('ok', "the ISP's own server takes 25 from its lines");
    else add('port25_blocked', 'OP25B on 25');
  }
  add('ok', 'nothing else in the way');
  return found;
}

/** The verdict (and settings) a correct engine gives for the network. */
export function expectedOutcome(n: Network): Expectation {
  const found = conditions(n);
  const rank = (v: VerdictCode) => PRECEDENCE.indexOf(v);
  const verdict = found.map((c) => c.verdict).sort((a, b) => rank(a) - rank(b))[0] ?? 'ok';
  const withSettings: VerdictCode[] = [
    'ok',
    'port25_blocked',
    'port25_intercepted',
    'submission_blocked',
  ];
  return {
    verdict,
    conditions: found,
    ...(withSettings.includes(verdict)
      ? { recommended: settingsFor(n, verdict === 'submission_blocked') }
      : {}),
  };
}
