import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { report as reportArb } from '../test/support/report-arbitrary.js';
import { verdictDefinition } from '../electron/engine/verdicts/index.js';
import type { DiagnosisReport } from './diagnosis.js';
import { evidence } from './evidence.js';
import type { ProbeResult } from './probe.js';
import { providerDb } from './providers/index.js';
import { BitWriter, CODE_ALPHABET, checkSymbol } from './reference-code-bits.js';
import {
  CODE_LENGTH,
  codeVersion,
  decodeReferenceCode,
  encodeSummary,
  portStates,
  providerHash,
  referenceCodeFor,
  summarizeReport,
  type CodeSummary,
} from './reference-code.js';
import { VERDICT_CODES, type VerdictCode } from './verdict.js';

function connect(
  role: ProbeResult['role'],
  port: number,
  outcome: ProbeResult['outcome'],
  host = 'mx.example.net',
): ProbeResult {
  return {
    id: `smtp:${host}:${port}:${role}:${outcome}`,
    kind: 'smtp',
    role,
    host,
    ip: '192.0.2.1',
    port,
    outcome,
    ms: 10,
    detail: '',
  };
}

/** A plausible report for each verdict: OCN, port 25 silent, 587 open, 587/STARTTLS verified. */
function reportFor(code: VerdictCode, probes?: ProbeResult[]): DiagnosisReport {
  return {
    verdict: { code, confidence: 'high', actions: [] },
    recommended: {
      host: 'smtp.ocn.ne.jp',
      port: 587,
      security: 'starttls',
      auth: true,
      username: 'taro@ocn.ne.jp',
      verified: true,
      source: 'provider_db',
    },
    evidence: [],
    probes: probes ?? [
      connect('reference_mx', 25, 'filtered', 'gmail-smtp-in.l.google.com'),
      connect('own_mx', 25, 'open', 'mx.ocn.ne.jp'),
      connect('submission', 587, 'open', 'smtp.ocn.ne.jp'),
      connect('submission', 465, 'skipped', 'smtp.ocn.ne.jp'),
    ],
    elapsedMs: 1234,
    email: {
      display: 'taro@ocn.ne.jp',
      ascii: 'taro@ocn.ne.jp',
      domain: 'ocn.ne.jp',
      domainAscii: 'ocn.ne.jp',
    },
    provider: { id: 'ocn.ne.jp', name: 'OCN' },
    request: { server: null, port: null },
    candidates: [],
    blockedAt: verdictDefinition(code).blockedAt,
  };
}

function decodeOk(code: string): CodeSummary {
  const d = decodeReferenceCode(code);
  if (!d.ok) throw new Error(`${code}: ${JSON.stringify(d)}`);
  return d.summary;
}

/** A code with any fields, built bit by bit (for versions and values the encoder never writes). */
function rawCode(fields: [number, number][]): string {
  const w = new BitWriter();
  for (const [value, width] of fields) w.put(value, width);
  const data = w.symbols();
  return [...data, checkSymbol(data)].map((v) => CODE_ALPHABET[v]).join('');
}

const ALL_VERDICT_CODES = VERDICT_CODES.map((v) => referenceCodeFor(reportFor(v), '0.1.0'));

