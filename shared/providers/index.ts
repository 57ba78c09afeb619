/**
 * The bundled provider settings database and look-ups on it. The data is Thunderbird's ISPDB
 * (MPL-2.0; see NOTICE.md) merged with the project's own hand-kept entries (hand-kept.json, each
 * with the provider's page and the date it was checked). Both are combined by
 * `npm run convert-ispdb`: never edit providers.json by hand.
 */
import data from './providers.json' with { type: 'json' };
import { addressValues, fillPlaceholders } from '../placeholders.js';
import type { ParsedEmail } from '../validate.js';
import { buildDomainIndex, lookupInIndex } from './lookup.js';
import type { DomainIndex, ProviderMatch } from './lookup.js';
import { parseProviderData } from './validate-data.js';

import type { ProviderDb } from './types.js';

export type { ProviderMatch, MatchKind } from './lookup.js';
export type {
  AppPasswordInfo,
  AppPasswordStatus,
  HandKeptSource,
  Provider,
  ProviderDb,
  ProviderOrigin,
  ProviderServer,
  ProviderSource,
  SocketType,
} from './types.js';

/** Date and source facts for an About box. */
export interface ProviderDataFacts {
  ispdbRepository: string;
  ispdbCommit: string;
  ispdbDate: string;
  ispdbLicense: string;
  handKeptEntries: number;
  handKeptChecked: string | null;
  generatedAt: string;
  entries: number;
}

const EMPTY_DB: ProviderDb = {
  source: { repository: '', path: '', commit: '', date: '', license: '' },
  providers: [],
};

let loaded: { db: ProviderDb; index: DomainIndex } | null = null;

// The bundled file is read like any other input: checked once, and an invalid file gives an empty
// database (every look-up misses) rather than wrong settings. index.test.ts checks the file.
function load(): { db: ProviderDb; index: DomainIndex } {
  if (loaded) return loaded;
  const parsed = parseProviderData(data);
  const db = parsed.ok ? parsed.value : EMPTY_DB;
  loaded = { db, index: buildDomainIndex(db.providers) };
  return loaded;
}

/** The bundled database as a whole (for tests and the about box). */
export function providerDb(): ProviderDb {
  return load().db;
}

/** The data's date and source facts (for an About box). */
export function providerDataFacts(): ProviderDataFacts {
  const { db } = load();
  return {
    ispdbRepository: db.source.repository,
    ispdbCommit: db.source.commit,
    ispdbDate: db.source.date,
    ispdbLicense: db.source.license,
    handKeptEntries: db.handKept?.entries ?? 0,
    handKeptChecked: db.handKept?.checked ?? null,
    generatedAt: db.generatedAt ?? db.source.date,
    entries: db.providers.length,
  };
}

/**
 * The provider for an address's domain, the way Thunderbird looks: exact domain, then parent
 * domains, then the domains of its MX hosts (custom domains at Google Workspace, Microsoft 365 or
 * a hosting company). Says how it matched.
 */
export function lookupProvider(q: {
  domain: string;
  mxHosts?: readonly string[];
}): ProviderMatch | null {
  return lookupInIndex(load().index, q);
}

/**
 * Fills in a username template (shared/placeholders.ts). The ASCII form of the address is used so
 * that the username can go into SMTP AUTH as it is. %ISPUSERID% stays as it is: only the user knows
 * that id, and the settings to write say so (shared/settings-to-write.ts).
 */
export function expandUsername(template: string, email: ParsedEmail): string {
  const filled = fillPlaceholders(template, addressValues(email));
  return filled.known ? filled.value : template;
}

/** Fills in a host name template such as 'mail.%EMAILDOMAIN%' (punycode domain). */
export function expandHost(template: string, email: ParsedEmail): string {
  const filled = fillPlaceholders(template, addressValues(email));
  return (filled.known ? filled.value : template).toLowerCase();
}
