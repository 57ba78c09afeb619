/**
 * `sendcheck lookup --email ADDRESS [--json] [--lang ja|en]`: the outgoing-server settings the
 * bundled provider data lists for an address, found the way a diagnosis finds them (the domain,
 * then its parent domains). Nothing is sent over the network: the settings are the provider's
 * published ones and say so.
 */
import { parseArgs } from 'node:util';
import { createTranslator } from '../shared/i18n/i18next-options.js';
import {
  expandHost,
  expandUsername,
  lookupProvider,
  needsIspUserId,
  type ProviderMatch,
} from '../shared/providers/index.js';
import { parseEmail, type ParsedEmail } from '../shared/validate.js';
import type { Lang } from '../shared/verdict.js';
import { envLang, type SupportCliDeps } from './cli-support.js';

const USAGE = 'Usage: sendcheck lookup --email ADDRESS [--json] [--lang ja|en]';

/** One outgoing server with the address filled in. */
export interface LookupServer {
  host: string;
  port: number;
  security: 'plain' | 'starttls' | 'tls';
  /** null when the provider gives its own user id, which only the user knows. */
  username: string | null;
  authentication: string[];
  insideIspOnly: boolean;
}

/** What `lookup --json` prints. */
export interface LookupResult {
  email: string;
  provider: { id: string; name: string } | null;
  match: ProviderMatch['match'] | null;
  matchedDomain: string | null;
  outgoing: LookupServer[];
  /** The provider accepts only OAuth for SMTP: a password will not do. */
  oauthOnly: boolean;
  /** What the provider says about app passwords, when the data knows. */
  appPassword: 'available' | 'required' | 'none' | 'unknown';
  /** Always false: nothing was probed. */
  checked: false;
}

/** The published settings for a parsed address (pure apart from the bundled data). */
export function lookupSettings(email: ParsedEmail): LookupResult {
  const m = lookupProvider({ domain: email.domainAscii });
  const outgoing = (m?.provider.outgoing ?? []).map((s) => ({
    host: expandHost(s.hostname, email),
    port: s.port,
    security: s.socketType,
    username: needsIspUserId(s.username) ? null : expandUsername(s.username, email),
    authentication: [...s.authentication],
    insideIspOnly: s.insideIspOnly,
  }));
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

/** The result in words, one line each. */
export function renderLookup(r: LookupResult, domain: string, lang: Lang): string {
  const t = createTranslator(lang);
  if (!r.provider) return `${t('code.lookup.notFound', { domain })}\n`;
  const out = [
    t('code.lookup.heading', { domain }),
    '',
    t('code.lookup.provider', { name: r.provider.name }),
  ];
  if (r.match === 'parent') out.push(t('code.lookup.matchedParent', { matched: r.matchedDomain }));
  if (r.outgoing.length === 0) out.push(t('code.lookup.noServers'));
  for (const s of r.outgoing) {
    const security = t(`code.security.${s.security === 'plain' ? 'none' : s.security}`);
    const username = s.username ?? t('code.lookup.ispUserId');
    out.push(`  • ${t('code.lookup.server', { port: s.port, security, host: s.host, username })}`);
    if (s.insideIspOnly) out.push(`    ${t('code.lookup.insideIspOnly')}`);
  }
  if (r.oauthOnly) out.push(t('code.lookup.oauthOnly'));
  else if (r.appPassword === 'required') out.push(t('code.lookup.appPasswordRequired'));
  else if (r.appPassword === 'available') out.push(t('code.lookup.appPasswordAvailable'));
  out.push('', t('code.lookup.notChecked'));
  return `${out.join('\n')}\n`;
}

/** Looks up and prints; resolves to the exit status (0 answered, found or not; 2 bad input). */
export function runLookup(args: string[], deps: SupportCliDeps): number {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      strict: true,
      allowPositionals: false,
      options: {
        email: { type: 'string' },
        json: { type: 'boolean', default: false },
        lang: { type: 'string' },
      },
    });
  } catch (err) {
    deps.err(`sendcheck: ${(err as Error).message}\n${USAGE}\n`);
    return 2;
  }
  const v = parsed.values;
  if (v.lang !== undefined && v.lang !== 'ja' && v.lang !== 'en') {
    deps.err(`sendcheck: --lang must be ja or en (got "${v.lang}").\n`);
    return 2;
  }
  const lang: Lang = v.lang ?? envLang(deps.env);
  if (v.email === undefined) {
    deps.err(`sendcheck: --email is required.\n${USAGE}\n`);
    return 2;
  }
  const email = parseEmail(v.email);
  if (!email.ok) {
    deps.err(`sendcheck: ${email.message[lang]}\n`);
    return 2;
  }
  const result = lookupSettings(email.value);
  deps.out(v.json ? `${JSON.stringify(result)}\n` : renderLookup(result, email.value.domain, lang));
  return 0;
}
