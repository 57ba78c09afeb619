import { describe, it, expect } from 'vitest';
import type { Provider } from './index.js';
import { buildDomainIndex, lookupInIndex, walkDomain } from './lookup.js';

function provider(id: string, domains: string[]): Provider {
  return {
    id,
    displayName: id,
    domains,
    outgoing: [
      {
        hostname: `smtp.${id}`,
        port: 465,
        socketType: 'tls',
        username: '%EMAILADDRESS%',
        authentication: ['password-cleartext'],
        insideIspOnly: false,
      },
    ],
  };
}

describe('walkDomain', () => {
  it('goes from the name up to the registrable domain, nearest first', () => {
    expect(walkDomain('a.bird.ocn.ne.jp')).toEqual([
      'a.bird.ocn.ne.jp',
      'bird.ocn.ne.jp',
      'ocn.ne.jp',
    ]);
    expect(walkDomain('Mail.Example.COM.')).toEqual(['mail.example.com', 'example.com']);
    expect(walkDomain('x.example.co.uk')).toEqual(['x.example.co.uk', 'example.co.uk']);
    expect(walkDomain('user.shibuya.tokyo.jp')).toEqual(['user.shibuya.tokyo.jp']);
  });

  it('never yields a bare public suffix', () => {
    expect(walkDomain('ne.jp')).toEqual([]);
    expect(walkDomain('co.jp')).toEqual([]);
    expect(walkDomain('jp')).toEqual([]);
    expect(walkDomain('com')).toEqual([]);
  });

  it('refuses what is not a host name', () => {
    for (const bad of ['', ' ', 'a..b.jp', '.a.jp', 'a b.jp', 'ä.jp', 'x'.repeat(254), 'a/b.jp'])
      expect(walkDomain(bad), bad).toEqual([]);
  });
});

describe('lookupInIndex', () => {
  const index = buildDomainIndex([
    provider('isp.example', ['isp.ne.jp']),
    provider('sub', ['special.isp.ne.jp']),
    // A damaged entry naming a public suffix must never match an unrelated address.
    provider('bad', ['ne.jp', 'co.jp']),
    provider('host', ['hosting.example.net']),
  ]);

  it('matches exact, then parent, with the matched name', () => {
    expect(lookupInIndex(index, { domain: 'isp.ne.jp' })).toMatchObject({
      match: 'exact',
      matchedDomain: 'isp.ne.jp',
    });
    expect(lookupInIndex(index, { domain: 'a.b.isp.ne.jp' })).toMatchObject({
      match: 'parent',
      matchedDomain: 'isp.ne.jp',
    });
    expect(lookupInIndex(index, { domain: 'x.special.isp.ne.jp' })?.provider.id).toBe('sub');
  });

  it('does not reach a public-suffix entry from an unrelated address', () => {
    expect(lookupInIndex(index, { domain: 'someone.ne.jp' })).toBeNull();
    expect(lookupInIndex(index, { domain: 'company.co.jp' })).toBeNull();
    expect(lookupInIndex(index, { domain: 'ne.jp' })).toBeNull();
  });

  it('falls back to the MX hosts, in order, with the MX named', () => {
    const m = lookupInIndex(index, {
      domain: 'customer.co.jp',
      mxHosts: ['mx.nowhere.example', 'mx1.hosting.example.net'],
    });
    expect(m).toMatchObject({
      match: 'mx',
      matchedDomain: 'hosting.example.net',
      mxHost: 'mx1.hosting.example.net',
    });
    expect(m?.provider.id).toBe('host');
  });

  it('the first provider listing a domain keeps it', () => {
    const twice = buildDomainIndex([
      provider('first', ['a.example']),
      provider('second', ['a.example']),
    ]);
    expect(twice.get('a.example')?.id).toBe('first');
  });
});