describe('reference codes', () => {
  it('have a place for every verdict, each once', () => {
    expect(new Set(VERDICT_CODES).size).toBe(VERDICT_CODES.length);
    expect(VERDICT_CODES.length).toBeLessThanOrEqual(32);
  });

  it('look like K7QM-2XDA-9PQRX: 13 characters of the alphabet in groups of 4, 4 and 5', () => {
    expect(CODE_LENGTH).toBe(13);
    for (const code of ALL_VERDICT_CODES)
      expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{5}$/);
    expect(new Set(ALL_VERDICT_CODES).size).toBe(VERDICT_CODES.length);
  });

  it('keep their layout: a fixed report always gives the same code', () => {
    // Codes are read out on the phone and typed in later, maybe into another version: if this
    // changes, old codes change meaning. Change the format version instead.
    expect(referenceCodeFor(reportFor('port25_blocked'), '0.1.0')).toBe(ALL_VERDICT_CODES[1]);
    expect(ALL_VERDICT_CODES[1]).toBe('8B80-84S6-FG10E');
  });

  it('round-trip for every verdict', () => {
    for (const v of VERDICT_CODES) {
      const r = reportFor(v);
      const summary = decodeOk(referenceCodeFor(r, '0.1.0'));
      expect(summary).toEqual(summarizeReport(r, '0.1.0'));
      expect(summary.verdict).toBe(v);
      expect(summary.blockedAt).toBe(verdictDefinition(v).blockedAt);
      expect(summary.ports).toEqual({ 25: 'blocked_silent', 465: 'not_probed', 587: 'open' });
      expect(summary.recommended).toEqual({ port: 587, security: 'starttls', trust: 'verified' });
      expect(summary.provider?.matches).toEqual([{ id: 'ocn.ne.jp', name: 'OCN' }]);
      expect(summary.appVersion).toBe('0.1.0');
    }
  });

  it('round-trip for random reports and versions', () => {
    const version = fc
      .tuple(fc.nat(7), fc.nat(31), fc.nat(31))
      .filter(([a, b, c]) => !(a === 7 && b === 31 && c === 31))
      .map((parts) => parts.join('.'));
    fc.assert(
      fc.property(reportArb, version, (r, v) => {
        const code = referenceCodeFor(r, v);
        const summary = decodeOk(code);
        expect(summary).toEqual(summarizeReport(r, v));
        expect(summary.appVersion).toBe(v);
        expect(encodeSummary(summary)).toBe(code);
      }),
      { numRuns: 2000 },
    );
  });

  it('catch EVERY single-character substitution, for every verdict and random reports', () => {
    const randomCodes = fc
      .sample(reportArb, { numRuns: 200, seed: 9 })
      .map((r) => referenceCodeFor(r, '0.1.0'));
    let tried = 0;
    for (const code of [...ALL_VERDICT_CODES, ...randomCodes]) {
      const chars = [...code.replaceAll('-', '')];
      chars.forEach((original, i) => {
        for (const typo of CODE_ALPHABET) {
          if (typo === original) continue;
          const typed = [...chars];
          typed[i] = typo;
          const d = decodeReferenceCode(typed.join(''));
          expect(d, `${code} with ${typo} at ${i + 1}`).toEqual({
            ok: false,
            error: 'check_failed',
          });
          tried++;
        }
      });
    }
    expect(tried).toBe((VERDICT_CODES.length + 200) * 13 * 31);
  });

  it('catch every transposition of two different characters, adjacent or not', () => {
    for (const code of ALL_VERDICT_CODES) {
      const chars = [...code.replaceAll('-', '')];
      for (let i = 0; i < chars.length; i++)
        for (let j = i + 1; j < chars.length; j++) {
          if (chars[i] === chars[j]) continue;
          const typed = [...chars];
          [typed[i], typed[j]] = [chars[j] ?? '', chars[i] ?? ''];
          expect(decodeReferenceCode(typed.join('')).ok, `${code} swap ${i}/${j}`).toBe(false);
        }
    }
  });

  it('read what people type: lower case, I and L for 1, O for 0, spaces, dashes, full width', () => {
    const code = rawCode([
      [1, 2],
      [0, 5],
      [0, 3],
      [1, 4],
      [1, 4],
      [1, 4],
      [1, 6],
      [0, 19],
      [32, 13],
    ]);
    expect(code).toContain('0');
    const expected = decodeOk(code);
    const variants = [
      code.toLowerCase(),
      code.replaceAll('0', 'O'),
      code.replaceAll('0', 'o'),
      ` ${code.slice(0, 4)} ${code.slice(4, 8)}  ${code.slice(8)} `,
      `${code.slice(0, 4)}ー${code.slice(4, 8)}－${code.slice(8)}`,
      code.replace(/[0-9A-Z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)),
    ];
    for (const v of variants) expect(decodeOk(v), v).toEqual(expected);
    const withOne = ALL_VERDICT_CODES.find((c) => c.includes('1')) ?? '';
    expect(decodeOk(withOne.replaceAll('1', 'I'))).toEqual(decodeOk(withOne));
    expect(decodeOk(withOne.replaceAll('1', 'l'))).toEqual(decodeOk(withOne));
  });

  it('say what is wrong: length, the character and its place, check, version, newer values', () => {
    expect(decodeReferenceCode('')).toEqual({
      ok: false,
      error: 'bad_length',
      length: 0,
      expected: 13,
    });
    expect(decodeReferenceCode('8B80-84S6-FG10')).toMatchObject({
      error: 'bad_length',
      length: 12,
    });
    expect(decodeReferenceCode('x'.repeat(10_000))).toMatchObject({ error: 'bad_length' });
    expect(decodeReferenceCode('8B80-8US6-FG10E')).toEqual({
      ok: false,
      error: 'bad_character',
      position: 6,
      character: 'U',
    });
    expect(decodeReferenceCode('8B80-84S6-FG10F')).toEqual({ ok: false, error: 'check_failed' });
    const v2 = rawCode([
      [2, 2],
      [0, 58],
    ]);
    expect(decodeReferenceCode(v2)).toEqual({ ok: false, error: 'unknown_version', version: 2 });
    const newVerdict = rawCode([
      [1, 2],
      [31, 5],
      [0, 53],
    ]);
    expect(decodeReferenceCode(newVerdict)).toMatchObject({
      error: 'unknown_value',
      field: 'verdict',
      appVersion: '0.0.0',
    });
    const newPortState = rawCode([
      [1, 2],
      [0, 5],
      [0, 3],
      [15, 4],
      [0, 46],
    ]);
    expect(decodeReferenceCode(newPortState)).toMatchObject({ field: 'ports' });
    const newRec = rawCode([
      [1, 2],
      [0, 5],
      [0, 3],
      [0, 12],
      [60, 6],
      [0, 32],
    ]);
    expect(decodeReferenceCode(newRec)).toMatchObject({ field: 'recommended' });
  });
});

