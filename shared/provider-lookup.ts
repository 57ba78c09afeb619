/**
 * Support staff's look-up of a provider's published outgoing servers by address (issue 9, point 7):
 * the bundled provider data only, so nothing is probed and it works offline. MX hosts are not
 * looked up (that would be DNS traffic): exact domain, then parent domains.
 */
import { expandHost, expandUsername, lookupProvider, needsIspUserId } from './providers/index.js';
import type { MatchKind } from './providers/index.js';
import { parseEmail } from './validate.js';

/** One published outgoing server, filled in for the address. */
export interface PublishedServer {
  host: string;
  port: number;
  security: 'starttls' | 'tls' | 'none';
  /** The login name for this address; null when it is the provider's own user id (the user must type it). */
  username: string | null;
  /** Usable only from the provider's own lines (port 25, plain, client-IP authentication). */
  insideIspOnly: boolean;
}

/** What the look-up found for an address's domain. */
export type ProviderLookup =
  | { found: false; domain: string }
  | {
      found: true;
      domain: string;
      provider: { id: string; name: string };
      match: Exclude<MatchKind, 'mx'>;
      /** The data domain that matched (a parent of the address's domain for 'parent'). */
      matched: string;
      servers: PublishedServer[];
      /** SMTP accepts only OAuth: the mail program must sign in with the service's account. */
      oauthOnly: boolean;
      /** What the provider publishes about app passwords ('unknown' when nothing is known). */
      appPassword: 'available' | 'required' | 'none' | 'unknown';
    };

/** The address could not be read (the message is validate.ts's, in both languages). */
export type LookupInputError = { ok: false; message: { ja: string; en: string } };

/** Looks up an address's provider in the bundled data; never touches the network. */
export function lookupPublished(
  email: string,
): { ok: true; value: ProviderLookup } | LookupInputError {
  const parsed = parseEmail(email);
  if (!parsed.ok) return { ok: false, message: parsed.message };
  const e = parsed.value;
  const m = lookupProvider({ domain: e.domainAscii });
  if (m === null || m.match === 'mx')
    return { ok: true, value: { found: false, domain: e.domain } };
  const servers = m.provider.outgoing.map((s): PublishedServer => ({
    host: expandHost(s.hostname, e),
    port: s.port,
    security: s.socketType === 'plain' ? 'none' : s.socketType,
    username: needsIspUserId(s.username) ? null : expandUsername(s.username, e),
    insideIspOnly: s.insideIspOnly,
  }));
  return {
    ok: true,
    value: {
      found: true,
      domain: e.domain,
      provider: { id: m.provider.id, name: m.provider.displayName },
      match: m.match,
      matched: m.matchedDomain,
      servers,
      oauthOnly: m.provider.oauthOnly === true,
      appPassword: m.provider.appPassword?.status ?? 'unknown',
    },
  };
}
