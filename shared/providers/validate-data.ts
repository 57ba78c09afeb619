/**
 * Reads provider data as untrusted input: the bundled providers.json (and, in the converter, the
 * merged result) is checked field by field and rebuilt from known keys only, so that a damaged or
 * hostile file gives a clear error instead of odd settings. Never throws.
 */
import type {
  AppPasswordInfo,
  Provider,
  ProviderDb,
  ProviderOrigin,
  ProviderServer,
  ProviderSource,
  HandKeptSource,
  SocketType,
} from './types.js';
import { isPublicSuffix } from '../domain.js';
import { isInsideIspOnly } from './outgoing-server.js';

/** The data, rebuilt, or what is wrong with it (with a path such as `providers[3].outgoing[0].port`). */
export type ProviderDataResult = { ok: true; value: ProviderDb } | { ok: false; error: string };

/** Ports an entry of our own may name: SMTP relay, implicit TLS, submission, and the common alternative. */
export const OWN_PORTS: readonly number[] = [25, 465, 587, 2525];

const LIMITS = { providers: 5000, domains: 500, servers: 20, text: 2000, id: 120, urls: 10 };
const SOCKETS: readonly SocketType[] = ['plain', 'starttls', 'tls'];
const ORIGINS: readonly ProviderOrigin[] = ['ispdb', 'own', 'ispdb+own'];
const APP_PASSWORD = ['available', 'required', 'none', 'unknown'] as const;
const PLACEHOLDER = /%(EMAILADDRESS|EMAILLOCALPART|EMAILDOMAIN|ISPUSERID)%/g;

class DataError extends Error {}

function fail(path: string, what: string): never {
  throw new DataError(`${path}: ${what}`);
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function record(v: unknown, path: string): Record<string, unknown> {
  if (!isRecord(v)) fail(path, 'not an object');
  return v;
}

function text(v: unknown, path: string, max = LIMITS.text, empty = false): string {
  if (typeof v !== 'string') fail(path, 'not a string');
  if (!empty && v.trim() === '') fail(path, 'empty');
  if (v.length > max) fail(path, `longer than ${max} characters`);
  // Control characters have no place in names, URLs or notes shown to a user.
  if (/[\u0000-\u0008\u000b-\u001f\u007f]/.test(v)) fail(path, 'holds control characters');
  return v;
}

function list(v: unknown, path: string, max: number): unknown[] {
  if (!Array.isArray(v)) fail(path, 'not a list');
  if (v.length > max) fail(path, `more than ${max} items`);
  // Array.from turns holes of a sparse array into undefined, which the item checks then refuse.
  return Array.from(v as unknown[]);
}

// Two or more labels of 1-63 characters (letters, digits, inner hyphens and underscores), total
// at most 253, and a last label that is not all digits (so no IPv4 literal).
const HOST_NAME =
  /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9_-]{0,61}[a-z0-9])?\.)+(?!\d+$)[a-z0-9](?:[a-z0-9_-]{0,61}[a-z0-9])?$/;

/** A lower-case ASCII host name of at least two labels (RFC 1035 lengths). */
export function isHostName(name: string): boolean {
  return HOST_NAME.test(name);
}

function domainName(v: unknown, path: string): string {
  const d = text(v, path, 253);
  if (!isHostName(d)) fail(path, `${JSON.stringify(d)} is not a lower-case host name`);
  if (isPublicSuffix(d)) fail(path, `${d} is a public suffix`);
  return d;
}

function hostTemplate(v: unknown, path: string): string {
  const h = text(v, path, 253);
  // %EMAILDOMAIN% stands for a host name; check the name with a stand-in.
  if (!isHostName(h.replaceAll('%EMAILDOMAIN%', 'example.jp')))
    fail(path, `${JSON.stringify(h)} is not a host name`);
  return h;
}

