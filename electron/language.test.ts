import { describe, expect, it } from 'vitest';
import { pickLanguage } from './language.js';

describe('pickLanguage', () => {
  it.each([
    [['ja-JP', 'en-US'], 'ja'],
    [['ja'], 'ja'],
    [['JA_jp'], 'ja'],
    [['en-GB', 'ja-JP'], 'en'],
    [['fr-FR', 'ja-JP'], 'ja'],
    [['fr-FR', 'de-DE'], 'en'],
    [['jav-ID'], 'en'],
    [[], 'en'],
  ] as const)('%j -> %s', (tags, lang) => {
    expect(pickLanguage(tags)).toBe(lang);
  });
});
