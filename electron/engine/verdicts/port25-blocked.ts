/**
 * port25_blocked (OP25B): outbound port 25 to servers outside the user's ISP is blocked, by a
 * silent drop, a reset or an ICMP notice (docs/diagnosis.md, "The problem").
 */
import { action, evidence, type Evidence } from '../../../shared/evidence.js';
import type { ProbeResult } from '../../../shared/probe.js';
import {
  allAre,
  blocked,
  fullExchange,
  hostsOf,
  howBlocked,
} from '../../../shared/probe-outcomes.js';
import type { Facts } from '../facts.js';
import type { VerdictDefinition } from './verdict.js';

/**
 * Every port-25 connect completed, yet no server held a conversation: something close by takes the
 * connections (a security product's mail shield) and what lies behind it is silent (OP25B).
 */
export function relayedButSilent(refs25: readonly ProbeResult[]): boolean {
  const connectedAll =
    refs25.length > 0 &&
    refs25.every((p) => p.kind === 'smtp' && (p.outcome === 'open' || p.outcome === 'error'));
  return connectedAll && !refs25.some(fullExchange);
}

/**
 * OP25B: every reference MX on port 25 was stopped by the network, or a local relay took them all
 * and none talked behind it. Computed once as a fact (compute-facts.ts): other verdicts read it too.
 */
export function port25IsBlocked(refs25: readonly ProbeResult[]): boolean {
  return allAre(refs25, blocked) || relayedButSilent(refs25);
}

/**
 * The port-25 finding, said with every verdict (docs/diagnosis.md, "Rules that real networks taught": findings are never lost) in
 * its place among the other findings (findings.ts): blocked and how, or open. Left out when port
 * 25 is intercepted (that verdict says so itself) and where nothing gets out at all.
 */
export function port25Finding(f: Facts): Evidence[] {
  if (f.interception.intercepted) return [];
  if (f.port25Blocked) {
    const how = f.silentRelay ? 'filtered' : howBlocked(f.refs25.map((p) => p.outcome));
    return [evidence('port25_blocked', 'problem', { hosts: hostsOf(f.refs25), how }, f.refs25)];
  }
  return f.open25.length > 0 ? [evidence('port25_open', 'ok', {}, f.open25)] : [];
}

/**
 * port25_blocked, unless the mail program already uses a submission port that works, or the
 * user's own server inside the ISP takes port 25 (ok says so). With no submission server found it
 * is still the verdict: there are no settings, and the user is asked for the server named in the
 * provider's guide. Its evidence is the port-25 finding above, which keeps its usual place among
 * the findings said with every verdict.
 */
export const port25Blocked: VerdictDefinition = {
  code: 'port25_blocked',
  blockedAt: 'isp',
  actions: [action('change_outgoing'), action('turn_on_auth')],
  labScenarios: [
    'op25b_drop',
    'op25b_reset',
    'op25b_icmp',
    'op25b_loss',
    'dns_drops_mx',
    'shield_op25b',
    'shield_greet_op25b',
    'dual_stack_op25b_icmp',
    'satellite_op25b',
    'dual_stack_op25b',
    'ocn_subdomain_op25b',
    'unlisted_op25b',
    'slow_greeting',
    'ipv6_only_nat64',
  ],
  when: (f) => {
    if (!f.port25Blocked || f.usesOwnPort || f.insideIsp) return null;
    const sameWay = howBlocked(f.refs25.map((p) => p.outcome)) !== 'mixed';
    const found = f.choice !== null;
    // High only with verified settings to switch to: a suggestion the user must confirm is not.
    const settled = f.choice?.settings.verified === true;
    return {
      confidence: f.refs25.length >= 2 && sameWay && settled ? 'high' : 'medium',
      evidence: port25Finding(f),
      recommended: f.choice?.settings ?? null,
      ...(found ? {} : { actions: [action('type_server_from_guide'), action('turn_on_auth')] }),
    };
  },
};
