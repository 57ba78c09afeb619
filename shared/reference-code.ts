/**
 * Reference codes for the phone: a diagnosis summed up in 13 characters (12 and a check) that a
 * customer can read aloud and support staff can type in, decoded fully offline. A code says what
 * the engine found, as the engine classified it: the verdict and where it stops, how each port
 * fared by the engine's own reading of its probes (shared/probe-outcomes.ts) and findings.
 *
 * API: referenceCodeFor(report, appVersion) → 'K7QM-2XDA-9PQRX'; decodeReferenceCode(typed) →
 * { ok: true, code, summary } or { ok: false, error, ... }; summarizeReport(report, appVersion)
 * gives the same CodeSummary the code decodes to. Words: reference-code-text.ts.
 *
 * Layout, version 1: 12 data characters (60 bits, most significant first) and 1 check character,
 * in Crockford's base32 alphabet (0-9 A-Z without I L O U), shown as `K7QM-2XDA-9PQRX`.
 *
 * | bits | field                                                                 |
 * |------|-----------------------------------------------------------------------|
 * | 2    | format version (1; 0, 2 and 3 are refused as unknown_version)         |
 * | 5    | verdict, index into VERDICT_CODES (shared/verdict.ts)                 |
 * | 3    | blockedAt, index into CODE_BLOCKED_AT                                 |
 * | 3×4  | how ports 25, 465 and 587 answered, index into PORT_STATES            |
 * | 6    | recommended port, security and trust (0 = none), see recIndex         |
 * | 19   | provider: 0 = none, else providerHash(id), looked up in this copy's   |
 * |      | bundled list (a provider newer than the list decodes as its hash)     |
 * | 13   | app version: major 3 bits, minor 5, patch 5; all ones = not encodable |
 *
 * Every table below is APPEND-ONLY: a code already read out on the phone must keep its meaning,
 * so new verdicts or states go at the end, never in between.
 *
 * The check character (reference-code-bits.ts) catches every single-character substitution and
 * every transposition of two different characters.
 */
import type { BlockedAt, DiagnosisReport } from './diagnosis.js';
import type { BlockHow } from './evidence.js';
import type { ProbeResult } from './probe.js';
import { blocked, byRole, howBlocked, onPorts } from './probe-outcomes.js';
import { providerDb } from './providers/index.js';
import { VERDICT_CODES, type VerdictCode } from './verdict.js';
import { BitReader, BitWriter, CODE_ALPHABET, checkSymbol } from './reference-code-bits.js';
import { exactly } from './report-schema-values.js';

export { CODE_ALPHABET } from './reference-code-bits.js';

/** Data characters in a version-1 code. */
const DATA_LENGTH = 12;
/** Characters in a code, check character included (hyphens not counted). */
export const CODE_LENGTH = DATA_LENGTH + 1;
/** The layout this module writes. */
export const CODE_FORMAT_VERSION = 1;

/** Where the mail stops, in code order. Append only. */
export const CODE_BLOCKED_AT = exactly<BlockedAt>()([null, 'pc', 'router', 'isp', 'server']);

/** The ports a code tells about. */
export const CODE_PORTS = [25, 465, 587] as const;
/** One of the ports a code tells about. */
export type CodePort = (typeof CODE_PORTS)[number];

/**
 * How one port answered, summed up over its probes (see portStates); 4 bits, room for 16. Append only.
 * - not_probed: no connect on that port was made (or all were skipped);
 * - open: at least one server on that port connected and did not break off;
 * - failed: connects completed but every conversation failed (TLS, greeting, reset...);
 * - intercepted: something other than the server answered (port 25 relay or mail shield);
 * - blocked_silent / refused / prohibited: the network stopped every connect, by silent drop,
 *   TCP reset or ICMP notice, read as the engine reads them (silent drops beside one other way
 *   count as that way: shared/probe-outcomes.ts howBlocked);
 * - no_route: this computer had no route for it;
 * - local_refused: this computer itself refused the connect (EACCES/EPERM: security software);
 * - blocked_mixed: the network stopped every connect, by more than one way.
 */
export const PORT_STATES = [
  'not_probed',
  'open',
  'failed',
  'intercepted',
  'blocked_silent',
  'refused',
  'prohibited',
  'no_route',
  'local_refused',
  'blocked_mixed',
] as const;
/** How one port answered. */
export type PortState = (typeof PORT_STATES)[number];

