/**
 * The first layout of reference codes (letter codes): 12 data characters (60 bits, most
 * significant first) and 1 check character, in Crockford's base32 alphabet (0-9 A-Z without
 * I L O U), shown as `K7QM-2XDA-9PQRX`. SendCheck now writes digit codes
 * (reference-code-v2.ts); codes of this layout already read out or saved in reports still decode.
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
 * The check character (reference-code-bits.ts) catches every single-character substitution and
 * every transposition of two different characters, but cannot say where the mistake is.
 */
import { VERDICT_CODES } from './verdict.js';
import { BitReader, BitWriter, CODE_ALPHABET, checkSymbol } from './reference-code-bits.js';
import {
  CODE_BLOCKED_AT,
  CODE_PORTS,
  PORT_STATES,
  providerHash,
  recFromIndex,
  recIndex,
  resolveProvider,
  type CodeError,
  type CodeSummary,
  type DecodeResult,
  type UnknownField,
} from './reference-code-fields.js';

/** Data characters in a letter code. */
const DATA_LENGTH = 12;
/** Characters in a letter code, check character included (hyphens not counted). */
export const V1_LENGTH = DATA_LENGTH + 1;

const PROVIDER_BITS = 19;
const VERSION_NONE = 0x1fff;

function hashText(hash: number): string {
  let out = '';
  for (let i = 3; i >= 0; i--) out += CODE_ALPHABET[Math.floor(hash / 32 ** i) % 32];
  return out;
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

/** Groups a 13-character code for reading aloud: K7QM-2XDA-9PQRX (4, 4, then 5 with the check). */
function formatV1(code: string): string {
  return [code.slice(0, 4), code.slice(4, 8), code.slice(8)].filter((g) => g !== '').join('-');
}

function parseHash(text: string): number {
  return [...text].reduce((acc, ch) => acc * 32 + CODE_ALPHABET.indexOf(ch), 0);
}

/**
 * A letter code of a summary (its provider hash as a letter code writes it, 4 characters). Only
 * tests write letter codes now: they pin that old codes keep decoding.
 */
export function encodeSummaryV1(s: CodeSummary): string {
  const w = new BitWriter()
    .put(1, 2)
    .put(VERDICT_CODES.indexOf(s.verdict), 5)
    .put(CODE_BLOCKED_AT.indexOf(s.blockedAt), 3);
  for (const port of CODE_PORTS) w.put(PORT_STATES.indexOf(s.ports[port]), 4);
  w.put(recIndex(s.recommended), 6);
  const hash = s.provider ? parseHash(s.provider.hash) : 0;
  w.put(hash, PROVIDER_BITS).put(packVersion(s.appVersion), 13);
  const data = w.symbols();
  return formatV1([...data, checkSymbol(data)].map((v) => CODE_ALPHABET[v]).join(''));
}

/** The 4-character provider hash a letter code writes for a provider id. */
export function providerHashV1Text(id: string): string {
  return hashText(providerHash(id));
}

const ALIASES: Record<string, string> = { I: '1', L: '1', O: '0' };

/** Code values of a letter code (separators already removed, upper case), or why they cannot be read. */
function readSymbols(chars: string[]): number[] | CodeError {
  const values: number[] = [];
  for (const [i, ch] of chars.entries()) {
    const v = CODE_ALPHABET.indexOf(ALIASES[ch] ?? ch);
    if (v < 0) return { error: 'bad_character', position: i + 1, character: ch };
    values.push(v);
  }
  return values;
}

/** Decodes a letter code of V1_LENGTH characters (separators removed, upper case). Never throws. */
export function decodeV1(chars: string[]): DecodeResult {
  const values = readSymbols(chars);
  if (!Array.isArray(values)) return { ok: false, ...values };
  const data = values.slice(0, DATA_LENGTH);
  if (checkSymbol(data) !== values[DATA_LENGTH])
    return { ok: false, error: 'check_failed', groups: [] };
  const r = new BitReader(data);
  const version = r.take(2);
  if (version !== 1) return { ok: false, error: 'unknown_version', version };
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
    provider: hash === 0 ? null : resolveProvider(hash, hashText(hash), providerHash),
    appVersion,
    current: null,
  };
  return { ok: true, code: formatV1(values.map((v) => CODE_ALPHABET[v]).join('')), summary };
}
