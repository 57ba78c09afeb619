import { describe, expect, it } from 'vitest';
import { MAIL_PROGRAMS } from '../diagnosis.js';
import { flattenCatalogue, placeholders } from './catalogue.js';
import { en } from './en/index.js';
import { ja } from './ja/index.js';

/** English plural forms (_one, _other) fold into the key Japanese has once. */
const flatJa = flattenCatalogue(ja);
const fold = (k: string) => (flatJa.has(k) ? k : k.replace(/_(one|other)$/, ''));
const flatEn = new Map([...flattenCatalogue(en)].map(([k, v]) => [fold(k), v]));

describe('catalogues', () => {
  it('have exactly the same keys in Japanese and English', () => {
    const missingInEn = [...flatJa.keys()].filter((k) => !flatEn.has(k));
    const missingInJa = [...flatEn.keys()].filter((k) => !flatJa.has(k));
    expect(missingInEn).toEqual([]);
    expect(missingInJa).toEqual([]);
    expect(flatJa.size).toBeGreaterThan(250);
  });

  it('have no empty messages', () => {
    for (const [k, v] of [...flatJa, ...flatEn]) expect(v.trim(), k).not.toBe('');
  });

  it('use the same placeholders for each key in both languages', () => {
    for (const [k, v] of flatJa)
      expect(placeholders(flatEn.get(k) ?? ''), k).toEqual(placeholders(v));
  });

  it('have steps and all security labels for every mail program', () => {
    for (const p of MAIL_PROGRAMS) {
      expect(ja.programs[p].steps.length, p).toBeGreaterThanOrEqual(4);
      expect(en.programs[p].steps.length, p).toBe(ja.programs[p].steps.length);
      const all = [...ja.programs[p].steps, ...en.programs[p].steps].join(' ');
      // Every program's steps must put the recommended values somewhere.
      for (const v of ['{{host}}', '{{port}}']) expect(all, `${p} ${v}`).toContain(v);
    }
  });

  it('end every program’s steps by warning that it will ask for the mail password on the first send', () => {
    for (const p of MAIL_PROGRAMS) {
      expect(ja.programs[p].steps.at(-1), p).toMatch(/最初に送るとき.*メールのパスワード/);
      expect(en.programs[p].steps.at(-1), p).toMatch(/first time you send.*mail password/);
    }
  });

  it('keep jargon off the customer screens (start, address, checking, result, still not sending, verdict titles)', () => {
    const customer = [...flatJa, ...flatEn].filter(([k]) =>
      /^(start|checking|result|help)\.|^verdict\..*\.(title|explanation)$|^action\./.test(k),
    );
    for (const [k, v] of customer) {
      expect(v, k).not.toMatch(/OP25B|STARTTLS|SMTP|\b(25|465|587)\b/);
    }
  });
});