/** Recommended ports a code names; any other port decodes as `port: null`. Fixed (see recIndex). */
const REC_PORTS = [587, 465, 25, 2525] as const;
const SECURITIES = ['starttls', 'tls', 'none'] as const;
/**
 * How far the recommended settings were checked: a probe saw them answer (verified), they are the
 * best candidate that did not prove itself (unverified), or nothing could be probed and they are
 * the provider's published settings (published).
 */
export const REC_TRUST = ['verified', 'unverified', 'published'] as const;
/** How far the recommended settings were checked. */
export type RecTrust = (typeof REC_TRUST)[number];

/** The provider, as far as this copy of the bundled list can tell from the code's hash. */
export interface CodeProvider {
  /** The 19-bit hash as 4 code characters, to quote when the list does not know it. */
  hash: string;
  /** Providers in the bundled list with this hash: one normally, none for a provider newer than the list. */
  matches: { id: string; name: string }[];
}

/** What a reference code says: the same object from summarizeReport() and from decodeReferenceCode(). */
export interface CodeSummary {
  verdict: VerdictCode;
  blockedAt: BlockedAt;
  ports: Record<CodePort, PortState>;
  /** port null: a port other than 587, 465, 25 or 2525. */
  recommended: {
    port: number | null;
    security: 'starttls' | 'tls' | 'none';
    trust: RecTrust;
  } | null;
  provider: CodeProvider | null;
  /** major.minor.patch, or null when it did not fit (major > 7, minor or patch > 31, or unparsable). */
  appVersion: string | null;
}

/** A field whose value this version does not know (the code comes from a newer app). */
export type UnknownField = 'verdict' | 'blockedAt' | 'ports' | 'recommended';

/** Why a typed code was not accepted. position is 1-based, counted without hyphens and spaces. */
export type CodeError =
  | { error: 'bad_length'; length: number; expected: number }
  | { error: 'bad_character'; position: number; character: string }
  | { error: 'check_failed' }
  | { error: 'unknown_version'; version: number }
  | {
      error: 'unknown_value';
      field: UnknownField;
      /** The version of the app that made the code, when readable: it is probably newer than this one. */
      appVersion: string | null;
    };

/** A decoded code (canonical, grouped form) or why it was refused. */
export type DecodeResult =
  { ok: true; code: string; summary: CodeSummary } | ({ ok: false } & CodeError);

// ---- fields ----

const PROVIDER_BITS = 19;
const VERSION_NONE = 0x1fff;

/**
 * A stable 19-bit hash of a provider id (FNV-1a over UTF-8, folded), never 0. Stable across
 * releases: codes in circulation depend on it, so never change it.
 */
export function providerHash(id: string): number {
  let h = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(id)) {
    h ^= byte;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return (h % (2 ** PROVIDER_BITS - 1)) + 1;
}

function hashText(hash: number): string {
  let out = '';
  for (let i = 3; i >= 0; i--) out += CODE_ALPHABET[Math.floor(hash / 32 ** i) % 32];
  return out;
}

/** The provider entry for a hash, resolved against the bundled list. */
function resolveProvider(hash: number): CodeProvider {
  const matches = providerDb()
    .providers.filter((p) => providerHash(p.id) === hash)
    .map((p) => ({ id: p.id, name: p.displayName }));
  return { hash: hashText(hash), matches };
}

function packVersion(version: string | null): number {
  const m = version === null ? null : /^(\d+)\.(\d+)\.(\d+)$/.exec(version);
  if (!m) return VERSION_NONE;
  const [major, minor, patch] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (major > 7 || minor > 31 || patch > 31) return VERSION_NONE;
  const packed = major * 1024 + minor * 32 + patch;
  return packed === VERSION_NONE ? VERSION_NONE : packed;
}

function unpackVersion(packed: number): string | null {
  if (packed === VERSION_NONE) return null;
  return `${Math.floor(packed / 1024)}.${Math.floor(packed / 32) % 32}.${packed % 32}`;
}

/** major.minor.patch of a version string such as '0.1.0' or '1.2.3-beta.1', or null when it does not fit a code. */
export function codeVersion(version: string): string | null {
  const core = /^v?(\d+\.\d+\.\d+)/.exec(version.trim())?.[1] ?? null;
  return unpackVersion(packVersion(core));
}

/**
 * The recommended settings as one number: 0 = none, else 1 + (portSlot·3 + security)·3 + trust,
 * with portSlot 0-3 for REC_PORTS and 4 for any other port: 46 values in 6 bits.
 */
