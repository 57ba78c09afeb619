import { readFileSync } from 'node:fs';
import { describe, it, expect } from 'vitest';
import type { Provider } from './index.js';
import { mergeHandKept, readHandKept } from './hand-kept.js';
import type { HandKeptEntry } from './hand-kept.js';
import { OWN_PORTS } from './validate-data.js';

const file = JSON.parse(
  readFileSync(new URL('./hand-kept.json', import.meta.url), 'utf8'),
) as unknown;

const base: Provider = {
  id: 'isp.example',
  displayName: 'ISP',
  domains: ['isp.ne.jp'],
  outgoing: [
    {
      hostname: 'smtp.isp.ne.jp',
      port: 25,
      socketType: 'plain',
      username: '%EMAILLOCALPART%',
      authentication: ['password-cleartext'],
      insideIspOnly: true,
    },
  ],
};

const entry = (over: Partial<HandKeptEntry>): HandKeptEntry => ({
  id: 'x',
  sourceUrls: ['https://isp.ne.jp/mail'],
  checked: '2026-11-30',
  ...over,
});

describe('the hand-kept file', () => {
  const entries = readHandKept(file);

  it('gives every entry a provider page and the date it was checked', () => {
    expect(entries.length).toBeGreaterThanOrEqual(14);
    for (const e of entries) {
      expect(e.sourceUrls.length, e.id).toBeGreaterThan(0);
      for (const u of e.sourceUrls) expect(u, e.id).toMatch(/^https?:\/\/[^/\s]+\//);
      expect(e.checked, e.id).toMatch(/^20\d\d-\d\d-\d\d$/);
    }
  });

  it('names only mail ports, and says what it left out', () => {
    for (const e of entries) {
      for (const s of e.outgoing ?? []) expect(OWN_PORTS, e.id).toContain(s.port);
      // An empty server list is only honest with the reason in notes and 'outgoing' unverified.
      if (e.outgoing?.length === 0) {
        expect(e.unverified, e.id).toContain('outgoing');
        expect(e.notes, e.id).toBeTruthy();
      }
    }
  });

  it('covers the Japanese providers the hand-kept data was made for', () => {
    const ids = entries.map((e) => e.id);
    for (const id of [
      'ocn.ne.jp',
      'so-net.ne.jp',
      'plala.or.jp',
      'auone-net.jp',
      'jcom.zaq.ne.jp',
      'docomo.ne.jp',
      'i.softbank.jp',
      'biglobe.ne.jp',
      'nifty.com',
      'hotmail.com',
      'office365.com',
      'googlemail.com',
    ])
      expect(ids).toContain(id);
  });
});

describe('readHandKept', () => {
  it.each<[string, unknown, RegExp]>([
    ['no entries list', {}, /expected \{ "entries"/],
    ['an entry without id', { entries: [{}] }, /no id/],
    [
      'an entry without a source',
      { entries: [{ id: 'a', checked: '2026-11-30' }] },
      /no sourceUrls/,
    ],
    [
      'an entry without a date',
      { entries: [{ id: 'a', sourceUrls: ['https://a.jp/'] }] },
      /no checked date/,
    ],
    [
      'a new entry without domains',
      { entries: [{ id: 'a', sourceUrls: ['https://a.jp/'], checked: '2026-11-30' }] },
      /needs displayName and domains/,
    ],
  ])('refuses %s', (_name, json, message) => {
    expect(() => readHandKept(json)).toThrow(message);
  });
});

describe('mergeHandKept', () => {
  it('amends an ISPDB entry: adds fields and domains, keeps its servers', () => {
    const [p] = mergeHandKept(
      [base],
      [entry({ amends: 'isp.example', domains: ['isp2.ne.jp'], oauthOnly: false })],
    );
    expect(p).toMatchObject({
      id: 'isp.example',
      origin: 'ispdb+own',
      domains: ['isp.ne.jp', 'isp2.ne.jp'],
      outgoing: base.outgoing,
      oauthOnly: false,
      checked: '2026-11-30',
    });
  });

  it('replaces the servers when the entry lists its own, working out insideIspOnly', () => {
    const [p] = mergeHandKept(
      [base],
      [
        entry({
          amends: 'isp.example',
          outgoing: [
            {
              hostname: 'smtp.isp.ne.jp',
              port: 465,
              socketType: 'tls',
              username: '%EMAILADDRESS%',
              authentication: ['password-cleartext'],
            },
            {
              hostname: 'smtp.isp.ne.jp',
              port: 587,
              socketType: 'plain',
              username: '%EMAILADDRESS%',
              authentication: ['password-cleartext'],
            },
          ],
        }),
      ],
    );
    expect(p?.outgoing.map((s) => [s.port, s.insideIspOnly])).toEqual([
      [465, false],
      [587, true],
    ]);
  });

  it('adds a new entry, sorted by id', () => {
    const out = mergeHandKept(
      [base],
      [entry({ id: 'aaa.example', displayName: 'A', domains: ['a.jp'], outgoing: [] })],
    );
    expect(out.map((p) => [p.id, p.origin])).toEqual([
      ['aaa.example', 'own'],
      ['isp.example', undefined],
    ]);
  });

  it('refuses an unknown amend target, a taken id and a shared domain', () => {
    expect(() => mergeHandKept([base], [entry({ amends: 'nope' })])).toThrow(/ISPDB lacks/);
    expect(() =>
      mergeHandKept(
        [base],
        [entry({ id: 'isp.example', displayName: 'X', domains: ['x.jp'], outgoing: [] })],
      ),
    ).toThrow(/id is taken/);
    expect(() =>
      mergeHandKept(
        [base],
        [entry({ id: 'y', displayName: 'Y', domains: ['isp.ne.jp'], outgoing: [] })],
      ),
    ).toThrow(/isp.ne.jp is in both/);
  });
});
