/**
 * The bundled provider settings database and look-ups on it. The data is Thunderbird's ISPDB
 * (MPL-2.0; see NOTICE.md) merged with the project's own hand-kept entries (hand-kept.json, each
 * with the provider's page and the date it was checked). Both are combined by
 * `npm run convert-ispdb`: never edit providers.json by hand.
 */
import data from './providers.json' with { type: 'json' };
import { addressValues, fillPlaceholders } from '../placeholders.js';
import type { ParsedEmail } from '../validate.js';
import { buildDomainIndex, lookupInIndex, walkDomain } from './lookup.js';
import type { DomainIndex, ProviderMatch } from './lookup.js';
import { parseProviderData } from './validate-data.js';

export type { ProviderMatch, MatchKind } from './lookup.js';

/** How a connection is secured: plain text, STARTTLS after connect, or TLS from the first byte. */
export type SocketType = 'plain' | 'starttls' | 'tls';

/** One outgoing (SMTP) server as the database lists it. */
export interface ProviderServer {
  /** Lower case; may hold %EMAILDOMAIN% (see expandHost). */
  hostname: string;
  port: number;
  socketType: SocketType;
  /** Template such as '%EMAILADDRESS%' or '%EMAILLOCALPART%' (see expandUsername), or %ISPUSERID%. */
  username: string;
  /** As in the source, e.g. 'password-cleartext', 'OAuth2', 'client-IP-address'. */
  authentication: string[];
  /** The server only serves clients on the provider's own network. */
  restriction?: 'client-ip';
  /** Port 25, a plain socket, or IP-based/smtp-after-pop/no auth: works only on that ISP's own network. */
  insideIspOnly: boolean;
}

/** Whether the provider lets mail programs sign in with an app-specific password. */
export type AppPasswordStatus = 'available' | 'required' | 'none' | 'unknown';

/** What the provider publishes about app passwords, and where. */
export interface AppPasswordInfo {
  status: AppPasswordStatus;
  /** The provider's page that says so. */
  sourceUrl?: string;
}

/** Whose data an entry is: the ISPDB's, the project's own, or the ISPDB's amended by our own. */
export type ProviderOrigin = 'ispdb' | 'own' | 'ispdb+own';

/** One provider: the domains it hosts and its outgoing servers in the database's order. */
export interface Provider {
  /** The ISPDB file's name without .xml, or the hand-kept entry's id (unique). */
  id: string;
  displayName: string;
  /** Lower case ASCII, sorted. */
  domains: string[];
  /** May be empty for an own entry whose provider publishes no settings we could find. */
  outgoing: ProviderServer[];
  /** Absent in older files: read as 'ispdb'. */
  origin?: ProviderOrigin;
  /** The provider's own pages our fields come from (own and amended entries). */
  sourceUrls?: string[];
  /** The date (YYYY-MM-DD) our fields were checked against sourceUrls. */
  checked?: string;
  /** SMTP accepts only OAuth: a password test is pointless and must not be sent. */
  oauthOnly?: boolean;
  appPassword?: AppPasswordInfo;
  /** The login name's form: a username template (%EMAILADDRESS%, %EMAILLOCALPART%) or %ISPUSERID%. */
  usernameForm?: string;
  /** What a reader of the data must know (limits, what could not be confirmed). */
  notes?: string;
  /** Fields left out because no page of the provider's confirmed them. */
  unverified?: string[];
}

/** Where the ISPDB part came from. */
export interface ProviderSource {
  repository: string;
  path: string;
  commit: string;
  date: string;
  license: string;
}

/** Where the hand-kept part came from. */
export interface HandKeptSource {
  /** Repository path of the hand-kept file. */
  file: string;
  entries: number;
  /** The most recent `checked` date among them. */
  checked: string;
}

/** The whole bundled file. */
export interface ProviderDb {
  source: ProviderSource;
  handKept?: HandKeptSource;
  /** The newest date among the inputs (ISPDB commit date, hand-kept checks): the data's age. */
  generatedAt?: string;
  providers: Provider[];
}

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

let loaded: { db: ProviderDb; index: DomainIndex; problem: string | null } | null = null;

// The bundled file is read like any other input: checked once, and an invalid file gives an empty
// database (every look-up misses) with the reason kept, rather than wrong settings.
function load(): { db: ProviderDb; index: DomainIndex; problem: string | null } {
  if (loaded) return loaded;
  const parsed = parseProviderData(data);
  const db = parsed.ok ? parsed.value : EMPTY_DB;
  loaded = { db, index: buildDomainIndex(db.providers), problem: parsed.ok ? null : parsed.error };
  return loaded;
}

/** The bundled database as a whole (for tests and the about box). */
export function providerDb(): ProviderDb {
  return load().db;
}

/** Why the bundled data was refused (then the database is empty), or null when it was read. */
export function providerDataProblem(): string | null {
  return load().problem;
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
 * The provider that hosts this domain: the exact domain (case-insensitive), else its nearest
 * parent domain in the data (`bird.ocn.ne.jp` finds `ocn.ne.jp`), never a bare public suffix.
 */
export function findProvider(domainAscii: string): Provider | null {
  return lookupProvider({ domain: domainAscii })?.provider ?? null;
}

/** The provider whose data lists the domain of one of these MX hosts (best first), or null. */
export function findProviderByMx(mxHosts: readonly string[]): ProviderMatch | null {
  const { index } = load();
  return lookupInIndex(index, { domain: '', mxHosts });
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

/** The names a look-up tries for one domain, nearest first (exported for tests and evidence). */
export function lookupNames(domainAscii: string): string[] {
  return walkDomain(domainAscii);
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