function recIndex(rec: CodeSummary['recommended']): number {
  if (rec === null) return 0;
  const portIndex = rec.port === null ? -1 : (REC_PORTS as readonly number[]).indexOf(rec.port);
  const portSlot = portIndex === -1 ? REC_PORTS.length : portIndex;
  return (
    1 +
    (portSlot * SECURITIES.length + SECURITIES.indexOf(rec.security)) * 3 +
    REC_TRUST.indexOf(rec.trust)
  );
}

function recFromIndex(index: number): CodeSummary['recommended'] | undefined {
  if (index === 0) return null;
  const trust = REC_TRUST[(index - 1) % 3];
  const rest = Math.floor((index - 1) / 3);
  const security = SECURITIES[rest % SECURITIES.length];
  const portSlot = Math.floor(rest / SECURITIES.length);
  if (trust === undefined || security === undefined || portSlot > REC_PORTS.length)
    return undefined;
  return { port: REC_PORTS[portSlot] ?? null, security, trust };
}

// ---- from a report ----

/** How the network stopped a port, as a state. */
const BLOCKED_STATE: Record<BlockHow, PortState> = {
  filtered: 'blocked_silent',
  refused: 'refused',
  prohibited: 'prohibited',
  mixed: 'blocked_mixed',
};

/** Sums up connect probes on one port (the rule is described at PORT_STATES). */
function summarisePort(probes: readonly ProbeResult[]): PortState {
  const seen = probes.filter((p) => p.outcome !== 'skipped');
  if (seen.length === 0) return 'not_probed';
  if (seen.some((p) => p.outcome === 'intercepted')) return 'intercepted';
  if (seen.some((p) => p.outcome === 'open')) return 'open';
  if (seen.some((p) => p.outcome === 'error')) return 'failed';
  if (seen.some((p) => p.outcome === 'local_refused')) return 'local_refused';
  const stopped = seen.filter(blocked);
  if (stopped.length > 0) return BLOCKED_STATE[howBlocked(stopped.map((p) => p.outcome))];
  return seen.some((p) => p.outcome === 'no_route') ? 'no_route' : 'not_probed';
}

/**
 * How port 25 fared, as the engine found it: its port-25 finding when it made one (intercepted,
 * or blocked and how, a local relay with nothing behind it included), else the reference MX
 * (servers outside the user's ISP, which is what OP25B stops), else the address's own MX: the
 * ISP's own server often still takes port 25 from its lines.
 */
function port25State(report: DiagnosisReport): PortState {
  for (const e of report.evidence) {
    if (e.id === 'port25_intercepted') return 'intercepted';
    if (e.id === 'port25_blocked') return BLOCKED_STATE[e.params.how];
  }
  const refs25 = onPorts(byRole(report.probes, 'reference_mx'), 25);
  return summarisePort(refs25.length > 0 ? refs25 : onPorts(byRole(report.probes, 'own_mx'), 25));
}

/**
 * How ports 25, 465 and 587 answered. 465 and 587 are judged on every submission probe, the
 * user's server and the reference ones: "open" means the network lets that port through to at
 * least one server.
 */
export function portStates(report: DiagnosisReport): Record<CodePort, PortState> {
  const submission = byRole(report.probes, 'submission', 'reference_submission');
  return {
    25: port25State(report),
    465: summarisePort(onPorts(submission, 465)),
    587: summarisePort(onPorts(submission, 587)),
  };
}

/**
 * What the code of a report will say. appVersion is the app's package.json version, passed in by
 * the caller (shared/ never reads package.json).
 */
export function summarizeReport(report: DiagnosisReport, appVersion: string): CodeSummary {
  const rec = report.recommended;
  return {
    verdict: report.verdict.code,
    blockedAt: report.blockedAt,
    ports: portStates(report),
    recommended: rec
      ? {
          port: (REC_PORTS as readonly number[]).includes(rec.port) ? rec.port : null,
          security: rec.security,
          trust: rec.publishedOnly ? 'published' : rec.verified ? 'verified' : 'unverified',
        }
      : null,
    provider: report.provider ? resolveProvider(providerHash(report.provider.id)) : null,
    appVersion: codeVersion(appVersion),
  };
}

// ---- encode and decode ----

