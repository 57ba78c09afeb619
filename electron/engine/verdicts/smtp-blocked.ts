/** smtp_blocked: 25, 465 and 587 are all blocked while the web works (hotel, public Wi-Fi, company firewall). */
import type { Evidence } from '../../../shared/diagnosis.js';
import { action, evidence } from '../../../shared/evidence.js';
import type { ProbeResult } from '../../../shared/probe.js';
import {
  byRole,
  connected,
  fullExchange,
  howBlocked,
  onPorts,
} from '../../../shared/probe-outcomes.js';
import type { Facts } from '../facts.js';
import type { VerdictDefinition } from './verdict.js';

/**
 * The web controls the configured proxy answered: a tunnel came up, or the proxy said why not (407:
 * it wants a login; 403: not allowed). Either way the proxy, and so a managed network, is there.
 */
export function proxyAnswers(probes: readonly ProbeResult[]): ProbeResult[] {
  return byRole(probes, 'web_proxy').filter(
    (p) => typeof p.web?.status === 'number' && p.web.status >= 200,
  );
}

/** Where the web answers only through the proxy: the proxy named, and whether it wants a login. */
function proxyOnly(f: Facts): Evidence[] {
  const first = f.proxyAnswered[0];
  if (f.webConnected || !first) return [];
  const proxy = `${first.host}:${first.port ?? ''}`;
  const login = f.proxyAnswered.find((p) => p.web?.status === 407);
  return [
    evidence('web_proxy_only', 'problem', { proxy }, f.proxyAnswered),
    ...(login ? [evidence('proxy_login', 'info', { proxy }, [login])] : []),
  ];
}

/**
/**
 * How a mail probe ended on its way out: stopped by the network, or (port 25) taken by a local mail
 * shield with nothing talking behind it, which docs/diagnosis.md counts as what lies behind the
 * shield (silent: filtered). null: it got through.
 */
function stoppedHow(f: Facts, p: ProbeResult): ProbeResult['outcome'] | null {
  if (!connected(p)) return p.outcome;
  return f.silentRelay && p.port === 25 && !fullExchange(p) ? 'filtered' : null;
}

/**
 * smtp_blocked: the web works (directly or through the proxy, or is left to a PAC file's proxy the
 * command line did not run), and every mail port to every server was stopped.
 */
export const smtpBlocked: VerdictDefinition = {
  code: 'smtp_blocked',
  blockedAt: 'router',
  actions: [action('use_webmail'), action('other_network'), action('ask_admin')],
  nothingGetsOut: true,
  labScenarios: ['smtp_blocked', 'proxy_only', 'proxy_login', 'shield_mail_ports_shut'],
  when: (f) => {
    const has25 = onPorts(f.mail, 25).length > 0;
    const hasSub = onPorts(f.mail, 587, 465).length > 0;
    // A PAC file the command line did not run: the web's way is through a proxy nothing here
    // asked, so the web is taken as working (a company network) at low confidence, and said so.
    const viaPac = !f.webConnected && f.proxyAnswered.length === 0 && f.proxyPac.length > 0;
    const web = f.webConnected || f.proxyAnswered.length > 0 || viaPac;
    const stopped = f.mail.map((p) => stoppedHow(f, p));
    if (!web || !has25 || !hasSub || stopped.includes(null)) return null;
    const both = onPorts(f.mail, 465).length > 0 && onPorts(f.mail, 587).length > 0;
    // Different ports go through different firewall rules: only one way shared by all counts.
    const how = howBlocked(
      stopped.filter((o) => o !== null),
      true,
    );
    const managed = proxyOnly(f);
    return {
      confidence: viaPac ? 'low' : both ? 'high' : 'medium',
      evidence: [evidence('mail_ports_blocked', 'problem', { how }, f.mail), ...managed],
      recommended: f.published,
      // A company network: its administrator knows the mail server that works from inside.
      ...(managed.length > 0 || viaPac
        ? { actions: [action('ask_admin_mail_server'), action('use_webmail')] }
        : {}),
    };
  },
};