function usernameTemplate(v: unknown, path: string): string {
  const u = text(v, path, 200);
  if (/%/.test(u.replace(PLACEHOLDER, ''))) fail(path, `unknown placeholder in ${u}`);
  if (/[\s@]/.test(u.replace(PLACEHOLDER, ''))) fail(path, `odd characters in ${u}`);
  return u;
}

function date(v: unknown, path: string): string {
  const d = text(v, path, 10);
  // Checked by arithmetic, not Date.parse: the first Date call costs milliseconds at start-up.
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(d);
  const [y, mo, day] = m ? [Number(m[1]), Number(m[2]), Number(m[3])] : [0, 0, 0];
  const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][mo - 1] ?? 0;
  if (!m || y < 1990 || day < 1 || day > days)
    fail(path, `${JSON.stringify(d)} is not a date (YYYY-MM-DD)`);
  return d;
}

function url(v: unknown, path: string): string {
  const u = text(v, path, 500);
  let parsed: URL;
  try {
    parsed = new URL(u);
  } catch {
    fail(path, `${JSON.stringify(u)} is not a URL`);
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') fail(path, 'not an http(s) URL');
  return u;
}

function server(v: unknown, path: string, own: boolean): ProviderServer {
  const r = record(v, path);
  const port = r.port;
  if (typeof port !== 'number' || !Number.isInteger(port) || port < 1 || port > 65535)
    fail(`${path}.port`, 'not a TCP port');
  if (own && !OWN_PORTS.includes(port)) fail(`${path}.port`, `${port} is not a mail port`);
  const socketType = r.socketType;
  if (!SOCKETS.includes(socketType as SocketType)) fail(`${path}.socketType`, 'unknown');
  const authentication = list(r.authentication, `${path}.authentication`, 10).map((a, i) =>
    text(a, `${path}.authentication[${i}]`, 50),
  );
  if (r.restriction !== undefined && r.restriction !== 'client-ip')
    fail(`${path}.restriction`, 'unknown');
  const restriction = r.restriction === 'client-ip' ? ('client-ip' as const) : undefined;
  const s = {
    hostname: hostTemplate(r.hostname, `${path}.hostname`),
    port,
    socketType: socketType as SocketType,
    username: usernameTemplate(r.username, `${path}.username`),
    authentication,
  };
  const insideIspOnly = isInsideIspOnly({ ...s, restriction });
  if (r.insideIspOnly !== insideIspOnly)
    fail(`${path}.insideIspOnly`, `should be ${insideIspOnly}`);
  return restriction ? { ...s, restriction, insideIspOnly } : { ...s, insideIspOnly };
}

function appPassword(v: unknown, path: string): AppPasswordInfo {
  const r = record(v, path);
  const status = r.status;
  if (!APP_PASSWORD.includes(status as AppPasswordInfo['status']))
    fail(`${path}.status`, 'unknown');
  const out: AppPasswordInfo = { status: status as AppPasswordInfo['status'] };
  if (r.sourceUrl !== undefined) out.sourceUrl = url(r.sourceUrl, `${path}.sourceUrl`);
  return out;
}

/** The fields our own entries add; required where the entry is (partly) ours. */
function ownFields(
  r: Record<string, unknown>,
  path: string,
  origin: ProviderOrigin,
): Partial<Provider> {
  const out: Partial<Provider> = {};
  if (origin !== 'ispdb' || r.sourceUrls !== undefined) {
    const urls = list(r.sourceUrls, `${path}.sourceUrls`, LIMITS.urls);
    if (urls.length === 0) fail(`${path}.sourceUrls`, 'no source page');
    out.sourceUrls = urls.map((u, i) => url(u, `${path}.sourceUrls[${i}]`));
  }
  if (origin !== 'ispdb' || r.checked !== undefined)
    out.checked = date(r.checked, `${path}.checked`);
  if (r.oauthOnly !== undefined) {
    if (typeof r.oauthOnly !== 'boolean') fail(`${path}.oauthOnly`, 'not true or false');
    out.oauthOnly = r.oauthOnly;
  }
  if (r.appPassword !== undefined)
    out.appPassword = appPassword(r.appPassword, `${path}.appPassword`);
  if (r.usernameForm !== undefined)
    out.usernameForm = usernameTemplate(r.usernameForm, `${path}.usernameForm`);
  if (r.notes !== undefined) out.notes = text(r.notes, `${path}.notes`);
  if (r.unverified !== undefined)
    out.unverified = list(r.unverified, `${path}.unverified`, 20).map((u, i) =>
      text(u, `${path}.unverified[${i}]`, 50),
    );
  return out;
}

function provider(v: unknown, path: string): Provider {
  const r = record(v, path);
  const origin = (r.origin ?? 'ispdb') as ProviderOrigin;
  if (!ORIGINS.includes(origin)) fail(`${path}.origin`, 'unknown');
  const domains = list(r.domains, `${path}.domains`, LIMITS.domains).map((d, i) =>
    domainName(d, `${path}.domains[${i}]`),
  );
  if (domains.length === 0) fail(`${path}.domains`, 'no domain');
  const outgoing = list(r.outgoing, `${path}.outgoing`, LIMITS.servers).map((s, i) =>
    server(s, `${path}.outgoing[${i}]`, origin !== 'ispdb'),
  );
  // Only our own entries may say "no settings published"; an ISPDB entry always has servers.
  if (outgoing.length === 0 && origin === 'ispdb') fail(`${path}.outgoing`, 'no server');
  const p: Provider = {
    id: text(r.id, `${path}.id`, LIMITS.id),
    displayName: text(r.displayName, `${path}.displayName`, 200),
    domains,
    outgoing,
    ...(r.origin !== undefined ? { origin } : {}),
    ...ownFields(r, path, origin),
  };
  return p;
}

function source(v: unknown): ProviderSource {
  const r = record(v, 'source');
  return {
    repository: text(r.repository, 'source.repository', 200),
    path: text(r.path, 'source.path', 200),
    commit: text(r.commit, 'source.commit', 40),
    date: date(r.date, 'source.date'),
    license: text(r.license, 'source.license', 50),
  };
}

function handKept(v: unknown): HandKeptSource {
  const r = record(v, 'handKept');
  const entries = r.entries;
  if (typeof entries !== 'number' || !Number.isInteger(entries) || entries < 0)
    fail('handKept.entries', 'not a count');
  return {
    file: text(r.file, 'handKept.file', 200),
    entries,
    checked: date(r.checked, 'handKept.checked'),
  };
}

function readDb(input: unknown): ProviderDb {
  const r = record(input, '(top)');
  const providers = list(r.providers, 'providers', LIMITS.providers).map((p, i) =>
    provider(p, `providers[${i}]`),
  );
  const ids = new Set<string>();
  const owner = new Map<string, string>();
  providers.forEach((p, i) => {
    if (ids.has(p.id)) fail(`providers[${i}].id`, `${p.id} is listed twice`);
    ids.add(p.id);
    for (const d of p.domains) {
      const other = owner.get(d);
      if (other !== undefined) fail(`providers[${i}].domains`, `${d} is also in ${other}`);
      owner.set(d, p.id);
    }
  });
  const db: ProviderDb = { source: source(r.source), providers };
  if (r.handKept !== undefined) db.handKept = handKept(r.handKept);
  if (r.generatedAt !== undefined) db.generatedAt = date(r.generatedAt, 'generatedAt');
  return db;
}

/** Checks and rebuilds provider data; never throws. */
export function parseProviderData(input: unknown): ProviderDataResult {
  try {
    return { ok: true, value: readDb(input) };
  } catch (e) {
    if (e instanceof DataError) return { ok: false, error: e.message };
    // Anything else (e.g. a getter that throws, a too-deep structure) is still a refusal.
    return { ok: false, error: `unreadable: ${e instanceof Error ? e.message : String(e)}` };
  }
}
