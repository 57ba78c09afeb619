/**
 * What a probe's outcome means, said once for the engine's verdict rules and the reference code
 * (docs/diagnosis.md, "What a probe can find"): the handshake got through, the network stopped the
 * connect and how, a server held a conversation, DNS answered. Pure.
 */
import type { BlockHow } from './evidence.js';
import type { ProbeResult, ProbeRole } from './probe.js';

const BLOCKED = new Set(['filtered', 'refused', 'prohibited']);
const CONNECTED = new Set(['open', 'error', 'intercepted']);
const DNS_ANSWERED = new Set(['found', 'nxdomain', 'nodata']);

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

/** A greeting, and EHLO answered: a real SMTP conversation took place. */
export function fullExchange(p: ProbeResult): boolean {
  return smtpAnswered(p) && (p.smtp?.failure ?? null) === null;
}

/** A DNS server gave an answer (positive or negative). */
export function dnsAnswered(p: ProbeResult): boolean {
  return p.kind === 'dns' && DNS_ANSWERED.has(p.outcome);
}

/** Probes with one of the roles. */
export function byRole(probes: readonly ProbeResult[], ...roles: ProbeRole[]): ProbeResult[] {
  return probes.filter((p) => roles.includes(p.role));
}

/** Connect probes (TCP and SMTP) with one of the ports. */
export function onPorts(probes: readonly ProbeResult[], ...ports: number[]): ProbeResult[] {
  return probes.filter(
    (p) => (p.kind === 'tcp' || p.kind === 'smtp') && p.port !== null && ports.includes(p.port),
  );
}

/** Non-empty and every probe satisfies the test. */
export function allAre(probes: readonly ProbeResult[], test: (p: ProbeResult) => boolean): boolean {
  return probes.length > 0 && probes.every(test);
}

/** The distinct host names of some probes, in order. */
export function hostsOf(probes: readonly ProbeResult[]): string[] {
  return [...new Set(probes.map((p) => p.host))];
}

/**
 * How a set of connects was stopped, as the catalogue words it. Silent drops next to one other way
 * count as that way: routers rate-limit the ICMP and resets they send, so a burst of connects gets
 * some answered and the rest dropped.
 */
export function howBlocked(
  outcomes: readonly string[],
  /** Different ports (different firewall rules): only one way shared by all counts. */
  strict = false,
): BlockHow {
  if (strict) {
    const all = new Set(outcomes);
    const only = [...all][0];
    return all.size === 1 && (only === 'filtered' || only === 'refused' || only === 'prohibited')
      ? only
      : 'mixed';
  }
  const kinds = new Set(outcomes.filter((o) => o === 'refused' || o === 'prohibited'));
  if (kinds.size === 0) return outcomes.includes('filtered') ? 'filtered' : 'mixed';
  if (kinds.size > 1) return 'mixed';
  return [...kinds][0] as 'refused' | 'prohibited';
}
