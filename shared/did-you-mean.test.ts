import { describe, expect, it } from 'vitest';
import { didYouMean, nearKnownDomain, oneEditApart } from './did-you-mean.js';

describe('did you mean', () => {
  it('counts one edit: a letter added, missing, changed, or two neighbours swapped', () => {
    expect(oneEditApart('exmaple.jp', 'example.jp')).toBe(true);
    expect(oneEditApart('exaple.jp', 'example.jp')).toBe(true);
    expect(oneEditApart('exampple.jp', 'example.jp')).toBe(true);
    expect(oneEditApart('exampke.jp', 'example.jp')).toBe(true);
    expect(oneEditApart('example.jp', 'example.jp')).toBe(false);
    expect(oneEditApart('exmalpe.jp', 'example.jp')).toBe(false);
    expect(oneEditApart('examp.jp', 'example.jp')).toBe(false);
  });

  it('offers one domain only, and none for a domain that is itself known', () => {
    expect(nearKnownDomain('gmial.com', ['gmail.com', 'ocn.ne.jp'])).toBe('gmail.com');
    expect(nearKnownDomain('GMIAL.com', ['gmail.com'])).toBe('gmail.com');
    expect(nearKnownDomain('abc.jp', ['abd.jp', 'abe.jp'])).toBeNull();
    expect(nearKnownDomain('gmail.com', ['gmail.com', 'gmai.com'])).toBeNull();
    expect(nearKnownDomain('nothing-like-it.jp', ['gmail.com'])).toBeNull();
  });

  it('finds Japanese providers in the bundled data', () => {
    expect(didYouMean('ocn.ne.pj')).toBe('ocn.ne.jp');
    expect(didYouMean('gmial.com')).toBe('gmail.com');
    expect(didYouMean('ocn.ne.jp')).toBeNull();
  });
});
