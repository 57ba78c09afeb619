/**
 * Who may decide where a password or a setting goes (docs/security.md, "Trust"). The network may
 * suggest a server (a certificate's other name, an SRV target, an MX host, an autoconfig entry);
 * only the user, the bundled provider data and the address's own registrable domain name one that
 * may be logged in to or written into a mail program. Everything here is pure.
 */
import net from 'node:net';
import type { SuggestionReason } from '../../shared/diagnosis.js';
import { registrableDomain } from '../../shared/domain.js';
import type { CandidateSource } from '../../shared/probe.js';

/** What decides trust in one diagnosis: the address's domain, the user's server, the confirmed suggestions. */
export interface TrustInput {
  /** The address's domain, ASCII. */
  domainAscii: string;
  /** The server the user typed (ASCII), if any. */
  userServer?: string;
  /** Suggested hosts the user confirmed (ASCII, lower case). */
  accepted: readonly string[];
}

/** Whether a host may receive a password or be written: trusted, or a suggestion and why. */
export type HostTrust = { trusted: true } | { trusted: false; reason: SuggestionReason };

const norm = (host: string): string => host.trim().toLowerCase().replace(/\.$/, '');

/** True when `host` lies in the same registrable domain as the address's domain. */
export function withinDomain(host: string, domainAscii: string): boolean {
  const mine = registrableDomain(domainAscii);
  return mine !== null && registrableDomain(host) === mine;
}

const UNTRUSTED_REASON: Record<
  Exclude<CandidateSource, 'user' | 'provider_db'>,
  SuggestionReason
> = {
  certificate: 'certificate_other_name',
  srv: 'srv_other_domain',
  guess: 'mx_other_domain',
  autoconfig: 'autoconfig_other_domain',
};

/**
 * Whether a host name from `source` is trusted: the user typed or confirmed it, the provider data
 * names it, or it lies in the address's own registrable domain. Anything else is a suggestion.
 */
export function hostTrust(host: string, source: CandidateSource, t: TrustInput): HostTrust {
  const h = norm(host);
  if (t.accepted.includes(h)) return { trusted: true };
  if (source === 'user' || source === 'provider_db') return { trusted: true };
  if (t.userServer !== undefined && norm(t.userServer) === h) return { trusted: true };
  if (withinDomain(h, t.domainAscii)) return { trusted: true };
  return { trusted: false, reason: UNTRUSTED_REASON[source] };
}

/** The ports an SRV record may name for mail submission (RFC 6409, RFC 8314, and the common 2525). */
export const SRV_SUBMISSION_PORTS: readonly number[] = [465, 587, 2525];

const NOT_PUBLIC = new net.BlockList();
for (const [prefix, bits] of [
  ['0.0.0.0', 8], // "this network", unspecified
  ['10.0.0.0', 8], // RFC 1918
  ['127.0.0.0', 8], // loopback
  ['169.254.0.0', 16], // link-local
  ['172.16.0.0', 12], // RFC 1918
  ['192.168.0.0', 16], // RFC 1918
  ['224.0.0.0', 4], // multicast
  ['240.0.0.0', 4], // reserved, and the broadcast address
] as const)
  NOT_PUBLIC.addSubnet(prefix, bits, 'ipv4');
for (const [prefix, bits] of [
  ['::', 128], // unspecified
  ['::1', 128], // loopback
  ['fe80::', 10], // link-local
  ['fc00::', 7], // unique local (private)
  ['ff00::', 8], // multicast
] as const)
  NOT_PUBLIC.addSubnet(prefix, bits, 'ipv6');

/** The IPv4 address inside an IPv4-mapped (::ffff:a.b.c.d) or NAT64 (64:ff9b::/96) address, if any. */
function embeddedIpv4(ip: string): string | null {
  const m = /^(?:::ffff:|64:ff9b::)(.+)$/i.exec(ip);
  if (!m?.[1]) return null;
  const rest = m[1];
  if (net.isIPv4(rest)) return rest;
  const hex = /^([0-9a-f]{1,4}):([0-9a-f]{1,4})$/i.exec(rest);
  if (!hex?.[1] || !hex[2]) return null;
  const hi = parseInt(hex[1], 16);
  const lo = parseInt(hex[2], 16);
  return [hi >> 8, hi & 255, lo >> 8, lo & 255].join('.');
}

/** True for loopback, link-local, private, unspecified and multicast addresses (IPv4 inside IPv6 too). */
export function isNonPublicAddress(ip: string): boolean {
  const family = net.isIP(ip);
  if (family === 4) return NOT_PUBLIC.check(ip, 'ipv4');
  if (family !== 6) return false;
  const inner = embeddedIpv4(ip);
  if (inner !== null) return NOT_PUBLIC.check(inner, 'ipv4');
  return NOT_PUBLIC.check(ip, 'ipv6');
}

/** Why a target that DNS gave is not connected to, or null when it may be. */
export type RefusedTarget = 'port' | 'ip_literal' | 'private_address';

/** An SRV record's target and port, judged: submission ports only, never an IP literal. */
export function refuseSrvTarget(target: string, port: number): RefusedTarget | null {
  if (net.isIP(norm(target)) !== 0) return 'ip_literal';
  if (!SRV_SUBMISSION_PORTS.includes(port)) return 'port';
  return null;
}
