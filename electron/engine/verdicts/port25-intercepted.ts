/** port25_intercepted: port 25 connects, but to something else (the ISP's relay, an antivirus mail shield). */
import { domainOf } from '../../../shared/domain.js';
import { action, evidence } from '../../../shared/evidence.js';
import type { ProbeResult } from '../../../shared/probe.js';
import { fullExchange } from '../../../shared/probe-outcomes.js';
import type { InterceptionFinding } from '../facts.js';
import type { VerdictDefinition } from './verdict.js';

/** The host name a greeting announces (RFC 5321: the first word after the code). */
function greetingHost(greeting: string | null | undefined): string | null {
  const word = greeting?.trim().split(/\s+/)[0];
  return word && /^[a-z0-9.-]+\.[a-z0-9-]+$/i.test(word) ? word.toLowerCase() : null;
}

/**
 * Port 25 is intercepted when servers under different domains, at different addresses, greet with
 * the very same text (a relay answering for all of them), or when every reference server greets
 * under a domain that is not its own. Only whole conversations from different addresses count
 * (docs/diagnosis.md, "Rules that real networks taught": interception needs different
 * addresses). Computed once as a fact (compute-facts.ts).
 */
export function detectInterception(port25: readonly ProbeResult[]): InterceptionFinding {
  // Only a whole conversation counts: a relay that greets and then cannot go on is not a server.
  const answered = port25.filter(fullExchange);
  const byGreeting = new Map<string, ProbeResult[]>();
  for (const p of answered) {
    const g = p.smtp?.greeting ?? '';
    byGreeting.set(g, [...(byGreeting.get(g) ?? []), p]);
  }
  for (const group of byGreeting.values()) {
    const domains = new Set(group.map((p) => domainOf(p.host)));
    // The same greeting from several names at one address is one server with several names.
    const addresses = new Set(group.map((p) => p.ip));
    if (domains.size >= 2 && addresses.size >= 2)
      return { intercepted: true, confidence: 'high', reason: 'same_greeting', probes: group };
  }
  const refs = answered.filter((p) => p.role === 'reference_mx');
  const refHosts = new Set(refs.map((p) => p.host));
  const foreign = refs.filter((p) => {
    const announced = greetingHost(p.smtp?.greeting);
    return announced !== null && domainOf(announced) !== domainOf(p.host);
  });
  const foreignAddresses = new Set(foreign.map((p) => p.ip));
  if (refHosts.size >= 2 && foreignAddresses.size >= 2 && foreign.length === refs.length) {
    return { intercepted: true, confidence: 'medium', reason: 'foreign_greeting', probes: foreign };
  }
  return { intercepted: false, confidence: 'high', reason: null, probes: [] };
}

/**
 * port25_intercepted: port 25 reaches something that is not the server asked for. The probes stay
 * as found; the evidence names the ones that reached the relay.
 */
export const port25Intercepted: VerdictDefinition = {
  code: 'port25_intercepted',
  blockedAt: 'isp',
  // 587 with a login goes past the relay or the mail shield alike: nothing needs turning off.
  actions: [action('change_outgoing')],
  labScenarios: ['op25b_intercept', 'unlisted_op25b_intercept'],
  when: (f) => {
    const i = f.interception;
    if (!i.intercepted || i.reason === null) return null;
    const greeting = i.probes[0]?.smtp?.greeting ?? '';
    const hosts = [...new Set(i.probes.map((p) => p.host))];
    return {
      confidence: i.confidence,
      evidence: [
        evidence('port25_intercepted', 'problem', { greeting, hosts, reason: i.reason }, i.probes),
      ],
      recommended: f.choice?.settings ?? null,
      // No submission server found: the one named in the provider's guide, as for port25_blocked.
      ...(f.choice === null
        ? { actions: [action('type_server_from_guide'), action('turn_on_auth')] }
        : {}),
    };
  },
};
