/**
 * The project's own provider entries (hand-kept.json) and how they join the ISPDB's: an entry
 * either amends an ISPDB entry (adds fields and domains, and may replace its servers) or stands on
 * its own. Used by the converter (scripts/convert-ispdb.ts), which checks the merged result with
 * parseProviderData; this file only reads the shape and merges.
 */
import type { AppPasswordInfo, Provider, ProviderServer, SocketType } from './types.js';
import { isInsideIspOnly } from './outgoing-server.js';

/** A server as written by hand: insideIspOnly is worked out, never typed. */
export interface HandKeptServer {
  hostname: string;
  port: number;
  socketType: SocketType;
  username: string;
  authentication: string[];
}

/** One hand-kept entry. */
export interface HandKeptEntry {
  id: string;
  /** The ISPDB entry (its id) this one amends. */
  amends?: string;
  displayName?: string;
  domains?: string[];
  /** Replaces the ISPDB servers when present; [] means "none published that we could find". */
  outgoing?: HandKeptServer[];
  sourceUrls: string[];
  checked: string;
  oauthOnly?: boolean;
  appPassword?: AppPasswordInfo;
  usernameForm?: string;
  notes?: string;
  unverified?: string[];
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Reads hand-kept.json's shape: `{ entries: [...] }` with an id, sources and a date on each. */
export function readHandKept(json: unknown): HandKeptEntry[] {
  if (!isRecord(json) || !Array.isArray(json.entries))
    throw new Error('hand-kept data: expected { "entries": [...] }');
  return json.entries.map((e: unknown, i) => {
    if (!isRecord(e) || typeof e.id !== 'string' || e.id === '')
      throw new Error(`hand-kept entries[${i}]: no id`);
    if (!Array.isArray(e.sourceUrls) || e.sourceUrls.length === 0)
      throw new Error(`hand-kept ${e.id}: no sourceUrls (the provider's page)`);
    if (typeof e.checked !== 'string') throw new Error(`hand-kept ${e.id}: no checked date`);
    if (e.amends === undefined && (typeof e.displayName !== 'string' || !Array.isArray(e.domains)))
      throw new Error(`hand-kept ${e.id}: a new entry needs displayName and domains`);
    if (e.amends === undefined && !Array.isArray(e.outgoing))
      throw new Error(`hand-kept ${e.id}: a new entry needs outgoing (may be [])`);
    // The remaining fields are checked, with the whole merged file, by parseProviderData.
    return e as unknown as HandKeptEntry;
  });
}

function toServer(s: HandKeptServer): ProviderServer {
  const { hostname, port, socketType, username, authentication } = s;
  const insideIspOnly = isInsideIspOnly({ port, socketType, authentication });
  return { hostname, port, socketType, username, authentication, insideIspOnly };
}

// Our fields in a fixed key order, so that the JSON stays byte-for-byte stable.
function ownFields(e: HandKeptEntry): Partial<Provider> {
  return {
    sourceUrls: e.sourceUrls,
    checked: e.checked,
    ...(e.oauthOnly !== undefined ? { oauthOnly: e.oauthOnly } : {}),
    ...(e.appPassword !== undefined ? { appPassword: e.appPassword } : {}),
    ...(e.usernameForm !== undefined ? { usernameForm: e.usernameForm } : {}),
    ...(e.notes !== undefined ? { notes: e.notes } : {}),
    ...(e.unverified !== undefined ? { unverified: e.unverified } : {}),
  };
}

function amend(base: Provider, e: HandKeptEntry): Provider {
  const domains = [...new Set([...base.domains, ...(e.domains ?? [])])].sort();
  return {
    id: base.id,
    displayName: e.displayName ?? base.displayName,
    domains,
    outgoing: e.outgoing ? e.outgoing.map(toServer) : base.outgoing,
    origin: 'ispdb+own',
    ...ownFields(e),
  };
}

function standalone(e: HandKeptEntry): Provider {
  return {
    id: e.id,
    displayName: e.displayName ?? e.id,
    domains: [...new Set(e.domains ?? [])].sort(),
    outgoing: (e.outgoing ?? []).map(toServer),
    origin: 'own',
    ...ownFields(e),
  };
}

/** The ISPDB providers with the hand-kept entries applied, sorted by id (code-unit order). */
export function mergeHandKept(
  ispdb: readonly Provider[],
  entries: readonly HandKeptEntry[],
): Provider[] {
  const byId = new Map(ispdb.map((p) => [p.id, p]));
  for (const e of entries) {
    if (e.amends !== undefined) {
      const base = byId.get(e.amends);
      if (!base) throw new Error(`hand-kept ${e.id}: amends ${e.amends}, which the ISPDB lacks`);
      byId.set(base.id, amend(base, e));
    } else {
      if (byId.has(e.id)) throw new Error(`hand-kept ${e.id}: the id is taken; use "amends"`);
      byId.set(e.id, standalone(e));
    }
  }
  const out = [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const owner = new Map<string, string>();
  for (const p of out) {
    for (const d of p.domains) {
      const other = owner.get(d);
      if (other !== undefined) throw new Error(`domain ${d} is in both ${other} and ${p.id}`);
      owner.set(d, p.id);
    }
  }
  return out;
}
