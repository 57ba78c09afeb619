import { describe, expect, it } from 'vitest';
import { MAIL_PROGRAMS } from '../../shared/diagnosis.js';
import { flattenCatalogue, placeholders } from '../../shared/i18n/catalogue.js';
import { en } from '../../shared/i18n/en/index.js';
import { createI18n, detectLang } from './i18n.js';
import { ja } from '../../shared/i18n/ja/index.js';

const flatJa = flattenCatalogue(ja);
const flatEn = flattenCatalogue(en);

describe('catalogues', () => {
  it('have exactly the same keys in Japanese and English', () => {
    const missingInEn = [...flatJa.keys()].filter((k) => !flatEn.has(k));
    const missingInJa = [...flatEn.keys()].filter((k) => !flatJa.has(k));
    expect(missingInEn).toEqual([]);
    expect(missingInJa).toEqual([]);
    expect(flatJa.size).toBeGreaterThan(150);
  });

  it('have no empty messages', () => {
    for (const [k, v] of [...flatJa, ...flatEn]) expect(v.trim(), k).not.toBe('');
  });

  it('use the same placeholders for each key in both languages', () => {
    for (const [k, v] of flatJa)
      expect(placeholders(flatEn.get(k) ?? ''), k).toEqual(placeholders(v));
  });

  it('have steps and both security labels for every mail program', () => {
    for (const p of MAIL_PROGRAMS) {
      expect(ja.programs[p].steps.length, p).toBeGreaterThanOrEqual(4);
      expect(en.programs[p].steps.length, p).toBe(ja.programs[p].steps.length);
      const all = [...ja.programs[p].steps, ...en.programs[p].steps].join(' ');
      // Every program's steps must put the recommended values somewhere.
      for (const v of ['{{host}}', '{{port}}']) expect(all, `${p} ${v}`).toContain(v);
    }
  });

  it('keep jargon off the customer screens (start, address, checking, result)', () => {
    const customer = [...flatJa, ...flatEn].filter(([k]) => /^(start|checking|result)\./.test(k));
    for (const [k, v] of customer) {
      expect(v, k).not.toMatch(/OP25B|STARTTLS|SMTP|\b(25|465|587)\b/);
    }
  });

  it('format numbers and times per language', () => {
    const i18nJa = createI18n('ja');
    const i18nEn = createI18n('en');
    expect(i18nJa.t('time.seconds', { value: 12.345 })).toBe('12.3 秒');
    expect(i18nEn.t('time.seconds', { value: 1234.5 })).toBe('1,234.5 s');
    expect(i18nEn.t('time.ms', { value: 1210 })).toBe('1,210 ms');
  });
});

describe('detectLang', () => {
  it('follows the OS language, Japanese first', () => {
    expect(detectLang(['ja-JP', 'en-US'])).toBe('ja');
    expect(detectLang(['en-GB', 'ja'])).toBe('en');
    expect(detectLang(['de-DE', 'ja-JP'])).toBe('ja');
    expect(detectLang(['de-DE'])).toBe('en');
    expect(detectLang([])).toBe('ja');
  });
});
