/**
 * Digit codes, the layout SendCheck writes: 24 digits in six groups of four, `3051-2779-…`, each
 * group three data digits and its own check digit (reference-code-digits.ts). Digits because every
 * Japanese speaker reads them the same way on the phone (letters do not: B/V, M/N, and the
 * shapes 8/B, 5/S, 2/Z, 6/G); docs/reference-code.md says why in full.
 *
 * The 18 data digits are one number below 2^59, its fields most significant first:
 *
 * | bits | field                                                                         |
 * |------|-------------------------------------------------------------------------------|
 * | 1    | layout: 0 = this one; 1 is refused as unknown_version (room for the next)     |
 * | 5    | verdict, index into VERDICT_CODES (shared/verdict.ts)                         |
 * | 3    | blockedAt, index into CODE_BLOCKED_AT                                         |
 * | 3×4  | how ports 25, 465 and 587 answered, index into PORT_STATES                    |
 * | 6    | recommended port, security and trust (0 = none), see recIndex                 |
 * | 3    | the customer's current port: 0 = not given, 1-4 = CURRENT_PORTS, 5 = other    |
 * | 4    | the customer's mail program: 0 = not said, else 1 + index into CODE_PROGRAMS  |
 * | 14   | provider: 0 = none, else providerHash14(id), looked up in the bundled list    |
 * | 11   | app version: major 2 bits, minor 5, patch 4; all ones = not encodable         |
 *
 * Every table is APPEND-ONLY (reference-code-fields.ts).
 */
import { VERDICT_CODES } from './verdict.js';
import {
  CODE_BLOCKED_AT,
  CODE_PORTS,
  CODE_PROGRAMS,
  CURRENT_PORTS,
  PORT_STATES,
  providerHash14,
  recFromIndex,
  recIndex,
  resolveProvider,
  type CodeCurrent,
  type CodeSummary,
  type DecodeResult,
  type UnknownField,
} from './reference-code-fields.js';
import { dataDigits, failingGroups, formatDigits, withChecks } from './reference-code-digits.js';

/** Digits in a digit code, check digits included (hyphens not counted). */
export const V2_LENGTH = 24;
const DATA_DIGITS = 18;
const VALUE_BITS = 59;
const VERSION_NONE = 0x7ff;

/** The fields in code order with their widths (the layout table above). */
const WIDTHS = {
  layout: 1,
  verdict: 5,
  blockedAt: 3,
  port: 4,
  recommended: 6,
  currentPort: 3,
  program: 4,
  provider: 14,
  appVersion: 11,
} as const;

function packVersion(version: string | null): number {
  const m = version === null ? null : /^(\d+)\.(\d+)\.(\d+)$/.exec(version);
  if (!m) return VERSION_NONE;
  const [major, minor, patch] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (major > 3 || minor > 31 || patch > 15) return VERSION_NONE;
  const packed = major * 512 + minor * 16 + patch;
  return packed === VERSION_NONE ? VERSION_NONE : packed;
}

function unpackVersion(packed: number): string | null {
  if (packed === VERSION_NONE) return null;
  return `${Math.floor(packed / 512)}.${Math.floor(packed / 16) % 32}.${packed % 16}`;
}

/** major.minor.patch as a digit code keeps it, or null when it does not fit. */
export function versionV2(version: string | null): string | null {
  return unpackVersion(packVersion(version));
}

function currentPortIndex(port: CodeCurrent['port']): number {
  if (port === null) return 0;
  if (port === 'other') return CURRENT_PORTS.length + 1;
  const i = (CURRENT_PORTS as readonly number[]).indexOf(port);
  return i === -1 ? CURRENT_PORTS.length + 1 : i + 1;
}

function currentPortOf(index: number): CodeCurrent['port'] | undefined {
  if (index === 0) return null;
  if (index === CURRENT_PORTS.length + 1) return 'other';
  return CURRENT_PORTS[index - 1];
}

