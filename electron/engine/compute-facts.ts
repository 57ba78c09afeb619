/**
 * Computes the facts (facts.ts) once from the probe results, for every verdict rule to read. Pure;
 * a fact never changes a probe (the report's probes are exactly what the probes found). A fact that
 * belongs to one verdict is computed by the function in that verdict's file.
 */
import type { ProbeResult } from '../../shared/probe.js';
import {
  allAre,
  byRole,
  connected,
  dnsAnswered,
  onPorts,
  smtpAnswered,
} from '../../shared/probe-outcomes.js';
import type { DiagnoseInput, Facts, RefusedDnsTarget } from './facts.js';
import { chooseRecommended, publishedSettings, type Choice } from './recommend.js';
import { isNonPublicAddress, refuseSrvTarget, type TrustInput } from './trust.js';
import { insideIsp } from './verdicts/ok.js';
import { port25IsBlocked, relayedButSilent } from './verdicts/port25-blocked.js';
import { detectInterception } from './verdicts/port25-intercepted.js';
import { proxyAnswers } from './verdicts/smtp-blocked.js';

/** How port 25 fared, and whether the mail program already uses a submission port that answers. */
function portFacts(
  input: DiagnoseInput,
  probes: ProbeResult[],
  choice: Choice | null,
  trust: TrustInput,
) {
  const refs25 = onPorts(byRole(probes, 'reference_mx'), 25);
  const interception = detectInterception(onPorts(byRole(probes, 'reference_mx', 'own_mx'), 25));
  const intercepted = new Set(interception.probes.map((p) => p.id));
  const port25Blocked = port25IsBlocked(refs25);
  return {
    refs25,
    port25Blocked,
    silentRelay: relayedButSilent(refs25),
    insideIsp: insideIsp(input, probes, port25Blocked, intercepted, trust),
    interception,
    open25: refs25.filter((p) => smtpAnswered(p) && !intercepted.has(p.id)),
    usesOwnPort:
      choice !== null &&
      input.userPort !== undefined &&
      input.userPort !== 25 &&
      choice.settings.port === input.userPort,
  };
}

/** Computes the facts once; never modifies a probe. */
export function computeFacts(input: DiagnoseInput): Facts {
  const probes = input.probes.filter((p) => p.outcome !== 'skipped');
  const connectish = probes.filter((p) => p.kind === 'tcp' || p.kind === 'smtp');
  const route = byRole(probes, 'local_network');
  const dns = probes.filter((p) => p.kind === 'dns');
  const web = byRole(probes, 'web_control');
  const toUnicode = input.toUnicode ?? ((h: string) => h);
  const trust = trustOf(input);
  const choice = chooseRecommended(input.candidates, probes, trust, toUnicode);
  const login = byRole(probes, 'login').find(
    (p) => choice !== null && p.host === choice.settings.host && p.port === choice.settings.port,
  );
  return {
    input,
    probes,
    route,
    dns,
    web,
    mail: byRole(probes, 'submission', 'own_mx', 'reference_mx', 'reference_submission'),
    dnsOk: dns.some(dnsAnswered),
    noRoute:
      allAre(route, (p) => p.outcome === 'no_route') ||
      allAre(connectish, (p) => p.outcome === 'no_route'),
    anyConnected: connectish.some(connected),
    webConnected: web.some(connected),
    choice,
    published: publishedSettings(input.candidates, trust, toUnicode),
    login,
    hasKnownCandidate: input.candidates.some((c) => c.source !== 'guess'),
    slowGreetings: byRole(probes, 'submission').filter((p) => p.slowGreeting === true),
    trust,
    dnsRefused: dnsRefused(input, probes),
    proxyAnswered: proxyAnswers(probes),
    // Recorded as 'skipped' (not run), so read from every probe, not only those that ran.
    proxyPac: byRole(input.probes, 'proxy_pac'),
    proxyAutoDetect: byRole(input.probes, 'proxy_auto_detect'),
    ...portFacts(input, probes, choice, trust),
  };
}

/** The trust rules' input for this diagnosis. */
function trustOf(input: DiagnoseInput): TrustInput {
  return {
    domainAscii: input.email.domainAscii,
    ...(input.userServer !== undefined ? { userServer: input.userServer } : {}),
    accepted: (input.acceptSuggested ?? []).map((h) => h.toLowerCase().replace(/\.$/, '')),
  };
}

/**
 * What DNS named that the plan did not connect to: SRV records on other ports or with an address
 * for a target, MX hosts given as addresses, and mail hosts (not typed by the user) whose names
 * point into this computer or a local network. The plan applies the same tests (trust.ts).
 */
function dnsRefused(input: DiagnoseInput, probes: ProbeResult[]): RefusedDnsTarget[] {
  const out: RefusedDnsTarget[] = [];
  const mailHosts = mailHostsFromDns(input, probes);
  for (const p of probes.filter((x) => x.kind === 'dns' && x.outcome === 'found')) {
    for (const answer of p.dns?.answers ?? []) {
      const words = answer.split(' ');
      if (p.role === 'dns_srv') {
        const [, , port, target] = words;
        if (target === undefined || target === '.' || target === '') continue;
        const reason = refuseSrvTarget(target, Number(port));
        if (reason) out.push({ name: p.host, target, port: Number(port), reason, probe: p });
      } else if (p.role === 'dns_mx') {
        const target = words[1] ?? '';
        if (refuseSrvTarget(target, 587) === 'ip_literal')
          out.push({ name: p.host, target, port: 25, reason: 'ip_literal', probe: p });
      } else if (p.role === 'dns_host' && mailHosts.has(p.host)) {
        if (isNonPublicAddress(answer))
          out.push({ name: p.host, target: answer, port: 0, reason: 'private_address', probe: p });
      }
    }
  }
  return out;
}

/**
 * The mail hosts the plan connects to only at public addresses: submission candidates and names a
 * certificate gave, the address's MX hosts (or the domain itself without MX), never the server the
 * user typed. Reference servers and web controls are not among them.
 */
function mailHostsFromDns(input: DiagnoseInput, probes: ProbeResult[]): Set<string> {
  const hosts = new Set(input.candidates.map((c) => c.host));
  for (const p of byRole(probes, 'submission', 'own_mx')) hosts.add(p.host);
  for (const p of byRole(probes, 'dns_mx'))
    for (const a of p.dns?.answers ?? []) hosts.add((a.split(' ')[1] ?? '').toLowerCase());
  hosts.add(input.email.domainAscii);
  if (input.userServer !== undefined) hosts.delete(input.userServer);
  return hosts;
}
