import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { report as reportArb } from '../test/support/report-arbitrary.js';
import { verdictDefinition } from '../electron/engine/verdicts/index.js';
import type { DiagnosisReport } from './diagnosis.js';
import { evidence } from './evidence.js';
import type { ProbeResult } from './probe.js';
import { providerDb } from './providers/index.js';
import { goldenReports } from '../test/fixtures/renderer/golden.js';
import { BitWriter, CODE_ALPHABET, checkSymbol } from './reference-code-bits.js';
import { failingGroups, withChecks } from './reference-code-digits.js';
import {
  CODE_LENGTH,
  codeVersion,
  decodeReferenceCode,
  encodeSummary,
  portStates,
  providerHash,
  providerHash14,
  referenceCodeFor,
  summarizeReport,
  type CodeSummary,
} from './reference-code.js';
import { encodeSummaryV1, providerHashV1Text } from './reference-code-v1.js';
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

/** A letter code with any fields, built bit by bit (for versions and values no encoder writes). */
function rawCode(fields: [number, number][]): string {
  const w = new BitWriter();
  for (const [value, width] of fields) w.put(value, width);
  const data = w.symbols();
  return [...data, checkSymbol(data)].map((v) => CODE_ALPHABET[v]).join('');
}

/** A digit code with any 18 data digits (the group checks added), for values no encoder writes. */
function rawDigits(value: bigint): string {
  const data = [...value.toString().padStart(18, '0')].map(Number);
  return withChecks(data).join('');
}

/** A report's code in the first release's letter layout. */
function letterCode(r: DiagnosisReport, version = '0.1.0'): string {
  const s = summarizeReport(r, version);
  return encodeSummaryV1({
    ...s,
    provider: r.provider ? { hash: providerHashV1Text(r.provider.id), matches: [] } : null,
  });
}

/** The code of reportFor('port25_blocked') at 0.1.0, written down once: it must never change. */
const PINNED_PORT25_BLOCKED = '0125-6669-6534-1342-9564-5609';

const ALL_VERDICT_CODES = VERDICT_CODES.map((v) => referenceCodeFor(reportFor(v), '0.1.0'));
const LETTER_CODES = VERDICT_CODES.map((v) => letterCode(reportFor(v)));
const DIGIT_CODE = /^\d{4}(-\d{4}){5}$/;

/** Every code position as [code, position], for digit codes of each verdict and random reports. */
function sampleCodes(): string[] {
  const randomCodes = fc
    .sample(reportArb, { numRuns: 200, seed: 9 })
    .map((r) => referenceCodeFor(r, '0.1.0'));
  return [...ALL_VERDICT_CODES, ...randomCodes].map((c) => c.replaceAll('-', ''));
}

