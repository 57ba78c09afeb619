import { describe, expect, it } from 'vitest';
import { pickLanguage, posixLocaleTags } from './language.js';

describe('pickLanguage', () => {
  it.each([
    [['ja-JP', 'en-US'], 'ja'],
    [['ja'], 'ja'],
    [['JA_jp'], 'ja'],
    [['ja_JP.UTF-8'], 'ja'],
    [['en-GB', 'ja-JP'], 'en'],
    [['fr-FR', 'ja-JP'], 'ja'],
    [['fr-FR', 'de-DE'], 'en'],
    [['jav-ID'], 'en'],
    [['C'], 'en'],
    [['POSIX'], 'en'],
    [[''], 'en'],
    [[undefined, 'ja'], 'ja'],
    [[], 'en'],
  ] as const)('%j -> %s', (tags, lang) => {
    expect(pickLanguage(tags)).toBe(lang);
  });
});

describe('posixLocaleTags (the command line)', () => {
  it.each([
    [{ LANG: 'ja_JP.UTF-8' }, 'ja'],
    [{ LANG: 'en_US.UTF-8' }, 'en'],
    [{ LANG: 'de_DE.UTF-8' }, 'en'],
    [{ LANG: 'C.UTF-8' }, 'en'],
    [{}, 'en'],
    [{ LANG: 'en_US.UTF-8', LC_ALL: 'ja_JP.UTF-8' }, 'ja'],
    [{ LANG: 'ja_JP.UTF-8', LC_MESSAGES: 'en_US.UTF-8' }, 'en'],
    [{ LANG: 'ja_JP.UTF-8', LC_ALL: '' }, 'ja'],
    [{ LANG: 'de_DE.UTF-8', LANGUAGE: 'de:ja' }, 'ja'],
    [{ LANG: 'C', LANGUAGE: 'ja' }, 'en'],
    [{ LANGUAGE: 'ja' }, 'en'],
  ])('%j -> %s', (env, lang) => {
    expect(pickLanguage(posixLocaleTags(env))).toBe(lang);
  });
});
