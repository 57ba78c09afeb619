/**
 * What a reference code tells, independent of how it is written down: the tables every layout
 * numbers its fields by, the summary a code decodes to, and how a report is summed up. The layouts
 * themselves are reference-code-v1.ts (letters, the first release) and reference-code-v2.ts
 * (digits, made for the phone); reference-code.ts picks between them.
 *
 * Every table here is APPEND-ONLY: a code already read out on the phone must keep its meaning, so
 * new verdicts, states or programs go at the end, never in between.
 */
import {
  MAIL_PROGRAMS,
  type BlockedAt,
  type DiagnosisReport,
  type MailProgram,
} from './diagnosis.js';
import type { BlockHow } from './evidence.js';
import type { ProbeResult } from './probe.js';
import { blocked, byRole, howBlocked, onPorts } from './probe-outcomes.js';
import { providerDb } from './providers/index.js';
import type { VerdictCode } from './verdict.js';
import { exactly } from './report-schema-values.js';

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
export const REC_PORTS = [587, 465, 25, 2525] as const;
const SECURITIES = ['starttls', 'tls', 'none'] as const;
/**
 * How far the recommended settings were checked: a probe saw them answer (verified), they are the
 * best candidate that did not prove itself (unverified), or nothing could be probed and they are
 * the provider's published settings (published).
 */
export const REC_TRUST = ['verified', 'unverified', 'published'] as const;
/** How far the recommended settings were checked. */
export type RecTrust = (typeof REC_TRUST)[number];

/** The ports a digit code names as the customer's current one; others decode as 'other'. Fixed. */
export const CURRENT_PORTS = [25, 465, 587, 2525] as const;
/** The mail programs in code order (1-based in a code, 0 = not said). Append only. */
export const CODE_PROGRAMS = exactly<MailProgram>()([...MAIL_PROGRAMS]);

/** The provider, as far as this copy of the bundled list can tell from the code's hash. */
export interface CodeProvider {
  /** The hash as a code writes it, to quote when the list does not know it. */
  hash: string;
  /** Providers in the bundled list with this hash: one normally, none for a provider newer than the list. */
  matches: { id: string; name: string }[];
}

/** What the customer's mail program uses now, as they said it (digit codes only). */
export interface CodeCurrent {
  /** The port: null when not given, 'other' for one not in CURRENT_PORTS. */
  port: number | 'other' | null;
  /** The mail program, or null when not said. */
  program: MailProgram | null;
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
  /** major.minor.patch, or null when it did not fit the code's layout. */
  appVersion: string | null;
  /** The customer's current port and program; null for a letter code, which predates them. */
  current: CodeCurrent | null;
}

/** A field whose value this version does not know (the code comes from a newer app). */
export type UnknownField = 'verdict' | 'blockedAt' | 'ports' | 'recommended' | 'current';

/** Why a typed code was not accepted. position is 1-based, counted without hyphens and spaces. */
export type CodeError =
  | { error: 'bad_length'; length: number; expected: number }
  | { error: 'bad_character'; position: number; character: string }
  /** groups: the 1-based groups of four digits whose check failed (empty for a letter code). */
  | { error: 'check_failed'; groups: number[] }
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

/**
 * A stable 19-bit hash of a provider id (FNV-1a over UTF-8, folded), never 0. Stable across
 * releases: codes in circulation depend on it, so never change it. Digit codes fold it further
 * (providerHash14).
 */
export function providerHash(id: string): number {
  let h = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(id)) {
    h ^= byte;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return (h % (2 ** 19 - 1)) + 1;
}

/** The 14-bit provider hash of digit codes, never 0. Stable across releases, like providerHash. */
export function providerHash14(id: string): number {
  return (providerHash(id) % (2 ** 14 - 1)) + 1;
}

/** The providers of the bundled list whose hash (by the given function) is this one. */
export function resolveProvider(
  hash: number,
  text: string,
  hashOf: (id: string) => number,
): CodeProvider {
  const matches = providerDb()
    .providers.filter((p) => hashOf(p.id) === hash)
    .map((p) => ({ id: p.id, name: p.displayName }));
  return { hash: text, matches };
}

/**
 * The recommended settings as one number: 0 = none, else 1 + (portSlot·3 + security)·3 + trust,
 * with portSlot 0-3 for REC_PORTS and 4 for any other port: 46 values in 6 bits.
 */
export function recIndex(rec: CodeSummary['recommended']): number {
  if (rec === null) return 0;
  const portIndex = rec.port === null ? -1 : (REC_PORTS as readonly number[]).indexOf(rec.port);
  const portSlot = portIndex === -1 ? REC_PORTS.length : portIndex;
  return (
    1 +
    (portSlot * SECURITIES.length + SECURITIES.indexOf(rec.security)) * 3 +
    REC_TRUST.indexOf(rec.trust)
  );
}

/** The recommended settings of recIndex's number, or undefined for a number it never writes. */
export function recFromIndex(index: number): CodeSummary['recommended'] | undefined {
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

/** What the customer said their mail program uses now, as a code keeps it. */
export function currentOf(report: DiagnosisReport): CodeCurrent {
  const port = report.request.port;
  return {
    port:
      port === null ? null : (CURRENT_PORTS as readonly number[]).includes(port) ? port : 'other',
    program: report.request.mailProgram ?? null,
  };
}

/** Everything of a report a code tells, but the provider's hash and the app version (the layout's own). */
export function summaryFields(
  report: DiagnosisReport,
): Omit<CodeSummary, 'provider' | 'appVersion'> {
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
    current: currentOf(report),
  };
}