describe('what a code says about ports', () => {
  const states = (probes: ProbeResult[], extra: Partial<DiagnosisReport> = {}) =>
    portStates({ ...reportFor('ok', probes), ...extra });

  it('judges 25 on the reference MX, and on the own MX only when no reference was probed', () => {
    expect(
      states([connect('reference_mx', 25, 'refused'), connect('own_mx', 25, 'open')])[25],
    ).toBe('refused');
    expect(states([connect('own_mx', 25, 'open')])[25]).toBe('open');
    expect(states([connect('submission', 25, 'open')])[25]).toBe('not_probed');
  });

  it('reads the ways of blocking as the engine does: silent drops beside one way count as it', () => {
    const p = [
      connect('reference_mx', 25, 'prohibited'),
      connect('reference_mx', 25, 'prohibited'),
      connect('reference_mx', 25, 'filtered'),
    ];
    expect(states(p)[25]).toBe('prohibited');
    expect(states(p.slice(1))[25]).toBe('prohibited');
    expect(states(p.slice(2))[25]).toBe('blocked_silent');
    const two = [connect('reference_mx', 25, 'refused'), connect('reference_mx', 25, 'prohibited')];
    expect(states(two)[25]).toBe('blocked_mixed');
  });

  it('says port 25 was blocked where the engine found it so, a local relay with nothing behind it too', () => {
    // A mail shield took every connect and nothing talked behind it: the probes alone say failed.
    const relayed = [connect('reference_mx', 25, 'error'), connect('reference_mx', 25, 'error')];
    expect(states(relayed)[25]).toBe('failed');
    const finding = evidence('port25_blocked', 'problem', { hosts: [], how: 'filtered' });
    expect(states(relayed, { evidence: [finding] })[25]).toBe('blocked_silent');
  });

  it('calls a port open when any server on it answered, failed when all conversations broke', () => {
    const p = [
      connect('submission', 587, 'filtered'),
      connect('reference_submission', 587, 'open'),
      connect('submission', 465, 'error'),
    ];
    expect(states(p)).toEqual({ 25: 'not_probed', 465: 'failed', 587: 'open' });
  });

  it('shows interception from the probes or from the evidence alone', () => {
    expect(states([connect('reference_mx', 25, 'intercepted')])[25]).toBe('intercepted');
    const ev = evidence('port25_intercepted', 'problem', {
      greeting: 'x',
      hosts: [],
      reason: 'same_greeting',
    });
    expect(states([connect('reference_mx', 25, 'open')], { evidence: [ev] })[25]).toBe(
      'intercepted',
    );
  });

  it('tells this computer refusing from the network, and ignores skipped probes', () => {
    expect(states([connect('submission', 587, 'local_refused')])[587]).toBe('local_refused');
    expect(states([connect('submission', 587, 'no_route')])[587]).toBe('no_route');
    expect(states([connect('submission', 465, 'skipped')])[465]).toBe('not_probed');
  });
});

