import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileSync } from 'node:fs';
import { parse as parseDomain } from 'tldts';
import { describe, it, expect } from 'vitest';
import { convertIspdb, DEFAULT_INPUT, OUTPUT_DIR } from './convert-ispdb.js';
import { makeTempDir } from '../test/support/temp-dir.js';

const haveSource = existsSync(join(DEFAULT_INPUT, 'SOURCE.md'));
if (!haveSource) {
  console.warn(`convert-ispdb tests skipped: the ISPDB source is not at ${DEFAULT_INPUT}`);
}

describe.skipIf(!haveSource)('convert-ispdb against the ISPDB source', () => {
  const c = haveSource ? convertIspdb(DEFAULT_INPUT) : null;

  it('produces exactly the committed files (run `npm run convert-ispdb` if this fails)', () => {
    expect(c).not.toBeNull();
    if (!c) return;
    expect(readFileSync(join(OUTPUT_DIR, 'providers.json'), 'utf8')).toBe(c.json);
    expect(readFileSync(join(OUTPUT_DIR, 'NOTICE.md'), 'utf8')).toBe(c.notice);
    expect(readFileSync(join(OUTPUT_DIR, 'LICENSE'), 'utf8')).toBe(c.license);
  });

  it('is deterministic', () => {
    expect(convertIspdb(DEFAULT_INPUT).json).toBe(c?.json);
  });

  it('reads every file and domain entry that SOURCE.md counts', () => {
    expect(c?.stats).toEqual({
      files: 163,
      domainEntries: 963,
      jpDomainEntries: 137,
      outgoingServers: 202,
    });
    const ispdb = c?.db.providers.filter((p) => p.origin !== 'own') ?? [];
    expect(ispdb).toHaveLength(163);
    // cty-net.ne.jp lists itself twice; the data keeps it once. One domain comes from a hand-kept
    // amendment (dream.com, from OCN's own page).
    expect(ispdb.reduce((n, p) => n + p.domains.length, 0)).toBe(962 + 1);
    expect(ispdb.find((p) => p.id === 'ocn.ne.jp')?.domains).toEqual([
      'dream.com',
      'ocn.ad.jp',
      'ocn.ne.jp',
    ]);
  });

  it('merges the hand-kept entries and records their file, count and newest date', () => {
    const own = c?.db.providers.filter((p) => p.origin === 'own') ?? [];
    const amended = c?.db.providers.filter((p) => p.origin === 'ispdb+own') ?? [];
    expect(c?.db.handKept).toEqual({
      file: 'shared/providers/hand-kept.json',
      entries: own.length + amended.length,
      checked: '2026-11-30',
    });
    expect(c?.db.generatedAt).toBe('2026-11-30');
    expect(amended.map((p) => p.id)).toEqual(
      expect.arrayContaining(['ocn.ne.jp', 'hotmail.com', 'googlemail.com', 'nifty.com']),
    );
    expect(c?.notice).toContain('hand-kept.json');
  });

  it('no domain in the data is a public suffix (full Public Suffix List, private part too)', () => {
    for (const p of c?.db.providers ?? []) {
      for (const d of p.domains) {
        const info = parseDomain(d, { allowPrivateDomains: true });
        // The domain itself is never the suffix: there is always a label before it.
        expect(info.publicSuffix, `${p.id}: ${d}`).not.toBe(d);
        expect(info.domain, `${p.id}: ${d}`).not.toBeNull();
      }
    }
  });

  it('stops on a hand-kept entry that breaks the rules', () => {
    const dir = makeTempDir('hand-kept-');
    const bad = join(dir, 'hand-kept.json');
    const entry = {
      id: 'bad.example',
      displayName: 'Bad',
      domains: ['bad.example.jp'],
      outgoing: [
        {
          hostname: 'smtp.bad.example.jp',
          port: 8025,
          socketType: 'tls',
          username: '%EMAILADDRESS%',
          authentication: [],
        },
      ],
      sourceUrls: ['https://bad.example.jp/'],
      checked: '2026-11-30',
    };
    writeFileSync(bad, JSON.stringify({ entries: [entry] }));
    expect(() => convertIspdb(DEFAULT_INPUT, bad)).toThrow(/8025 is not a mail port/);
    writeFileSync(
      bad,
      JSON.stringify({ entries: [{ ...entry, outgoing: [], domains: ['ne.jp'] }] }),
    );
    expect(() => convertIspdb(DEFAULT_INPUT, bad)).toThrow(/public suffix/);
    writeFileSync(
      bad,
      JSON.stringify({ entries: [{ ...entry, outgoing: [], domains: ['ocn.ne.jp'] }] }),
    );
    expect(() => convertIspdb(DEFAULT_INPUT, bad)).toThrow(/ocn.ne.jp is in both/);
  });

  it('takes the source commit from SOURCE.md', () => {
    expect(c?.db.source).toEqual({
      repository: 'thunderbird/autoconfig',
      path: 'ispdb/',
      commit: 'c6ad796',
      date: '2026-03-12',
      license: 'MPL-2.0',
    });
    expect(c?.notice).toContain('c6ad796');
    expect(c?.notice).toContain('Mozilla Public License');
    expect(c?.notice).toContain('npm run convert-ispdb');
    expect(c?.license.startsWith('Mozilla Public License Version 2.0')).toBe(true);
  });

  it('keeps %VARIABLE% placeholders in host names and fixes the %EMAILADDRESS typo', () => {
    const all = c?.db.providers.flatMap((p) => p.outgoing) ?? [];
    expect(
      all.some((s) => s.hostname === '%EMAILDOMAIN%' || s.hostname === 'mail.%EMAILDOMAIN%'),
    ).toBe(true);
    expect(all.every((s) => /^%[A-Z]+%(?:\.%[A-Z]+%)?$/.test(s.username))).toBe(true);
    const office = c?.db.providers.find((p) => p.id === 'office365.com');
    expect(office?.outgoing.map((s) => s.username)).toContain('%EMAILADDRESS%');
  });
});
