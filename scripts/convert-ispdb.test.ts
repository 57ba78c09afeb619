import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it, expect } from 'vitest';
import { convertIspdb, DEFAULT_INPUT, OUTPUT_DIR } from './convert-ispdb.js';

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
    expect(c?.db.providers).toHaveLength(163);
    // cty-net.ne.jp lists itself twice; the data keeps it once.
    expect(c?.db.providers.reduce((n, p) => n + p.domains.length, 0)).toBe(962);
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