describe('the provider and the version in a code', () => {
  it('gives every bundled provider its own hash, and keeps the hash function stable', () => {
    const ids = providerDb().providers.map((p) => p.id);
    const hashes = new Set(ids.map(providerHash));
    expect(hashes.size).toBe(ids.length);
    expect(providerHash('ocn.ne.jp')).toBe(providerHash('ocn.ne.jp'));
    expect(providerHash('ocn.ne.jp')).toBe(103_230);
    for (const id of ids) expect(providerHash(id)).toBeGreaterThan(0);
  });

  it('decodes a provider this list does not know as its hash with no match', () => {
    const r = { ...reportFor('ok'), provider: { id: 'new-provider.example', name: 'New' } };
    const summary = decodeOk(referenceCodeFor(r, '0.1.0'));
    expect(summary.provider?.matches).toEqual([]);
    expect(summary.provider?.hash).toMatch(/^[0-9A-Z]{4}$/);
  });

  it('packs major.minor.patch, and says null for what does not fit', () => {
    expect(codeVersion('0.1.0')).toBe('0.1.0');
    expect(codeVersion('1.2.3-beta.1')).toBe('1.2.3');
    expect(codeVersion('v7.31.30')).toBe('7.31.30');
    for (const v of ['8.0.0', '0.32.0', '0.0.32', '7.31.31', 'dev', ''])
      expect(codeVersion(v), v).toBeNull();
    expect(decodeOk(referenceCodeFor(reportFor('ok'), 'dev')).appVersion).toBeNull();
  });

  it('marks published-only and unverified recommendations, and other ports', () => {
    const base = reportFor('offline');
    const rec = base.recommended;
    if (!rec) throw new Error('fixture has recommended settings');
    const cases: [Partial<typeof rec>, unknown][] = [
      [
        { port: 465, security: 'tls', verified: false, publishedOnly: true },
        { port: 465, security: 'tls', trust: 'published' },
      ],
      [{ verified: false }, { port: 587, security: 'starttls', trust: 'unverified' }],
      [
        { port: 8025, security: 'none' },
        { port: null, security: 'none', trust: 'verified' },
      ],
    ];
    for (const [change, expected] of cases) {
      const r = { ...base, recommended: { ...rec, ...change } };
      expect(decodeOk(referenceCodeFor(r, '0.1.0')).recommended).toEqual(expected);
    }
    expect(decodeOk(referenceCodeFor({ ...base, recommended: null }, '0.1.0')).recommended).toBe(
      null,
    );
  });
});
