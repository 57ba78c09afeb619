/**
 * Where the user's outgoing server is: the ordered list of submission candidates to probe
 * (docs/diagnosis.md, "Discovery"). The user's own server first, then the bundled provider data,
 * then DNS SRV (RFC 6186 / 8314), then the domain's online autoconfig, then guesses. The plan
 * looks them up (plan/discovery.ts); this file only orders what they found.
 */
import type { CandidateSource } from '../../shared/probe.js';
import { expandHost, expandUsername } from '../../shared/providers/index.js';
import type { Provider, ProviderServer, SocketType } from '../../shared/providers/index.js';
import type { ParsedEmail } from '../../shared/validate.js';
import net from 'node:net';
import { refuseSrvTarget } from './trust.js';
import type { SrvRecord } from './dns.js';

/** One host and port to probe as an outgoing server, and how to talk to it. */
export interface SubmissionCandidate {
  /** ASCII (punycode), lower case. */
  host: string;
  port: number;
  security: SocketType;
  source: CandidateSource;
  /** The login name the provider data implies (the full address by default). */
  username: string;
  providerId: string | null;
  /** Listed for the provider's own network only (port 25, plain, IP-based auth). */
  insideIspOnly: boolean;
}

/** What listCandidates works from. */
export interface DiscoveryInput {
  email: ParsedEmail;
  /** The server the user typed, in ASCII form (parseServer's `ascii`). */
  userServer?: string;
  userPort?: number;
  provider: Provider | null;
  srv: { submissions: SrvRecord[]; submission: SrvRecord[] };
  /** Outgoing servers the domain publishes through online autoconfig (templates), if any. */
  autoconfig?: ProviderServer[];
  /** MX hosts of the address's domain, best first. */
  mxHosts: string[];
}

/** The SRV names for implicit TLS and STARTTLS submission, in that order (RFC 8314 prefers TLS). */
export function srvNames(domainAscii: string): string[] {
  return [`_submissions._tcp.${domainAscii}`, `_submission._tcp.${domainAscii}`];
}

const RECOMMENDED: readonly { port: number; security: SocketType }[] = [
  { port: 587, security: 'starttls' },
  { port: 465, security: 'tls' },
];

function securityForPort(port: number): SocketType {
  return port === 465 ? 'tls' : 'starttls';
}

function normHost(host: string): string {
  return host.trim().toLowerCase().replace(/\.$/, '');
}

type Listed = ProviderServer & { host: string; providerId: string | null };

/** Listed servers (provider data or autoconfig) with templates filled in, in their order. */
function expandServers(
  servers: readonly ProviderServer[],
  email: ParsedEmail,
  providerId: string | null,
): Listed[] {
  return servers.map((s) => ({
    ...s,
    host: normHost(expandHost(s.hostname, email)),
    providerId,
  }));
}

/** The username template for hosts the listed data does not name itself (provider data first). */
function defaultUsernameTemplate(input: DiscoveryInput): string {
  for (const list of [input.provider?.outgoing ?? [], input.autoconfig ?? []]) {
    const preferred = list.find((s) => !s.insideIspOnly) ?? list[0];
    if (preferred) return preferred.username;
  }
  return '%EMAILADDRESS%';
}

function userCandidates(input: DiscoveryInput, fallbackUser: string): SubmissionCandidate[] {
  if (input.userServer === undefined || input.userServer.trim() === '') return [];
  const host = normHost(input.userServer);
  const known = [
    ...(input.provider
      ? expandServers(input.provider.outgoing, input.email, input.provider.id)
      : []),
    ...expandServers(input.autoconfig ?? [], input.email, null),
  ].filter((s) => s.host === host);
  const ports: { port: number; security: SocketType }[] = [];
  if (input.userPort !== undefined)
    ports.push({ port: input.userPort, security: securityForPort(input.userPort) });
  // No port, or port 25 (the one ISPs block): also try the submission ports on the same host.
  if (input.userPort === undefined || input.userPort === 25) ports.push(...RECOMMENDED);
  return ports.map(({ port, security }) => {
    const exact = known.find((s) => s.port === port);
    const sameHost = exact ?? known[0];
    return {
      host,
      port,
      security,
      source: 'user',
      username: sameHost ? expandUsername(sameHost.username, input.email) : fallbackUser,
      providerId: sameHost?.providerId ?? null,
      insideIspOnly: exact?.insideIspOnly ?? false,
    };
  });
}

