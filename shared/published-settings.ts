/**
 * Look-up only: the outgoing-server settings the bundled provider data lists
 * for an address, found the way a diagnosis finds them (the domain, then its parent domains), with
 * nothing sent over the network. Pure, for the CLI's `lookup` and the Support staff screen.
 *
 * Usage: `const email = parseEmail(typed); if (email.ok) { const r = publishedSettings(email.value);
 * describePublishedSettings(r, email.value.domain, t) }`.
 */
import type { Translate } from './i18n/messages.js';
import { addressValues, fillPlaceholders } from './placeholders.js';
import { expandHost, lookupProvider, type ProviderMatch } from './providers/index.js';
import type { ParsedEmail } from './validate.js';

/** One outgoing server with the address filled in. */
export interface PublishedServer {
  host: string;
  port: number;
  security: 'plain' | 'starttls' | 'tls';
  /** null when the provider gives its own user id, which only the user knows. */
  username: string | null;
  authentication: string[];
  insideIspOnly: boolean;
}

/** What the bundled data says about an address's provider (the CLI's `lookup --json`). */
export interface PublishedSettings {
  email: string;
  provider: { id: string; name: string } | null;
  match: ProviderMatch['match'] | null;
  matchedDomain: string | null;
  outgoing: PublishedServer[];
  /** The provider accepts only OAuth for SMTP: a password will not do. */
  oauthOnly: boolean;
  /** What the provider says about app passwords, when the data knows. */
  appPassword: 'available' | 'required' | 'none' | 'unknown';
  /** Always false: nothing was probed. */
  checked: false;
}

/** The published settings for a parsed address. */
export function publishedSettings(email: ParsedEmail): PublishedSettings {
  const m = lookupProvider({ domain: email.domainAscii });
  const outgoing = (m?.provider.outgoing ?? []).map((s) => {
    const username = fillPlaceholders(s.username, addressValues(email));
    return {
      host: expandHost(s.hostname, email),
      port: s.port,
      security: s.socketType,
      username: username.known ? username.value : null,
      authentication: [...s.authentication],
      insideIspOnly: s.insideIspOnly,
    };
  });
  return {
    email: email.display,
    provider: m ? { id: m.provider.id, name: m.provider.displayName } : null,
    match: m?.match ?? null,
    matchedDomain: m?.matchedDomain ?? null,
    outgoing,
    oauthOnly: m?.provider.oauthOnly ?? false,
    appPassword: m?.provider.appPassword?.status ?? 'unknown',
    checked: false,
  };
}

/** The settings in words, one catalogue sentence per line (`domain` in Unicode, as typed). */
export function describePublishedSettings(
  r: PublishedSettings,
  domain: string,
  t: Translate,
): string[] {
  if (!r.provider) return [t('code.lookup.notFound', { domain })];
  const out = [
    t('code.lookup.heading', { domain }),
    t('code.lookup.provider', { name: r.provider.name }),
  ];
  if (r.match === 'parent') out.push(t('code.lookup.matchedParent', { matched: r.matchedDomain }));
  if (r.outgoing.length === 0) out.push(t('code.lookup.noServers'));
  for (const s of r.outgoing) {
    const security = t(`code.security.${s.security === 'plain' ? 'none' : s.security}`);
    const username = s.username ?? t('settings.values.ispUserId');
    out.push(t('code.lookup.server', { port: s.port, security, host: s.host, username }));
    if (s.insideIspOnly) out.push(t('code.lookup.insideIspOnly'));
  }
  if (r.oauthOnly) out.push(t('code.lookup.oauthOnly'));
  else if (r.appPassword === 'required') out.push(t('code.lookup.appPasswordRequired'));
  else if (r.appPassword === 'available') out.push(t('code.lookup.appPasswordAvailable'));
  out.push(t('code.lookup.notChecked'));
  return out;
}