/** The provider hash as a digit code writes it: five digits. */
export function hashTextV2(hash: number): string {
  return String(hash).padStart(5, '0');
}

/** The digit code of a summary, grouped for reading aloud. */
export function encodeSummaryV2(s: CodeSummary): string {
  let value = 0n;
  const put = (v: number, width: number): void => {
    // A value that does not fit would silently change its neighbours: fail loudly instead.
    if (!Number.isInteger(v) || v < 0 || v >= 2 ** width)
      throw new RangeError(`${v} does not fit in ${width} bits`);
    value = (value << BigInt(width)) | BigInt(v);
  };
  put(0, WIDTHS.layout);
  put(VERDICT_CODES.indexOf(s.verdict), WIDTHS.verdict);
  put(CODE_BLOCKED_AT.indexOf(s.blockedAt), WIDTHS.blockedAt);
  for (const port of CODE_PORTS) put(PORT_STATES.indexOf(s.ports[port]), WIDTHS.port);
  put(recIndex(s.recommended), WIDTHS.recommended);
  put(currentPortIndex(s.current?.port ?? null), WIDTHS.currentPort);
  const program = s.current?.program ?? null;
  put(program === null ? 0 : CODE_PROGRAMS.indexOf(program) + 1, WIDTHS.program);
  put(s.provider ? Number(s.provider.hash) : 0, WIDTHS.provider);
  put(packVersion(s.appVersion), WIDTHS.appVersion);
  const data = [...value.toString().padStart(DATA_DIGITS, '0')].map(Number);
  return formatDigits(withChecks(data));
}

/** Reads the fields back, most significant first. */
function reader(value: bigint): (width: number) => number {
  let left = VALUE_BITS;
  return (width) => {
    left -= width;
    return Number((value >> BigInt(left)) & ((1n << BigInt(width)) - 1n));
  };
}

/** Decodes the V2_LENGTH digits of a digit code. Never throws. */
export function decodeV2(digits: number[]): DecodeResult {
  const groups = failingGroups(digits);
  if (groups.length > 0) return { ok: false, error: 'check_failed', groups };
  const value = BigInt(dataDigits(digits).join(''));
  if (value >= 1n << BigInt(VALUE_BITS - 1))
    return { ok: false, error: 'unknown_version', version: 3 };
  const take = reader(value);
  take(WIDTHS.layout);
  const verdict = VERDICT_CODES[take(WIDTHS.verdict)];
  const blockedAt = CODE_BLOCKED_AT[take(WIDTHS.blockedAt)];
  const [p25, p465, p587] = CODE_PORTS.map(() => PORT_STATES[take(WIDTHS.port)]);
  const recommended = recFromIndex(take(WIDTHS.recommended));
  const currentPort = currentPortOf(take(WIDTHS.currentPort));
  const programIndex = take(WIDTHS.program);
  const program = programIndex === 0 ? null : CODE_PROGRAMS[programIndex - 1];
  const hash = take(WIDTHS.provider);
  const appVersion = unpackVersion(take(WIDTHS.appVersion));
  const unknown = (field: UnknownField): DecodeResult => ({
    ok: false,
    error: 'unknown_value',
    field,
    appVersion,
  });
  if (verdict === undefined) return unknown('verdict');
  if (blockedAt === undefined) return unknown('blockedAt');
  if (recommended === undefined) return unknown('recommended');
  if (p25 === undefined || p465 === undefined || p587 === undefined) return unknown('ports');
  if (currentPort === undefined || program === undefined) return unknown('current');
  const summary: CodeSummary = {
    verdict,
    blockedAt,
    ports: { 25: p25, 465: p465, 587: p587 },
    recommended,
    provider: hash === 0 ? null : resolveProvider(hash, hashTextV2(hash), providerHash14),
    appVersion,
    current: { port: currentPort, program },
  };
  return { ok: true, code: formatDigits(digits), summary };
}
