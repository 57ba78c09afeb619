/**
 * Facts: computed once from the probe results, read by every verdict rule. Pure; a fact never
 * changes a probe (the report's probes are exactly what the probes found).
 */
import type {
  CandidateSummary,
  RecommendedSettings,
  ReportProvider,
} from '../../shared/diagnosis.js';
import type { ProbeResult, ProbeRole } from '../../shared/probe.js';
import type { ParsedEmail } from '../../shared/validate.js';
import { localFacts, type LocalFacts } from './facts-local.js';
import {
  detectInterception,
  fullExchange,
  relayedButSilent,
  type InterceptionFinding,
} from './interception.js';
import {
  chooseRecommended,
  insideIspSettings,
  publishedSettings,
  type Choice,
} from './recommend.js';
import {
  isNonPublicAddress,
  refuseSrvTarget,
  type RefusedTarget,
  type TrustInput,
} from './trust.js';

const BLOCKED = new Set(['filtered', 'refused', 'prohibited']);
const CONNECTED = new Set(['open', 'error', 'intercepted']);
const DNS_ANSWERED = new Set(['found', 'nxdomain', 'nodata']);

/** Everything diagnose() looks at. */
export interface DiagnoseInput {
  email: ParsedEmail;
  probes: ProbeResult[];
  candidates: CandidateSummary[];
  provider: ReportProvider | null;
  userServer?: string;
  userPort?: number;
  /** Suggested hosts the user confirmed (ASCII, lower case). */
  acceptSuggested?: string[];
  elapsedMs: number;
  /** Shows an ASCII host name in Unicode (IDN); identity by default. */
  toUnicode?: (host: string) => string;
}

/** What the probes say, named once for all rules. */
export interface Facts {
  input: DiagnoseInput;
  /** Every probe that ran (skipped ones say nothing about the network). */
  probes: ProbeResult[];
  route: ProbeResult[];
  dns: ProbeResult[];
  web: ProbeResult[];
  /** Every mail connect: the user's candidates and the reference servers, any port. */
  mail: ProbeResult[];
  dnsOk: boolean;
  noRoute: boolean;
  anyConnected: boolean;
  webConnected: boolean;
  /** The address's MX look-up, and why the domain takes no mail (null when it does). */
  mx: ProbeResult | undefined;
  domainMissing: 'nxdomain' | 'nodata' | 'null_mx' | null;
  /** Reference MX on port 25 (outside the user's ISP). */
  refs25: ProbeResult[];
  port25Blocked: boolean;
  /** Port 25 connects at once but no server ever talks: a local relay with OP25B behind it. */
  silentRelay: boolean;
  interception: InterceptionFinding;
  /** Reference MX that answered on 25 and were not intercepted. */
  open25: ProbeResult[];
  /** The recommendation, if any candidate answered as a submission server. */
  choice: Choice | null;
  /** The provider's published settings, for when nothing could be checked. */
  published: RecommendedSettings | null;
  login: ProbeResult | undefined;
  all587: ProbeResult[];
  blocked587: boolean;
  /** The mail program already uses a submission port that answers. */
  usesOwnPort: boolean;
  /** A candidate the user or a published source named (not a guess). */
  hasKnownCandidate: boolean;
  /** Security software on this PC and sign-in pages. */
  local: LocalFacts;
  /** The user's own server answers on 25 from this line while outside MX do not (inside the ISP). */
  insideIsp: { probe: ProbeResult; settings: RecommendedSettings | null } | null;
  /** Submission servers that answered, but only after a long wait for their greeting. */
  slowGreetings: ProbeResult[];
  /** Who may receive a password or be written: the address's domain, the user's server, confirmed suggestions. */
  trust: TrustInput;
  /** Targets DNS named that were not connected to (trust.ts), with the look-up that named each. */
  dnsRefused: RefusedDnsTarget[];
}

/** A target a DNS answer named that SendCheck did not connect to, and why. */
export interface RefusedDnsTarget {
  name: string;
  target: string;
  port: number;
  reason: RefusedTarget;
  probe: ProbeResult;
}

/** The TCP handshake completed (whatever was said afterwards). */
export function connected(p: ProbeResult): boolean {
  return (p.kind === 'tcp' || p.kind === 'smtp') && CONNECTED.has(p.outcome);
}

/** The network stopped the connect: silent drop, reset or ICMP. */
export function blocked(p: ProbeResult): boolean {
  return (p.kind === 'tcp' || p.kind === 'smtp') && BLOCKED.has(p.outcome);
}

/** An SMTP server greeted with 220 and accepted EHLO. */
export function smtpAnswered(p: ProbeResult): boolean {
  return p.kind === 'smtp' && p.outcome === 'open' && p.smtp?.greetingCode === 220;
}

