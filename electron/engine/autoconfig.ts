/**
 * Online autoconfig (docs/diagnosis.md, "Discovery"): the mail domain's own published settings,
 * fetched as Thunderbird does from https://autoconfig.DOMAIN/mail/config-v1.1.xml?emailaddress=
 * ADDRESS and https://DOMAIN/.well-known/autoconfig/mail/config-v1.1.xml, both at once (the plan
 * starts them: plan/discovery.ts). HTTPS only, with the certificate verified, no redirects
 * followed, at most 64 KiB read. Only the outgoing (SMTP) servers are taken, by the same rules as
 * the bundled provider data (outgoing-server.ts).
 */
import type { ProviderServer } from '../../shared/providers/index.js';
import { expandHost } from '../../shared/providers/index.js';
import { readOutgoingServer, smtpServerElements } from '../../shared/providers/outgoing-server.js';
import type { ParsedEmail } from '../../shared/validate.js';
import { childElements, parseXml } from '../../shared/xml-lite.js';
import { httpsGet, type HttpsGetOptions, type HttpsGetOutcome } from './https-get.js';

/** A config-v1.1 answer is a few KiB; anything over this is not one. */
export const AUTOCONFIG_MAX_BYTES = 64 * 1024;
/** More outgoing servers than this in one answer are ignored. */
const MAX_SERVERS = 10;
const MAX_USERNAME = 256;
// A host name (labels of letters, digits and inner hyphens); %EMAILDOMAIN% may stand for labels.
const LABEL = '(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?|%EMAILDOMAIN%)';
const HOST_TEMPLATE = new RegExp(`^${LABEL}(?:\\.${LABEL})*$`);

/** One of the two places the settings may be published. */
export interface AutoconfigTarget {
  host: string;
  /** Path and query. */
  path: string;
  url: string;
}

/** How to fetch: the engine passes its DNS settings and signals; tests also pass a CA and a port. */
export type AutoconfigOptions = Pick<
  HttpsGetOptions,
  'deadlineMs' | 'dns' | 'families' | 'signal' | 'skip' | 'ca' | 'port'
>;

/** What one URL gave. outcome is 'found' when it named at least one usable outgoing server. */
export interface AutoconfigAttempt {
  target: AutoconfigTarget;
  outcome: 'found' | Exclude<HttpsGetOutcome, 'ok'>;
  /** The HTTP status, when an answer came. */
  status: number | null;
  ip: string | null;
  ms: number;
  /** What went wrong: ENOTFOUND, HTTP_404, TOO_LARGE, BAD_XML, CERT_HAS_EXPIRED ...; null when found. */
  code: string | null;
  /** One English line for the helpdesk. */
  detail: string;
  /** Outgoing servers as listed (templates not yet filled in). */
  servers: ProviderServer[];
}

/** The two URLs for an address, autoconfig.DOMAIN first (Thunderbird's order). */
export function autoconfigTargets(email: ParsedEmail): AutoconfigTarget[] {
  const domain = email.domainAscii;
  const sub = `autoconfig.${domain}`;
  const subPath = `/mail/config-v1.1.xml?emailaddress=${encodeURIComponent(email.ascii)}`;
  const wellKnownPath = '/.well-known/autoconfig/mail/config-v1.1.xml';
  return [
    { host: sub, path: subPath, url: `https://${sub}${subPath}` },
    { host: domain, path: wellKnownPath, url: `https://${domain}${wellKnownPath}` },
  ];
}

function usable(s: ProviderServer): boolean {
  return (
    s.hostname.length <= 253 &&
    HOST_TEMPLATE.test(s.hostname) &&
    s.username.length <= MAX_USERNAME &&
    !/[\u0000-\u001f\u007f]/.test(s.username)
  );
}

/**
 * Reads a config-v1.1 document and returns its usable outgoing SMTP servers (at most 10), in
 * document order. Throws when the text is not a config-v1.1 document at all; entries that break
 * the rules (bad port, unknown socket type, odd host name) are left out.
 */
export function readAutoconfigXml(xml: string): ProviderServer[] {
  const root = parseXml(xml);
  if (root.name !== 'clientConfig') throw new Error(`root is <${root.name}>, not <clientConfig>`);
  const provider = childElements(root, 'emailProvider')[0];
  if (!provider) throw new Error('no <emailProvider>');
  const servers: ProviderServer[] = [];
  for (const el of smtpServerElements(provider).slice(0, MAX_SERVERS)) {
    try {
      const s = readOutgoingServer(el);
      if (usable(s)) servers.push(s);
    } catch {
      // One bad entry does not spoil the others, as in Thunderbird.
    }
  }
  return servers;
}

function describeServers(servers: ProviderServer[], email: ParsedEmail): string {
  return servers
    .map((s) => `${expandHost(s.hostname, email)}:${s.port} ${s.socketType}`)
    .join(', ');
}

/** Fetches one URL and reads it. Never rejects. */
export async function fetchAutoconfigUrl(
  target: AutoconfigTarget,
  email: ParsedEmail,
  o: AutoconfigOptions,
): Promise<AutoconfigAttempt> {
  const r = await httpsGet({
    ...o,
    host: target.host,
    path: target.path,
    maxBytes: AUTOCONFIG_MAX_BYTES,
  });
  const path = target.path.replace(/\?.*$/, '');
  const attempt = (
    outcome: AutoconfigAttempt['outcome'],
    code: string | null,
    detail: string,
    servers: ProviderServer[] = [],
  ): AutoconfigAttempt => ({
    target,
    outcome,
    status: r.status,
    ip: r.ip,
    ms: r.ms,
    code,
    detail: `GET ${path}: ${detail}`,
    servers,
  });
  if (r.outcome !== 'ok') return attempt(r.outcome, r.code, r.detail);
  const status = r.status ?? 0;
  if (status >= 300 && status < 400)
    return attempt(
      'nodata',
      `HTTP_${status}`,
      `HTTP ${status} to ${r.location ?? '(no Location)'}, not followed`,
    );
  if (status === 404 || status === 410)
    return attempt('nodata', `HTTP_${status}`, `no settings published here (HTTP ${status})`);
  if (status !== 200) return attempt('error', `HTTP_${status}`, `HTTP ${status}`);
  let servers: ProviderServer[];
  try {
    servers = readAutoconfigXml((r.body ?? Buffer.alloc(0)).toString('utf8'));
  } catch (e) {
    return attempt(
      'error',
      'BAD_XML',
      `${r.detail}, but not a config-v1.1 document (${(e as Error).message})`,
    );
  }
  if (servers.length === 0)
    return attempt('nodata', 'NO_SMTP', `${r.detail}; the settings name no usable outgoing server`);
  return attempt(
    'found',
    null,
    `${r.detail}; outgoing: ${describeServers(servers, email)}`,
    servers,
  );
}

/** The servers of the first attempt (in target order) that found any. */
export function autoconfigServers(attempts: AutoconfigAttempt[]): ProviderServer[] {
  return attempts.find((a) => a.outcome === 'found')?.servers ?? [];
}