describe('digit codes', () => {
  it('have a place for every verdict, each once', () => {
    expect(new Set(VERDICT_CODES).size).toBe(VERDICT_CODES.length);
    expect(VERDICT_CODES.length).toBeLessThanOrEqual(32);
  });

  it('look like 3051-2779-…: 24 digits in six groups of four', () => {
    expect(CODE_LENGTH).toBe(24);
    for (const code of ALL_VERDICT_CODES) expect(code).toMatch(DIGIT_CODE);
    expect(new Set(ALL_VERDICT_CODES).size).toBe(VERDICT_CODES.length);
  });

  it('keep their layout: a fixed report always gives the same code', () => {
    // Codes are read out on the phone and typed in later, maybe into another version: if this
    // changes, old codes change meaning. Add a layout instead.
    expect(referenceCodeFor(reportFor('port25_blocked'), '0.1.0')).toBe(ALL_VERDICT_CODES[1]);
    expect(ALL_VERDICT_CODES[1]).toBe(PINNED_PORT25_BLOCKED);
  });

  it('carry the port and the mail program the customer uses now', () => {
    const base = reportFor('port25_blocked');
    const cases: [DiagnosisReport['request'], CodeSummary['current']][] = [
      [
        { server: null, port: null },
        { port: null, program: null },
      ],
      [
        { server: 'smtp.ocn.ne.jp', port: 25, mailProgram: 'outlook_classic' },
        { port: 25, program: 'outlook_classic' },
      ],
      [
        { server: null, port: 8025, mailProgram: 'becky' },
        { port: 'other', program: 'becky' },
      ],
      [
        { server: null, port: 2525, mailProgram: 'other' },
        { port: 2525, program: 'other' },
      ],
    ];
    for (const [request, current] of cases)
      expect(decodeOk(referenceCodeFor({ ...base, request }, '0.1.0')).current).toEqual(current);
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

  it('round-trip for random reports and versions (property)', () => {
    const version = fc
      .tuple(fc.nat(3), fc.nat(31), fc.nat(15))
      .filter(([a, b, c]) => !(a === 3 && b === 31 && c === 15))
      .map((parts) => parts.join('.'));
    fc.assert(
      fc.property(reportArb, version, (r, v) => {
        const code = referenceCodeFor(r, v);
        expect(code).toMatch(DIGIT_CODE);
        const summary = decodeOk(code);
        expect(summary).toEqual(summarizeReport(r, v));
        expect(summary.appVersion).toBe(v);
        expect(summary.current?.program).toBe(r.request.mailProgram ?? null);
        expect(encodeSummary(summary)).toBe(code);
      }),
      { numRuns: 2000 },
    );
  });

  it('catch EVERY single-digit change and name exactly the group it is in', () => {
    let tried = 0;
    for (const code of sampleCodes()) {
      [...code].forEach((original, i) => {
        for (const typo of '0123456789') {
          if (typo === original) continue;
          const typed = [...code];
          typed[i] = typo;
          expect(decodeReferenceCode(typed.join('')), `${code} with ${typo} at ${i + 1}`).toEqual({
            ok: false,
            error: 'check_failed',
            groups: [Math.floor(i / 4) + 1],
          });
          tried++;
        }
      });
    }
    expect(tried).toBe((VERDICT_CODES.length + 200) * 24 * 9);
  });

  it('catch EVERY swap of two adjacent different digits, and name the group or the two groups', () => {
    let tried = 0;
    for (const code of sampleCodes()) {
      for (let i = 0; i + 1 < code.length; i++) {
        if (code[i] === code[i + 1]) continue;
        const typed = [...code];
        [typed[i], typed[i + 1]] = [code[i + 1] ?? '', code[i] ?? ''];
        const [a, b] = [Math.floor(i / 4) + 1, Math.floor((i + 1) / 4) + 1];
        expect(decodeReferenceCode(typed.join('')), `${code} swap ${i + 1}/${i + 2}`).toEqual({
          ok: false,
          error: 'check_failed',
          groups: a === b ? [a] : [a, b],
        });
        tried++;
      }
    }
    expect(tried).toBeGreaterThan((VERDICT_CODES.length + 200) * 15);
  });

  it('catch any single-digit change or adjacent swap of any valid code (property)', () => {
    const codeArb = fc.array(fc.nat(9), { minLength: 18, maxLength: 18 }).map((d) => withChecks(d));
    fc.assert(
      fc.property(codeArb, fc.nat(23), fc.integer({ min: 1, max: 9 }), (digits, i, delta) => {
        const changed = [...digits];
        changed[i] = ((digits[i] ?? 0) + delta) % 10;
        expect(failingGroups(changed)).toEqual([Math.floor(i / 4) + 1]);
        if (i < 23 && digits[i] !== digits[i + 1]) {
          const swapped = [...digits];
          [swapped[i], swapped[i + 1]] = [digits[i + 1] ?? 0, digits[i] ?? 0];
          const groups = failingGroups(swapped);
          expect(groups).toContain(Math.floor(i / 4) + 1);
          expect(groups).toEqual([
            ...new Set([Math.floor(i / 4) + 1, Math.floor((i + 1) / 4) + 1]),
          ]);
        }
      }),
      { numRuns: 5000 },
    );
  });

  it('read what people type: spaces, dashes, full width, dots, O for 0 and I or L for 1', () => {
    const code = ALL_VERDICT_CODES[1] ?? '';
    const plain = code.replaceAll('-', '');
    const expected = decodeOk(code);
    const variants = [
      plain,
      code.replaceAll('-', ' '),
      code.replaceAll('-', 'ー'),
      code.replaceAll('-', '・'),
      ` ${plain.slice(0, 4)}  ${plain.slice(4)} `,
      code.replace(/[0-9]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)),
      code.replaceAll('0', 'O').replaceAll('1', 'l'),
    ];
    for (const v of variants) expect(decodeOk(v), v).toEqual(expected);
  });

  it('say what is wrong: length, the character and its place, the groups, newer layouts and values', () => {
    expect(decodeReferenceCode('')).toEqual({
      ok: false,
      error: 'bad_length',
      length: 0,
      expected: 24,
    });
    expect(decodeReferenceCode('1234-5678')).toMatchObject({ error: 'bad_length', length: 8 });
    expect(decodeReferenceCode('x'.repeat(10_000))).toMatchObject({ error: 'bad_length' });
    const code = ALL_VERDICT_CODES[1] ?? '';
    expect(decodeReferenceCode(`${code.slice(0, 5)}A${code.slice(6)}`)).toEqual({
      ok: false,
      error: 'bad_character',
      position: 5,
      character: 'A',
    });
    const groupsWrong = [...code.replaceAll('-', '')];
    for (const i of [1, 9, 17]) groupsWrong[i] = groupsWrong[i] === '5' ? '6' : '5';
    expect(decodeReferenceCode(groupsWrong.join(''))).toEqual({
      ok: false,
      error: 'check_failed',
      groups: [1, 3, 5],
    });
    expect(decodeReferenceCode(rawDigits(1n << 58n))).toEqual({
      ok: false,
      error: 'unknown_version',
      version: 3,
    });
    expect(decodeReferenceCode(rawDigits(31n << 53n))).toMatchObject({
      error: 'unknown_value',
      field: 'verdict',
      appVersion: '0.0.0',
    });
    expect(decodeReferenceCode(rawDigits(15n << 38n))).toMatchObject({ field: 'ports' });
    expect(decodeReferenceCode(rawDigits(60n << 32n))).toMatchObject({ field: 'recommended' });
    expect(decodeReferenceCode(rawDigits(7n << 29n))).toMatchObject({ field: 'current' });
    expect(decodeReferenceCode(rawDigits(15n << 25n))).toMatchObject({ field: 'current' });
  });
});

describe('letter codes of the first release', () => {
  it('still decode: the golden codes read out and saved before digit codes', () => {
    // Made by the letter-code encoder of the first release from the golden reports of the screens
    // (test/fixtures/renderer/golden-reports.json), app version 0.1.0.
    const golden: Record<string, string> = {
      ok: '8024-87B6-5810N',
      port25_blocked: '8B84-87B6-5810T',
      port25_intercepted: '8K60-87B6-5810A',
      submission_blocked: '8V85-1QB6-5810J',
      smtp_blocked: '928N-8FB6-5810S',
      server_unreachable: '9C0G-8FB6-5810Q',
      tls_problem: '9M80-8BB6-5810F',
      security_software: '9SG6-1QB6-5810R',
      captive_portal: 'A281-0FB6-5810Q',
      auth_failed: 'AC80-87B6-5810M',
      domain_not_found: 'AG00-0000-0010R',
      dns_unavailable: 'AT00-0FB6-5810K',
      internet_unreachable: 'B281-0FB6-5810S',
      offline: 'B900-0FB6-5810B',
    };
    const reports = goldenReports();
    expect(Object.keys(golden).sort()).toEqual(
      Object.keys(reports)
        .filter((k) => k in golden)
        .sort(),
    );
    for (const [name, code] of Object.entries(golden)) {
      const report = reports[name];
      if (report === undefined) throw new Error(`golden report ${name}`);
      const s = decodeOk(code);
      expect(s.verdict, name).toBe(report.verdict.code);
      expect(s.blockedAt, name).toBe(report.blockedAt);
      expect(s.ports, name).toEqual(portStates(report));
      expect(s.recommended, name).toEqual(summarizeReport(report, '0.1.0').recommended);
      expect(s.provider?.hash ?? null, name).toBe(
        report.provider ? providerHashV1Text(report.provider.id) : null,
      );
      expect(s.appVersion, name).toBe('0.1.0');
      expect(s.current, name).toBeNull();
      expect(decodeOk(code.toLowerCase().replaceAll('-', ' '))).toEqual(s);
    }
    expect(decodeReferenceCode('8B80-84S6-FG10E')).toMatchObject({ ok: true });
  });

  it('keep catching every single-character substitution (without a place: one check character)', () => {
    let tried = 0;
    for (const code of LETTER_CODES) {
      const chars = [...code.replaceAll('-', '')];
      chars.forEach((original, i) => {
        for (const typo of CODE_ALPHABET) {
          if (typo === original) continue;
          const typed = [...chars];
          typed[i] = typo;
          expect(decodeReferenceCode(typed.join('')), `${code} ${typo}@${i + 1}`).toEqual({
            ok: false,
            error: 'check_failed',
            groups: [],
          });
          tried++;
        }
      });
    }
    expect(tried).toBe(VERDICT_CODES.length * 13 * 31);
  });

  it('keep catching every transposition of two different characters, adjacent or not', () => {
    for (const code of LETTER_CODES) {
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

  it('read lower case, I and L for 1, O for 0, full width; refuse U, old versions and new values', () => {
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
    const expected = decodeOk(code);
    for (const v of [
      code.toLowerCase(),
      code.replaceAll('0', 'O'),
      `${code.slice(0, 4)}ー${code.slice(4, 8)}－${code.slice(8)}`,
      code.replace(/[0-9A-Z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)),
    ])
      expect(decodeOk(v), v).toEqual(expected);
    expect(decodeReferenceCode('8B80-8US6-FG10E')).toEqual({
      ok: false,
      error: 'bad_character',
      position: 6,
      character: 'U',
    });
    expect(decodeReferenceCode('8B80-84S6-FG10F')).toEqual({
      ok: false,
      error: 'check_failed',
      groups: [],
    });
    expect(
      decodeReferenceCode(
        rawCode([
          [2, 2],
          [0, 58],
        ]),
      ),
    ).toEqual({
      ok: false,
      error: 'unknown_version',
      version: 2,
    });
    expect(
      decodeReferenceCode(
        rawCode([
          [1, 2],
          [31, 5],
          [0, 53],
        ]),
      ),
    ).toMatchObject({
      error: 'unknown_value',
      field: 'verdict',
    });
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

  it('folds the hash to 14 bits in digit codes: every bundled provider still named, at most two at once', () => {
    const ids = providerDb().providers.map((p) => p.id);
    const byHash = new Map<number, string[]>();
    for (const id of ids)
      byHash.set(providerHash14(id), [...(byHash.get(providerHash14(id)) ?? []), id]);
    for (const same of byHash.values()) expect(same.length).toBeLessThanOrEqual(2);
    expect(providerHash14('ocn.ne.jp')).toBe((103_230 % 16_383) + 1);
    const summary = decodeOk(referenceCodeFor(reportFor('ok'), '0.1.0'));
    expect(summary.provider?.matches.map((m) => m.id)).toContain('ocn.ne.jp');
  });

  it('decodes a provider this list does not know as its hash with no match', () => {
    const r = { ...reportFor('ok'), provider: { id: 'new-provider.example', name: 'New' } };
    const summary = decodeOk(referenceCodeFor(r, '0.1.0'));
    expect(summary.provider?.matches).toEqual([]);
    expect(summary.provider?.hash).toMatch(/^\d{5}$/);
  });

  it('packs major.minor.patch, and says null for what does not fit', () => {
    expect(codeVersion('0.1.0')).toBe('0.1.0');
    expect(codeVersion('1.2.3-beta.1')).toBe('1.2.3');
    expect(codeVersion('v3.31.14')).toBe('3.31.14');
    for (const v of ['4.0.0', '0.32.0', '0.0.16', '3.31.15', 'dev', ''])
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
