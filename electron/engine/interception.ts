/** Recognises a port-25 conversation that is not with the server we asked for (diagnosis.md, port25_intercepted). */
import type { ProbeResult } from '../../shared/probe.js';
import { smtpAnswered } from './facts.js';

/** Second-level labels under which registrations happen one level deeper (example.co.jp, example.com.au). */
const SECOND_LEVEL = new Set([
  'co',
  'ne',
  'or',
  'ac',
  'ad',
  'ed',
  'go',
  'gr',
  'lg',
  'com',
  'net',
  'org',
  'gov',
  'edu',
]);

/** A cheap registrable-domain guess: the last two labels, three under co.jp-like suffixes. */
export function baseDomain(host: string): string {
  const labels = host.toLowerCase().replace(/\.$/, '').split('.');
  const n = labels.length >= 3 && SECOND_LEVEL.has(labels[labels.length - 2] ?? '') ? 3 : 2;
  return labels.slice(-n).join('.');
}

/** The host name a greeting announces (RFC 5321: the first word after the code). */
export function greetingHost(greeting: string | null | undefined): string | null {
  const word = greeting?.trim().split(/\s+/)[0];
  return word && /^[a-z0-9.-]+\.[a-z0-9-]+$/i.test(word) ? word.toLowerCase() : null;
}

/** A greeting, and EHLO answered: a real SMTP conversation took place. */
export function fullExchange(p: ProbeResult): boolean {
  return smtpAnswered(p) && (p.smtp?.failure ?? null) === null;
}

/**
 * Every port-25 connect completed, yet no server held a conversation: something close by takes the
 * connections (a security product's mail shield) and what lies behind it is silent (OP25B).
 */
export function relayedButSilent(refs25: ProbeResult[]): boolean {
  const connectedAll =
    refs25.length > 0 &&
    refs25.every((p) => p.kind === 'smtp' && (p.outcome === 'open' || p.outcome === 'error'));
  return connectedAll && !refs25.some(fullExchange);
}

/** What the interception check found. */
export interface InterceptionFinding {
  intercepted: boolean;
  confidence: 'high' | 'medium';
  reason: 'same_greeting' | 'foreign_greeting' | null;
  probes: ProbeResult[];
}

/**
 * Port 25 is intercepted when different outside servers greet with the very same text (a relay
 * answering for all of them), or when every reference server greets under a domain that is not its own.
 */
export function detectInterception(port25: ProbeResult[]): InterceptionFinding {
  // Only a whole conversation counts: a relay that greets and then cannot go on is not a server.
  const answered = port25.filter(fullExchange);
  const byGreeting = new Map<string, ProbeResult[]>();
  for (const p of answered) {
    const g = p.smtp?.greeting ?? '';
    byGreeting.set(g, [...(byGreeting.get(g) ?? []), p]);
  }
  for (const group of byGreeting.values()) {
    const hosts = new Set(group.map((p) => baseDomain(p.host)));
    // The same greeting from several names at one address is one server with several names.
    const addresses = new Set(group.map((p) => p.ip));
    if (hosts.size >= 2 && addresses.size >= 2)
      return { intercepted: true, confidence: 'high', reason: 'same_greeting', probes: group };
  }
  const refs = answered.filter((p) => p.role === 'reference_mx');
  const refHosts = new Set(refs.map((p) => p.host));
  const foreign = refs.filter((p) => {
    const announced = greetingHost(p.smtp?.greeting);
    return announced !== null && baseDomain(announced) !== baseDomain(p.host);
  });
  const foreignAddresses = new Set(foreign.map((p) => p.ip));
  if (refHosts.size >= 2 && foreignAddresses.size >= 2 && foreign.length === refs.length) {
    return { intercepted: true, confidence: 'medium', reason: 'foreign_greeting', probes: foreign };
  }
  return { intercepted: false, confidence: 'high', reason: null, probes: [] };
}
