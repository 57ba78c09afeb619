/**
 * Reference codes for the phone: a diagnosis summed up in 24 digits, `3051-2779-0846-…`, that a
 * customer reads aloud and support staff type in, decoded fully offline. A code says what the
 * engine found, as the engine classified it (the verdict and where it stops, how each port fared
 * by the engine's own reading of its probes, shared/probe-outcomes.ts), what the customer's mail
 * program uses now (port and program), the provider and the app version.
 *
 * API: referenceCodeFor(report, appVersion) → '3051-2779-…'; decodeReferenceCode(typed) →
 * { ok: true, code, summary } or { ok: false, error, ... } (a failed check names the groups of
 * four that are wrong); summarizeReport(report, appVersion) gives the same CodeSummary the code
 * decodes to. Words: reference-code-text.ts. The layouts: reference-code-v2.ts (digits, written
 * now) and reference-code-v1.ts (letters, `K7QM-2XDA-9PQRX`, the first release: still decoded).
 */
import type { DiagnosisReport } from './diagnosis.js';
import {
  providerHash14,
  resolveProvider,
  summaryFields,
  type CodeSummary,
  type DecodeResult,
} from './reference-code-fields.js';
import { V1_LENGTH, decodeV1 } from './reference-code-v1.js';
import {
  V2_LENGTH,
  decodeV2,
  encodeSummaryV2,
  hashTextV2,
  versionV2,
} from './reference-code-v2.js';

export {
  CODE_BLOCKED_AT,
  CODE_PORTS,
  CODE_PROGRAMS,
  CURRENT_PORTS,
  PORT_STATES,
  REC_TRUST,
  portStates,
  providerHash,
  providerHash14,
  type CodeCurrent,
  type CodeError,
  type CodePort,
  type CodeProvider,
  type CodeSummary,
  type DecodeResult,
  type PortState,
  type RecTrust,
  type UnknownField,
} from './reference-code-fields.js';

/** Digits in a code, check digits included (hyphens not counted). */
export const CODE_LENGTH = V2_LENGTH;

/** major.minor.patch of a version string such as '0.1.0' or '1.2.3-beta.1', or null when it does not fit a code. */
export function codeVersion(version: string): string | null {
  return versionV2(/^v?(\d+\.\d+\.\d+)/.exec(version.trim())?.[1] ?? null);
}

/**
 * What the code of a report will say. appVersion is the app's package.json version, passed in by
 * the caller (shared/ never reads package.json).
 */
export function summarizeReport(report: DiagnosisReport, appVersion: string): CodeSummary {
  const hash = report.provider ? providerHash14(report.provider.id) : null;
  return {
    ...summaryFields(report),
    provider: hash === null ? null : resolveProvider(hash, hashTextV2(hash), providerHash14),
    appVersion: codeVersion(appVersion),
  };
}

/** The code of a summary, grouped for reading aloud. */
export function encodeSummary(s: CodeSummary): string {
  return encodeSummaryV2(s);
}

/** The reference code of a report, grouped for reading aloud (e.g. for the CLI's JSON `referenceCode`). */
export function referenceCodeFor(report: DiagnosisReport, appVersion: string): string {
  return encodeSummary(summarizeReport(report, appVersion));
}

// Hyphens, dashes, dots and spaces people type between groups, including the Japanese long-vowel
// mark, the middle dot and full-width forms an IME produces (NFKC folds full-width letters and digits).
const SEPARATORS = /[\s\-\u2010-\u2015\u2212\u30fc\u30fb\uff0d\uff70\uff65_.]/g;
// Letters typed for digits that look alike (and Crockford's own rule for letter codes).
const DIGIT_ALIASES: Record<string, string> = { I: '1', L: '1', O: '0' };

/**
 * Decodes a typed code: a digit code of 24 digits, or a letter code of 13 characters from the
 * first release. Accepts lower case, I and L for 1, O for 0, and ignores hyphens and spaces.
 * Never throws; anything wrong comes back as a CodeError.
 */
export function decodeReferenceCode(input: string): DecodeResult {
  if (input.length > 200)
    return { ok: false, error: 'bad_length', length: input.length, expected: CODE_LENGTH };
  const chars = [...input.normalize('NFKC').replace(SEPARATORS, '').toUpperCase()];
  if (chars.length === V1_LENGTH) return decodeV1(chars);
  if (chars.length !== V2_LENGTH)
    return { ok: false, error: 'bad_length', length: chars.length, expected: CODE_LENGTH };
  const digits: number[] = [];
  for (const [i, ch] of chars.entries()) {
    const d = DIGIT_ALIASES[ch] ?? ch;
    if (!/^[0-9]$/.test(d))
      return { ok: false, error: 'bad_character', position: i + 1, character: ch };
    digits.push(Number(d));
  }
  return decodeV2(digits);
}
