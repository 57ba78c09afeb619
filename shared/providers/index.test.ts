import { describe, it, expect } from 'vitest';
import { parseEmail } from '../validate.js';
import type { ParsedEmail } from '../validate.js';
import data from './providers.json' with { type: 'json' };
import {
  expandHost,
  expandUsername,
  lookupProvider,
  providerDataFacts,
  providerDb,
} from './index.js';
import { parseProviderData } from './validate-data.js';

function email(address: string): ParsedEmail {
  const r = parseEmail(address);
  if (!r.ok) throw new Error(`test address ${address} is invalid`);
  return r.value;
}

describe('the bundled provider data', () => {
  const { providers, source } = providerDb();
  const servers = providers.flatMap((p) => p.outgoing);

  it('is read without a problem', () => {
    expect(parseProviderData(data)).toMatchObject({ ok: true });
  });

  it('holds the converted ISPDB and the hand-kept entries', () => {
    expect(source.commit).toBe('c6ad796');
    const ispdb = providers.filter((p) => (p.origin ?? 'ispdb') !== 'own');
    expect(ispdb).toHaveLength(163);
    expect(providers.filter((p) => p.origin === 'own').length).toBeGreaterThanOrEqual(7);
    const domains = providers.flatMap((p) => p.domains);
    expect(new Set(domains).size).toBe(domains.length);
    expect(domains.filter((d) => d.endsWith('.jp')).length).toBeGreaterThan(136);
  });

  it('is sorted and well formed', () => {
    const ids = providers.map((p) => p.id);
    expect(ids).toEqual([...ids].sort());
    for (const p of providers) {
      expect(p.domains).toEqual([...p.domains].sort());
      // Only our own entries may have no server (nothing published that we could find).
      if (p.origin !== 'own') expect(p.outgoing.length).toBeGreaterThan(0);
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

  it('gives every entry of our own a source page and a checked date', () => {
    const own = providers.filter((p) => p.origin === 'own' || p.origin === 'ispdb+own');
    expect(own.length).toBeGreaterThanOrEqual(14);
    for (const p of own) {
      expect(p.sourceUrls?.length, p.id).toBeGreaterThan(0);
      expect(p.checked, p.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it('states its date and sources for the about box', () => {
    const facts = providerDataFacts();
    expect(facts).toMatchObject({
      ispdbRepository: 'thunderbird/autoconfig',
      ispdbCommit: 'c6ad796',
      ispdbDate: '2026-03-12',
      ispdbLicense: 'MPL-2.0',
      entries: providers.length,
    });
    expect(facts.handKeptEntries).toBe(providerDb().handKept?.entries);
    expect(facts.handKeptChecked).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(facts.generatedAt >= facts.ispdbDate).toBe(true);
  });
});

describe('lookupProvider: exact domain, then parent domains', () => {
  it('finds biglobe.ne.jp with its 465 TLS server', () => {
    const p = lookupProvider({ domain: 'biglobe.ne.jp' })?.provider;
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

  it('is case-insensitive and ignores a trailing dot', () => {
    expect(lookupProvider({ domain: 'BIGLOBE.NE.JP' })?.provider?.id).toBe('biglobe.ne.jp');
    expect(lookupProvider({ domain: 'biglobe.ne.jp.' })?.provider?.id).toBe('biglobe.ne.jp');
  });

  it('finds OCN for an address on a sub-domain of ocn.ne.jp, with smtp.ocn.ne.jp 465', () => {
    const m = lookupProvider({ domain: 'bird.ocn.ne.jp' });
    expect(m).toMatchObject({ match: 'parent', matchedDomain: 'ocn.ne.jp' });
    expect(m?.provider.id).toBe('ocn.ne.jp');
    expect(m?.provider.outgoing[0]).toMatchObject({
      hostname: 'smtp.ocn.ne.jp',
      port: 465,
      socketType: 'tls',
    });
    expect(lookupProvider({ domain: 'a.b.ocn.ne.jp' })?.provider?.id).toBe('ocn.ne.jp');
  });

  it('says "exact" for the domain itself', () => {
    expect(lookupProvider({ domain: 'ocn.ne.jp' })).toMatchObject({
      match: 'exact',
      matchedDomain: 'ocn.ne.jp',
    });
  });

  it('never stops on a bare public suffix, and misses unknown domains', () => {
    expect(lookupProvider({ domain: 'ne.jp' })).toBeNull();
    expect(lookupProvider({ domain: 'jp' })).toBeNull();
    expect(lookupProvider({ domain: 'example.ne.jp' })).toBeNull();
    expect(lookupProvider({ domain: 'example.co.jp' })).toBeNull();
    expect(lookupProvider({ domain: 'example.jp' })).toBeNull();
    expect(lookupProvider({ domain: '' })).toBeNull();
    expect(lookupProvider({ domain: '..' })).toBeNull();
  });

  it('prefers the nearest name: a sub-domain entry of its own wins over its parent', () => {
    // The ISPDB lists ji.jet.ne.jp apart from jet.ne.jp.
    expect(lookupProvider({ domain: 'ji.jet.ne.jp' })?.provider?.id).toBe('ji.jet.ne.jp');
    expect(lookupProvider({ domain: 'zz.jet.ne.jp' })?.provider?.id).toBe('jet.ne.jp');
  });

  it('finds the hand-kept Japanese providers, sub-domain addresses through the parent', () => {
    expect(lookupProvider({ domain: 'aa2.so-net.ne.jp' })).toMatchObject({
      match: 'parent',
      matchedDomain: 'so-net.ne.jp',
    });
    expect(lookupProvider({ domain: 'ab.auone-net.jp' })?.provider?.id).toBe('auone-net.jp');
    expect(lookupProvider({ domain: 'jcom.zaq.ne.jp' })?.provider?.outgoing[0]).toMatchObject({
      hostname: 'smtpa.jcom.zaq.ne.jp',
      port: 465,
      socketType: 'tls',
      username: '%EMAILADDRESS%',
    });
    expect(lookupProvider({ domain: 'docomo.ne.jp' })?.provider?.appPassword?.status).toBe(
      'required',
    );
    expect(lookupProvider({ domain: 'asahinet.jp' })?.provider?.usernameForm).toBe('%ISPUSERID%');
  });

  it('marks a Japanese port-25 entry as inside-the-ISP only', () => {
    const p = lookupProvider({ domain: 'bb-niigata.jp' })?.provider;
    expect(p?.outgoing[0]).toMatchObject({ port: 25, socketType: 'plain', insideIspOnly: true });
  });

  it('marks a client-IP restricted entry', () => {
    const p = lookupProvider({ domain: 'o2.pl' })?.provider;
    expect(p?.outgoing.every((s) => s.restriction === 'client-ip' && s.insideIspOnly)).toBe(true);
  });

  it('finds a domain that is not the provider id', () => {
    expect(lookupProvider({ domain: 'aon.at' })?.provider?.id).toBe('a1.net');
  });
});

describe('look-up by MX host', () => {
  it('finds Google for a Workspace domain (aspmx.l.google.com → google.com)', () => {
    const m = lookupProvider({
      domain: '',
      mxHosts: ['ASPMX.L.GOOGLE.COM.', 'alt1.aspmx.l.google.com'],
    });
    expect(m).toMatchObject({
      match: 'mx',
      matchedDomain: 'google.com',
      mxHost: 'aspmx.l.google.com',
    });
    expect(m?.provider.id).toBe('googlemail.com');
    expect(m?.provider.outgoing[0]?.hostname).toBe('smtp.gmail.com');
  });

  it('finds Microsoft 365 for *.mail.protection.outlook.com, not Outlook.com', () => {
    const m = lookupProvider({ domain: '', mxHosts: ['contoso-com.mail.protection.outlook.com'] });
    expect(m?.provider.id).toBe('office365.com');
    expect(m?.matchedDomain).toBe('mail.protection.outlook.com');
    expect(
      lookupProvider({ domain: '', mxHosts: ['outlook-com.olc.protection.outlook.com'] })?.provider
        .id,
    ).toBe('hotmail.com');
  });

  it('finds a hosting company the data lists (1&1: kundenserver.de)', () => {
    expect(lookupProvider({ domain: '', mxHosts: ['mx00.kundenserver.de'] })?.provider.id).toBe(
      '1und1.de',
    );
  });

  it('tries the MX hosts in order and skips names it cannot use', () => {
    const m = lookupProvider({
      domain: '',
      mxHosts: ['', '.', 'mx.unknown-example.jp', 'aspmx.l.google.com'],
    });
    expect(m?.provider.id).toBe('googlemail.com');
    expect(lookupProvider({ domain: '', mxHosts: ['mx.unknown-example.jp'] })).toBeNull();
    expect(lookupProvider({ domain: '', mxHosts: [] })).toBeNull();
  });

  it('uses the domain before the MX: own domain first, then MX', () => {
    const own = lookupProvider({ domain: 'x.ocn.ne.jp', mxHosts: ['aspmx.l.google.com'] });
    expect(own?.match).toBe('parent');
    const viaMx = lookupProvider({ domain: 'example.co.jp', mxHosts: ['aspmx.l.google.com'] });
    expect(viaMx).toMatchObject({ match: 'mx', matchedDomain: 'google.com' });
  });
});

describe('OAuth and app-password facts', () => {
  it('Outlook.com accepts only OAuth and offers no app password for SMTP', () => {
    const p = lookupProvider({ domain: 'outlook.com' })?.provider;
    expect(p).toMatchObject({ oauthOnly: true, appPassword: { status: 'none' } });
    expect(p?.appPassword?.sourceUrl).toMatch(/^https:\/\/support\.microsoft\.com\//);
  });

  it('Gmail takes app passwords (with 2-Step Verification), from Google’s page', () => {
    const p = lookupProvider({ domain: 'gmail.com' })?.provider;
    expect(p).toMatchObject({ oauthOnly: false, appPassword: { status: 'available' } });
  });

  it('an unconfirmed fact is left out and named', () => {
    const p = lookupProvider({ domain: 'onmicrosoft.com' })?.provider;
    expect(p?.oauthOnly).toBeUndefined();
    expect(p?.unverified).toContain('oauthOnly');
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
    expect(expandHost('msa.%EMAILDOMAIN%', email('kddi1@ab.auone-net.jp'))).toBe(
      'msa.ab.auone-net.jp',
    );
  });

  it('leaves an ISP user id for the user to type', () => {
    expect(expandUsername('%ISPUSERID%', e)).toBe('%ISPUSERID%');
  });
});
