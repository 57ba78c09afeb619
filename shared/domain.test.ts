import { describe, expect, it } from 'vitest';
import { domainOf, isPublicSuffix, registrableDomain } from './domain.js';

describe('isPublicSuffix (the Public Suffix List)', () => {
  it.each([
    ['jp', true],
    ['ne.jp', true],
    ['or.jp', true],
    ['co.uk', true],
    ['com.au', true],
    ['tokyo.jp', true],
    ['shibuya.tokyo.jp', true],
    ['ocn.ne.jp', false],
    ['nifty.com', false],
    ['example.jp', false],
    ['softbank.jp', false],
    ['gmail.com', false],
  ])('%s → %s', (name, expected) => {
    expect(isPublicSuffix(name)).toBe(expected);
  });
});

describe('registrableDomain', () => {
  it('knows private suffixes: a hosting customer’s name is their own domain', () => {
    expect(registrableDomain('foo.sakura.ne.jp')).toBe('foo.sakura.ne.jp');
    expect(registrableDomain('mx.bar.sakura.ne.jp')).toBe('bar.sakura.ne.jp');
  });

  it('has none for addresses, single labels and bare suffixes; domainOf then keeps the name', () => {
    for (const name of ['203.0.113.5', '2001:db8::1', 'localhost', 'ne.jp', ''])
      expect(registrableDomain(name), name).toBeNull();
    expect(domainOf('203.0.113.5')).toBe('203.0.113.5');
    expect(domainOf('Gmail-SMTP-in.L.Google.com.')).toBe('google.com');
  });
});
