import { describe, it, expect } from 'vitest';
import { parseEmail } from '../validate.js';
import type { ParsedEmail } from '../validate.js';
import { expandHost, expandUsername, findProvider, providerDb } from './index.js';

function email(address: string): ParsedEmail {
  const r = parseEmail(address);
  if (!r.ok) throw new Error(`test address ${address} is invalid`);
  return r.value;
}

describe('the bundled provider data', () => {
  const { providers, source } = providerDb();
  const servers = providers.flatMap((p) => p.outgoing);

  it('holds the converted ISPDB', () => {
    expect(source.commit).toBe('c6ad796');
    expect(providers).toHaveLength(163);
    const domains = providers.flatMap((p) => p.domains);
    expect(domains).toHaveLength(962);
    expect(new Set(domains).size).toBe(962);
    expect(domains.filter((d) => d.endsWith('.jp'))).toHaveLength(136);
  });

  it('is sorted and well formed', () => {
    const ids = providers.map((p) => p.id);
    expect(ids).toEqual([...ids].sort());
    for (const p of providers) {
      expect(p.domains).toEqual([...p.domains].sort());
      expect(p.outgoing.length).toBeGreaterThan(0);
    }
    for (const s of servers) {
      expect(['plain', 'starttls', 'tls']).toContain(s.socketType);
      expect(Number.isInteger(s.port) && s.port > 0 && s.port < 65536).toBe(true);
      expect(s.hostname).toMatch(/^(?:[a-z0-9.-]|%EMAILDOMAIN%)+$/);
    }
  });

  it('marks port 25, plain and network-authenticated servers as inside-the-ISP only', () => {
    for (const s of servers) {
      const expected =
        s.port === 25 ||
        s.socketType === 'plain' ||
        s.restriction === 'client-ip' ||
        s.authentication.some((a) => ['client-IP-address', 'smtp-after-pop', 'none'].includes(a));
      expect(s.insideIspOnly).toBe(expected);
    }
    expect(servers.filter((s) => s.insideIspOnly).length).toBeGreaterThan(0);
    expect(servers.filter((s) => !s.insideIspOnly).length).toBeGreaterThan(100);
  });
});

describe('findProvider', () => {
  it('finds biglobe.ne.jp with its 465 TLS server', () => {
    const p = findProvider('biglobe.ne.jp');
    expect(p?.displayName).toBe('Biglobe');
    expect(p?.outgoing).toEqual([
      {
        hostname: 'mail.biglobe.ne.jp',
        port: 465,
        socketType: 'tls',
        username: '%EMAILADDRESS%',
        authentication: ['password-cleartext'],
        insideIspOnly: false,
      },
    ]);
  });

  it('is case-insensitive and exact', () => {
    expect(findProvider('BIGLOBE.NE.JP')?.id).toBe('biglobe.ne.jp');
    expect(findProvider('biglobe.ne.jp.')?.id).toBe('biglobe.ne.jp');
    expect(findProvider('sub.biglobe.ne.jp')).toBeNull();
    expect(findProvider('ne.jp')).toBeNull();
    expect(findProvider('example.jp')).toBeNull();
    expect(findProvider('')).toBeNull();
  });

  it('marks a Japanese port-25 entry as inside-the-ISP only', () => {
    const p = findProvider('bb-niigata.jp');
    expect(p?.outgoing[0]).toMatchObject({ port: 25, socketType: 'plain', insideIspOnly: true });
  });

  it('marks a client-IP restricted entry', () => {
    const p = findProvider('o2.pl');
    expect(p?.outgoing.every((s) => s.restriction === 'client-ip' && s.insideIspOnly)).toBe(true);
  });

  it('finds a domain that is not the provider id', () => {
    expect(findProvider('aon.at')?.id).toBe('a1.net');
  });
});

describe('expandUsername and expandHost', () => {
  const e = email('Taro.Y@例え.jp');
  it.each([
    ['%EMAILADDRESS%', 'Taro.Y@xn--r8jz45g.jp'],
    ['%EMAILLOCALPART%', 'Taro.Y'],
    ['%EMAILDOMAIN%', 'xn--r8jz45g.jp'],
    ['%EMAILLOCALPART%.%EMAILDOMAIN%', 'Taro.Y.xn--r8jz45g.jp'],
    ['fixed-user', 'fixed-user'],
  ])('%s', (template, expected) => {
    expect(expandUsername(template, e)).toBe(expected);
  });

  it('fills in host templates', () => {
    expect(expandHost('mail.%EMAILDOMAIN%', email('a@Example.JP'))).toBe('mail.example.jp');
    expect(expandHost('SMTP.example.jp', email('a@example.jp'))).toBe('smtp.example.jp');
  });
});