/** Servers the provider data or autoconfig lists, in their order, plus what we would recommend instead. */
function listedCandidates(
  servers: Listed[],
  email: ParsedEmail,
  source: 'provider_db' | 'autoconfig',
): SubmissionCandidate[] {
  const toCandidate = (
    s: Listed,
    port = s.port,
    security = s.socketType,
    inside = s.insideIspOnly,
  ): SubmissionCandidate => ({
    host: s.host,
    port,
    security,
    source,
    username: expandUsername(s.username, email),
    providerId: s.providerId,
    insideIspOnly: inside,
  });
  const good = servers.filter((s) => !s.insideIspOnly);
  const inside = servers.filter((s) => s.insideIspOnly);
  // A host the data lists only on 25 or in plain text: what we would recommend there is 587 with
  // STARTTLS or 465 with TLS, so those go before the listed entries (and win the de-duplication).
  const added: SubmissionCandidate[] = [];
  for (const s of inside) {
    if (good.some((g) => g.host === s.host)) continue;
    for (const r of RECOMMENDED) {
      const listed = inside.some(
        (o) => o.host === s.host && o.port === r.port && o.socketType === r.security,
      );
      if (!listed) added.push(toCandidate(s, r.port, r.security, false));
    }
  }
  return [...good.map((s) => toCandidate(s)), ...added, ...inside.map((s) => toCandidate(s))];
}

function srvCandidates(
  records: SrvRecord[],
  security: SocketType,
  username: string,
): SubmissionCandidate[] {
  // RFC 2782: a lone "." target means the service is decidedly not offered at this domain.
  if (records.some((r) => r.name === '.' || r.name === '')) return [];
  return (
    [...records]
      .sort((a, b) => a.priority - b.priority || b.weight - a.weight)
      // The network may name any port and any target: only submission ports and host names are tried.
      .filter((r) => refuseSrvTarget(r.name, r.port) === null)
      .map((r) => ({
        host: normHost(r.name),
        port: r.port,
        security,
        source: 'srv',
        username,
        providerId: null,
        insideIspOnly: false,
      }))
  );
}

function guessCandidates(
  domain: string,
  mxHosts: string[],
  username: string,
): SubmissionCandidate[] {
  const hosts = [
    `smtp.${domain}`,
    `mail.${domain}`,
    domain,
    ...mxHosts.map(normHost).filter((h) => h !== '' && h !== '.' && net.isIP(h) === 0),
  ];
  return hosts.flatMap((host) =>
    RECOMMENDED.map(({ port, security }) => ({
      host,
      port,
      security,
      source: 'guess' as const,
      username,
      providerId: null,
      insideIspOnly: false,
    })),
  );
}

/** The candidates in probing order, de-duplicated on host and port (the earliest wins). */
export function listCandidates(input: DiscoveryInput): SubmissionCandidate[] {
  const fallbackUser = expandUsername(defaultUsernameTemplate(input), input.email);
  const provider = input.provider
    ? expandServers(input.provider.outgoing, input.email, input.provider.id)
    : [];
  const all = [
    ...userCandidates(input, fallbackUser),
    ...listedCandidates(provider, input.email, 'provider_db'),
    ...srvCandidates(input.srv.submissions, 'tls', fallbackUser),
    ...srvCandidates(input.srv.submission, 'starttls', fallbackUser),
    ...listedCandidates(
      expandServers(input.autoconfig ?? [], input.email, null),
      input.email,
      'autoconfig',
    ),
    ...guessCandidates(input.email.domainAscii, input.mxHosts, fallbackUser),
  ];
  const seen = new Set<string>();
  return all.filter((c) => {
    const key = `${c.host}:${c.port}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