/** A DNS server gave an answer (positive or negative). */
export function dnsAnswered(p: ProbeResult): boolean {
  return p.kind === 'dns' && DNS_ANSWERED.has(p.outcome);
}

/** Probes with one of the roles. */
export function byRole(probes: ProbeResult[], ...roles: ProbeRole[]): ProbeResult[] {
  return probes.filter((p) => roles.includes(p.role));
}

/** Connect probes (TCP and SMTP) with one of the ports. */
export function onPorts(probes: ProbeResult[], ...ports: number[]): ProbeResult[] {
  return probes.filter(
    (p) => (p.kind === 'tcp' || p.kind === 'smtp') && p.port !== null && ports.includes(p.port),
  );
}

/** Non-empty and every probe satisfies the test. */
export function allAre(probes: ProbeResult[], test: (p: ProbeResult) => boolean): boolean {
  return probes.length > 0 && probes.every(test);
}

/** The distinct host names of some probes, in order. */
export function hostsOf(probes: ProbeResult[]): string[] {
  return [...new Set(probes.map((p) => p.host))];
}

function domainMissing(
  probes: ProbeResult[],
  domain: string,
): { mx: ProbeResult | undefined; missing: Facts['domainMissing'] } {
  const mx = byRole(probes, 'dns_mx').find((p) => p.host === domain);
  const fallback = byRole(probes, 'dns_host').find((p) => p.host === domain);
  if (!mx) return { mx, missing: null };
  if (mx.outcome === 'nxdomain') return { mx, missing: 'nxdomain' };
  if (mx.outcome !== 'nodata') return { mx, missing: null };
  if (/null mx/i.test(mx.detail)) return { mx, missing: 'null_mx' };
  const noAddress = !fallback || fallback.outcome === 'nxdomain' || fallback.outcome === 'nodata';
  return { mx, missing: noAddress ? 'nodata' : null };
}

/** A candidate (or the address's own MX) answering on 25 while the reference MX are blocked. */
function insideIsp(
  input: DiagnoseInput,
  probes: ProbeResult[],
  port25Blocked: boolean,
  intercepted: Set<string>,
  trust: TrustInput,
): Facts['insideIsp'] {
  if (!port25Blocked) return null;
  // A whole conversation, and not the greeting the blocked reference MX got from a relay.
  const relayGreetings = new Set(
    onPorts(byRole(probes, 'reference_mx'), 25).map((p) => p.smtp?.greeting ?? null),
  );
  const own = onPorts(byRole(probes, 'submission', 'own_mx'), 25).filter(
    (p) =>
      fullExchange(p) && !intercepted.has(p.id) && !relayGreetings.has(p.smtp?.greeting ?? null),
  );
  const probe = own.find((p) => p.role === 'submission') ?? own[0];
  if (!probe) return null;
  const toUnicode = input.toUnicode ?? ((h: string) => h);
  return { probe, settings: insideIspSettings(input.candidates, probe, trust, toUnicode) };
}

function portFacts(
  input: DiagnoseInput,
  probes: ProbeResult[],
  choice: Choice | null,
  trust: TrustInput,
) {
  const refs25 = onPorts(byRole(probes, 'reference_mx'), 25);
  const interception = detectInterception(onPorts(byRole(probes, 'reference_mx', 'own_mx'), 25));
  const intercepted = new Set(interception.probes.map((p) => p.id));
  const all587 = onPorts(byRole(probes, 'submission', 'reference_submission'), 587);
  const silentRelay = relayedButSilent(refs25);
  const port25Blocked = allAre(refs25, blocked) || silentRelay;
  return {
    refs25,
    port25Blocked,
    silentRelay,
    insideIsp: insideIsp(input, probes, port25Blocked, intercepted, trust),
    interception,
    open25: refs25.filter((p) => smtpAnswered(p) && !intercepted.has(p.id)),
    all587,
    blocked587: allAre(all587, blocked),
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
  const { mx, missing } = domainMissing(probes, input.email.domainAscii);
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
    mx,
    domainMissing: missing,
    choice,
    published: publishedSettings(input.candidates, trust, toUnicode),
    login,
    hasKnownCandidate: input.candidates.some((c) => c.source !== 'guess'),
    local: localFacts(probes),
    slowGreetings: byRole(probes, 'submission').filter((p) => p.slowGreeting === true),
    trust,
    dnsRefused: dnsRefused(input, probes),
    ...portFacts(input, probes, choice, trust),
  };
}

/** The trust rules' input for this diagnosis. */
export function trustOf(input: DiagnoseInput): TrustInput {
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
