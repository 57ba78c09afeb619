import fc from 'fast-check';
import { describe, it, expect } from 'vitest';
import { decodePunycode, hostToAscii, hostToUnicode } from './punycode.js';

describe('decodePunycode', () => {
  // RFC 3492 section 7.1 samples.
  it.each([
    [
      'egbpdaj6bu4bxfgehfvwxn',
      '\u0644\u064A\u0647\u0645\u0627\u0628\u062A\u0643\u0644\u0645\u0648\u0634\u0639\u0631\u0628\u064A\u061F',
    ],
    ['ihqwcrb4cv8a8dqg056pqjye', '\u4ED6\u4EEC\u4E3A\u4EC0\u4E48\u4E0D\u8BF4\u4E2D\u6587'],
    ['n8jok5ay5dzabd5bym9f0cm5685rrjetr6pdxa', 'なぜみんな日本語を話してくれないのか'],
    ['3B-ww4c5e180e575a65lsy2b', '3年B組金八先生'],
    ['-with-SUPER-MONKEYS-pc58ag80a8qai00g7n9n', '安室奈美恵-with-SUPER-MONKEYS'],
    ['r8jz45g', '例え'],
  ])('%s', (encoded, decoded) => {
    expect(decodePunycode(encoded)).toBe(decoded);
  });

  it.each(['zz', '9999999999999', 'a-!', 'ü-x'])('refuses %j', (bad) => {
    expect(decodePunycode(bad)).toBeNull();
  });
});

describe('hostToUnicode', () => {
  it.each([
    ['xn--r8jz45g.jp', '例え.jp'],
    ['xn--eckwd4c7c.xn--zckzah', 'ドメイン.テスト'],
    ['XN--R8JZ45G.JP', '例え.JP'],
    ['example.jp', 'example.jp'],
    ['xn--fa-hia.de', 'faß.de'],
  ])('%s -> %s', (ascii, unicode) => {
    expect(hostToUnicode(ascii)).toBe(unicode);
  });

  it('leaves an undecodable label alone', () => {
    expect(hostToUnicode('xn--zz.jp')).toBe('xn--zz.jp');
    expect(hostToUnicode('xn--.jp')).toBe('xn--.jp');
  });

  // These characters are valid and unmapped under UTS #46, so the URL parser's encoding and our
  // decoding must give back exactly what went in.
  it('decodes whatever the URL parser encodes', () => {
    const label = fc.stringMatching(/^[a-z0-9\u3041-\u3096\u30a1-\u30fa\u4e00-\u9fa5]{1,12}$/);
    fc.assert(
      fc.property(fc.array(label, { minLength: 1, maxLength: 3 }), (labels) => {
        const host = `${labels.join('.')}.jp`;
        const ascii = hostToAscii(host);
        expect(ascii).not.toBeNull();
        expect(ascii).toMatch(/^[a-z0-9.-]+$/);
        expect(hostToUnicode(ascii ?? '')).toBe(host);
      }),
      { numRuns: 500 },
    );
  });
});

describe('decodePunycode on anything', () => {
  it('gives a string or null, and never throws', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (s) => {
        const out = decodePunycode(s);
        expect(out === null || typeof out === 'string').toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('refuses a code point past U+10FFFF and an overflow', () => {
    // "in32g" decodes to U+110004, which String.fromCodePoint refuses.
    expect(decodePunycode('in32g')).toBeNull();
    expect(decodePunycode('a-99999999')).toBeNull(); // overflow
  });
});
