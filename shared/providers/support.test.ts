import { describe, expect, it } from 'vitest';
import { lookupProvider, providerDb } from './index.js';
import { PROVIDER_SUPPORT, supportForDomain, type ProviderSupport } from './support.js';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

describe('provider support data', () => {
  it('names a source page and the day it was read for every entry, and a source for every phone', () => {
    expect(PROVIDER_SUPPORT.length).toBeGreaterThanOrEqual(10);
    for (const e of PROVIDER_SUPPORT) {
      expect(e.sourceUrl, e.providerId).toMatch(/^https?:\/\/[^\s/]+\.[^\s/]+\//);
      expect(e.page, e.providerId).toMatch(/^https?:\/\/[^\s/]+\.[^\s/]+\//);
      expect(e.checked, e.providerId).toMatch(DATE);
      expect(Number.isNaN(Date.parse(e.checked)), e.providerId).toBe(false);
      expect(e.notes.trim(), e.providerId).not.toBe('');
      expect(e.name.ja.trim() && e.name.en.trim(), e.providerId).not.toBe('');
      if (e.phone) {
        expect(e.phone.sourceUrl, e.providerId).toMatch(/^https?:\/\//);
        expect(e.phone.number, e.providerId).toMatch(/^[\d-]+$/);
      }
      // Whether a phone number was found is said either way.
      expect(e.notes, e.providerId).toMatch(e.phone ? /phone/i : /no phone/i);
    }
  });

  it('belongs to providers of the bundled data, each domain one that provider lists, none twice', () => {
    const byId = new Map(providerDb().providers.map((p) => [p.id, p]));
    const seen = new Set<string>();
    for (const e of PROVIDER_SUPPORT) {
      const provider = byId.get(e.providerId);
      expect(provider, e.providerId).toBeDefined();
      for (const d of e.domains) {
        expect(provider?.domains, `${e.providerId}: ${d}`).toContain(d);
        expect(seen.has(d), d).toBe(false);
        seen.add(d);
        // The provider look-up and the support look-up agree on every listed domain.
        expect(lookupProvider({ domain: d })?.provider.id, d).toBe(e.providerId);
      }
    }
  });
});

describe('supportForDomain', () => {
  it('finds the entry by the exact domain and by its parents (sub-domain addresses)', () => {
    expect(supportForDomain('ocn.ne.jp')?.providerId).toBe('ocn.ne.jp');
    expect(supportForDomain('xx.ocn.ne.jp')?.providerId).toBe('ocn.ne.jp');
    expect(supportForDomain('a.b.ocn.ne.jp')?.providerId).toBe('ocn.ne.jp');
    expect(supportForDomain('aa2.so-net.ne.jp')?.providerId).toBe('so-net.ne.jp');
    expect(supportForDomain('ab.auone-net.jp')?.providerId).toBe('auone-net.jp');
    expect(supportForDomain('GMAIL.com.')?.providerId).toBe('googlemail.com');
    expect(supportForDomain('dream.com')?.providerId).toBe('ocn.ne.jp');
  });

  it('finds nothing for other domains, public suffixes, look-alikes or names that are not host names', () => {
    for (const d of [
      'example.jp',
      'ne.jp',
      'jp',
      'notocn.ne.jp',
      'ocn.ne.jp.example.com',
      '',
      'a b',
    ])
      expect(supportForDomain(d), d).toBeNull();
  });

  it('answers from the entries it is given, nearest domain first', () => {
    const entry = (providerId: string, domains: string[]): ProviderSupport => ({
      providerId,
      name: { ja: providerId, en: providerId },
      domains,
      page: `https://${providerId}/help/`,
      sourceUrl: `https://${providerId}/help/`,
      checked: '2026-12-07',
      notes: 'No phone number.',
    });
    const entries = [
      entry('parent.example', ['example.jp']),
      entry('child.example', ['mail.example.jp']),
    ];
    expect(supportForDomain('x.mail.example.jp', entries)?.providerId).toBe('child.example');
    expect(supportForDomain('other.example.jp', entries)?.providerId).toBe('parent.example');
  });
});
