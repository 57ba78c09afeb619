import { describe, expect, it } from 'vitest';
import { createTranslator } from './i18n/i18next-options.js';
import { decodeReferenceCode, type CodeError, type CodeSummary } from './reference-code.js';
import { describeCode, describeCodeError } from './reference-code-text.js';
import { VERDICT_CODES } from './verdict.js';
import { PORT_STATES, REC_TRUST } from './reference-code.js';

const ja = createTranslator('ja');
const en = createTranslator('en');

function summary(over: Partial<CodeSummary> = {}): CodeSummary {
  return {
    verdict: 'port25_blocked',
    blockedAt: 'isp',
    ports: { 25: 'blocked_silent', 465: 'not_probed', 587: 'open' },
    recommended: { port: 587, security: 'starttls', trust: 'verified' },
    provider: { hash: '3553', matches: [{ id: 'ocn.ne.jp', name: 'OCN' }] },
    appVersion: '0.1.0',
    current: null,
    ...over,
  };
}

/** A line said in full: no key names and no unfilled placeholders. */
function expectWords(line: string): void {
  expect(line).not.toMatch(/\{\{|\}\}|code\.|undefined|null/);
}

describe('a reference code in words', () => {
  it('reads the way support staff say it, in English and Japanese', () => {
    const d = decodeReferenceCode('8B80-84S6-FG10E'); // a letter code of the first release
    if (!d.ok) throw new Error('the pinned code decodes');
    expect(describeCode(d.summary, en)).toEqual([
      'Result: Port 25 blocked (OP25B)',
      'Stopped at: the ISP',
      'Port 25: blocked (no answer)',
      'Port 465: not checked',
      'Port 587: open',
      'Recommended: port 587, STARTTLS (seen answering)',
      'Provider: OCN',
      'This reference code has the old format: it does not carry the customer’s current port and mail program.',
      'App version: 0.1.0',
    ]);
    expect(describeCode(d.summary, ja)).toEqual([
      '結果：ポート番号 25 の遮断（OP25B）',
      '止まっている場所：プロバイダー',
      'ポート番号 25：遮断（応答なし）',
      'ポート番号 465：調べていない',
      'ポート番号 587：接続できる',
      'おすすめの設定：ポート番号 587、STARTTLS（応答を確認済み）',
      'プロバイダー：OCN',
      'この参照コードは古い形式のため、お客さまのいまのポート番号とメールソフトは入っていません。',
      'アプリのバージョン：0.1.0',
    ]);
  });

  it('has words for every verdict, place, port state and trust, in both languages', () => {
    for (const t of [ja, en]) {
      for (const verdict of VERDICT_CODES)
        describeCode(summary({ verdict }), t).forEach(expectWords);
      for (const blockedAt of [null, 'pc', 'router', 'isp', 'server'] as const)
        describeCode(summary({ blockedAt }), t).forEach(expectWords);
      for (const state of PORT_STATES)
        describeCode(summary({ ports: { 25: state, 465: state, 587: state } }), t).forEach(
          expectWords,
        );
      for (const trust of REC_TRUST)
        for (const port of [465, null])
          describeCode(summary({ recommended: { port, security: 'none', trust } }), t).forEach(
            expectWords,
          );
    }
  });

  it('says the port and the mail program the customer uses now, when the code carries them', () => {
    const now = summary({ current: { port: 25, program: 'outlook_classic' } });
    expect(describeCode(now, ja)).toEqual(
      expect.arrayContaining([
        'お客さまがいま使っているポート番号：25',
        'お客さまのメールソフト：Outlook（クラシック）',
      ]),
    );
    expect(describeCode(now, en)).toContain('Port the customer uses now: 25');
    const none = summary({ current: { port: null, program: null } });
    expect(describeCode(none, ja)).toEqual(
      expect.arrayContaining([
        'お客さまがいま使っているポート番号：入力されていません',
        'お客さまのメールソフト：選ばれていません',
      ]),
    );
    expect(describeCode(summary({ current: { port: 'other', program: 'becky' } }), en)).toContain(
      'Port the customer uses now: not 25, 465, 587 or 2525',
    );
  });

  it('names the group of four digits that is wrong, or the two, or says how many', () => {
    const said = (groups: number[], t = ja) =>
      describeCodeError({ error: 'check_failed', groups }, t);
    expect(said([3])).toBe(
      '左から 3 番目の 4 桁が正しくありません。その 4 桁だけ、もう一度読み上げてもらってください。',
    );
    expect(said([2, 3])).toContain('左から 2 番目と 3 番目の 4 桁');
    expect(said([1, 3, 5])).toContain('正しくない 4 桁が 3 か所あります。');
    expect(said([4], en)).toContain('Group 4 from the left');
    expect(said([])).toContain('どこかの文字が違うか');
  });

  it('names ambiguous, unknown and missing providers, and unknown versions', () => {
    const two = summary({
      provider: {
        hash: '0001',
        matches: [
          { id: 'a', name: 'Alpha' },
          { id: 'b', name: 'Beta' },
        ],
      },
    });
    expect(describeCode(two, en)).toContain('Provider: Alpha or Beta');
    expect(describeCode(two, ja)).toContain('プロバイダー：AlphaまたはBeta');
    const unknown = summary({ provider: { hash: '3553', matches: [] }, appVersion: null });
    expect(describeCode(unknown, en)).toContain(
      'Provider: one this version’s data does not know (tag 3553).',
    );
    expect(describeCode(unknown, en)).toContain('App version: unknown');
    expect(describeCode(summary({ provider: null, recommended: null }), en)).toEqual(
      expect.arrayContaining(['Provider: not in the bundled data.', 'Recommended: none']),
    );
  });

  it('says what is wrong with a mistyped code, showing control characters as code points', () => {
    const errors: CodeError[] = [
      { error: 'bad_length', length: 12, expected: 13 },
      { error: 'bad_character', position: 6, character: 'U' },
      { error: 'check_failed', groups: [] },
      { error: 'check_failed', groups: [2] },
      { error: 'check_failed', groups: [2, 3] },
      { error: 'check_failed', groups: [1, 2, 6] },
      { error: 'unknown_version', version: 2 },
      { error: 'unknown_value', field: 'verdict', appVersion: '0.3.0' },
      { error: 'unknown_value', field: 'verdict', appVersion: null },
    ];
    for (const t of [ja, en]) for (const e of errors) expectWords(describeCodeError(e, t));
    expect(describeCodeError(errors[1] as CodeError, en)).toBe(
      'Character 6, “U”, is never used in reference codes. Please ask for the code again.',
    );
    expect(describeCodeError(errors[1] as CodeError, ja)).toContain('6文字目の「U」');
    expect(
      describeCodeError({ error: 'bad_character', position: 2, character: '\u001b' }, en),
    ).toContain('“U+001B”');
  });
});
