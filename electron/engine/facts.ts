/** Small, pure questions about a set of probe results, shared by the verdict rules. */
import type { ProbeResult, ProbeRole } from '../../shared/probe.js';

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

/** Groups results by host, keeping the best outcome per host (any address that answered wins). */
export function hostsWhere(probes: ProbeResult[], test: (p: ProbeResult) => boolean): Set<string> {
  return new Set(probes.filter(test).map((p) => p.host));
}

/** Non-empty and every probe satisfies the test. */
export function allAre(probes: ProbeResult[], test: (p: ProbeResult) => boolean): boolean {
  return probes.length > 0 && probes.every(test);
}

/** The outcome most probes of the list share (for "blocked by drop / reset / ICMP" wording). */
export function commonOutcome(probes: ProbeResult[]): string | null {
  const counts = new Map<string, number>();
  for (const p of probes) counts.set(p.outcome, (counts.get(p.outcome) ?? 0) + 1);
  let best: string | null = null;
  let n = 0;
  for (const [k, v] of counts) if (v > n) [best, n] = [k, v];
  return best;
}

/** Probe ids, for evidence. */
export function ids(probes: ProbeResult[]): string[] {
  return probes.map((p) => p.id);
}