/** Groups a 13-character code for reading aloud: K7QM-2XDA-9PQRX (4, 4, then 5 with the check). */
export function formatCode(code: string): string {
  return [code.slice(0, 4), code.slice(4, 8), code.slice(8)].filter((g) => g !== '').join('-');
}

/** The code of a summary, grouped for reading aloud. */
export function encodeSummary(s: CodeSummary): string {
  const w = new BitWriter()
    .put(CODE_FORMAT_VERSION, 2)
    .put(VERDICT_CODES.indexOf(s.verdict), 5)
    .put(CODE_BLOCKED_AT.indexOf(s.blockedAt), 3);
  for (const port of CODE_PORTS) w.put(PORT_STATES.indexOf(s.ports[port]), 4);
  w.put(recIndex(s.recommended), 6);
  const hash = s.provider ? parseHash(s.provider.hash) : 0;
  w.put(hash, PROVIDER_BITS).put(packVersion(s.appVersion), 13);
  const data = w.symbols();
  return formatCode([...data, checkSymbol(data)].map((v) => CODE_ALPHABET[v]).join(''));
}

function parseHash(text: string): number {
  return [...text].reduce((acc, ch) => acc * 32 + CODE_ALPHABET.indexOf(ch), 0);
}

/** The reference code of a report, grouped for reading aloud (e.g. for the CLI's JSON `referenceCode`). */
export function referenceCodeFor(report: DiagnosisReport, appVersion: string): string {
  return encodeSummary(summarizeReport(report, appVersion));
}

// Hyphens, dashes and spaces people type between groups, including the Japanese long-vowel mark
// and full-width forms an IME produces (NFKC folds the full-width letters and digits).
const SEPARATORS = /[\s\-\u2010-\u2015\u2212\u30fc\uff0d\uff70_.]/g;
const ALIASES: Record<string, string> = { I: '1', L: '1', O: '0' };

/** Code values of a typed code, or why they cannot be read. */
function readSymbols(input: string): number[] | CodeError {
  if (input.length > 200)
    return { error: 'bad_length', length: input.length, expected: CODE_LENGTH };
  const chars = [...input.normalize('NFKC').replace(SEPARATORS, '').toUpperCase()];
  if (chars.length !== CODE_LENGTH)
    return { error: 'bad_length', length: chars.length, expected: CODE_LENGTH };
  const values: number[] = [];
  for (const [i, ch] of chars.entries()) {
    const v = CODE_ALPHABET.indexOf(ALIASES[ch] ?? ch);
    if (v < 0) return { error: 'bad_character', position: i + 1, character: ch };
    values.push(v);
  }
  return values;
}

/**
 * Decodes a typed code: accepts lower case, I and L for 1, O for 0, and ignores hyphens and
 * spaces. Never throws; anything wrong comes back as a CodeError.
 */
export function decodeReferenceCode(input: string): DecodeResult {
  const values = readSymbols(input);
  if (!Array.isArray(values)) return { ok: false, ...values };
  const data = values.slice(0, DATA_LENGTH);
  if (checkSymbol(data) !== values[DATA_LENGTH]) return { ok: false, error: 'check_failed' };
  const r = new BitReader(data);
  const version = r.take(2);
  if (version !== CODE_FORMAT_VERSION) return { ok: false, error: 'unknown_version', version };
  const verdict = VERDICT_CODES[r.take(5)];
  const blockedAt = CODE_BLOCKED_AT[r.take(3)];
  const states = CODE_PORTS.map(() => PORT_STATES[r.take(4)]);
  const recommended = recFromIndex(r.take(6));
  const hash = r.take(PROVIDER_BITS);
  const appVersion = unpackVersion(r.take(13));
  const unknown = (field: UnknownField): DecodeResult => ({
    ok: false,
    error: 'unknown_value',
    field,
    appVersion,
  });
  if (verdict === undefined) return unknown('verdict');
  if (blockedAt === undefined) return unknown('blockedAt');
  if (recommended === undefined) return unknown('recommended');
  const [p25, p465, p587] = states;
  if (p25 === undefined || p465 === undefined || p587 === undefined) return unknown('ports');
  const summary: CodeSummary = {
    verdict,
    blockedAt,
    ports: { 25: p25, 465: p465, 587: p587 },
    recommended,
    provider: hash === 0 ? null : resolveProvider(hash),
    appVersion,
  };
  return { ok: true, code: formatCode(values.map((v) => CODE_ALPHABET[v]).join('')), summary };
}
