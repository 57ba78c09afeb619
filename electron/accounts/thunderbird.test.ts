import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  installThunderbird,
  makeTempHome,
  type TempHome,
} from '../../test/support/mail-fixtures.js';
import { copiedHome } from './copied-home.js';
import { readProfilesIni, readThunderbird } from './thunderbird.js';

let t: TempHome;
beforeEach(async () => {
  t = await makeTempHome();
});
afterEach(async () => {
  await t.remove();
});

const env = (platform: NodeJS.Platform) => ({
  home: t.home,
  appData: t.appData,
  platform,
});

describe('Thunderbird reader', () => {
  it('lists every profile of profiles.ini, with [Install] Default= and Default=1 marking the default', async () => {
    const root = await installThunderbird(t, 'linux');
    const profiles = await readProfilesIni(root);
    expect(profiles?.map((p) => [p.name, p.id, p.isDefault])).toEqual([
      ['古いプロファイル', 'zq81mmw0.old', false],
      ['仕事', '7hf2mz0c.仕事', false],
      ['default-release', 'k3x9q2ab.default-release', true],
    ]);
    expect(profiles?.[1]?.dir).toBe(join(root, 'Profiles', '7hf2mz0c.仕事'));
  });

  // Through the path support staff use (accounts --from), so every OS's layout is read on every OS.
  for (const [platform, os] of [
    ['linux', 'linux'],
    ['darwin', 'macos'],
    ['win32', 'windows'],
  ] as const) {
    it(`reads the outgoing servers of every profile of a copied ${os} home`, async () => {
      await installThunderbird(t, platform);
      const copy = await copiedHome(t.home, os);
      if (!copy.ok) throw new Error(copy.problem);
      const accounts = await readThunderbird(copy.env);
      expect(accounts?.map((a) => a.id)).toEqual([
        'thunderbird:k3x9q2ab.default-release:smtp1',
        'thunderbird:k3x9q2ab.default-release:smtp2',
        'thunderbird:k3x9q2ab.default-release:smtp3',
        'thunderbird:7hf2mz0c.仕事:smtp1',
      ]);
    });
  }

  it('turns each server into an account with the identity, the account name and the settings', async () => {
    await installThunderbird(t, 'linux');
    const [ocn, gmail, shop, work] = (await readThunderbird(env('linux'))) ?? [];
    expect(ocn).toMatchObject({
      program: 'thunderbird',
      account: '山田 太郎 (OCN)',
      displayName: '山田 太郎',
      email: 'taro.yamada@ocn.ne.jp',
      host: 'smtp.ocn.ne.jp',
      port: 25,
      security: 'none',
      auth: false,
      username: 'taro.yamada@ocn.ne.jp',
      fixable: true,
      where: 'default-release / smtp1',
    });
    expect(ocn?.source).toMatchObject({ kind: 'thunderbird', smtpKey: 'smtp1', authMethod: 1 });
    expect(gmail).toMatchObject({ port: 465, security: 'tls', auth: true });
    expect(gmail?.source).toMatchObject({ authMethod: 10 });
    // Missing port, try_ssl, authMethod and username: Thunderbird's defaults (587, none, password).
    expect(shop).toMatchObject({
      account: '会社のメール',
      email: 'info@yamada-shoten.jp',
      otherEmails: ['sales@yamada-shoten.jp'],
      host: 'mail.yamada-shoten.jp',
      port: 587,
      security: 'none',
      auth: true,
      username: '',
    });
    // \u escapes in an older prefs.js, CRLF line ends, identity without smtpServer (first server).
    expect(work).toMatchObject({
      account: '仕事用',
      displayName: '鈴木 一郎',
      email: 'ichiro.suzuki@example.jp',
      host: 'smtp.example.jp',
      port: 587,
      security: 'starttls',
      auth: true,
    });
  });

  it('never returns a password, and the hash changes when prefs.js changes', async () => {
    const root = await installThunderbird(t, 'linux');
    const before = (await readThunderbird(env('linux'))) ?? [];
    expect(JSON.stringify(before)).not.toMatch(/password/i);
    const prefs = join(root, 'Profiles', 'k3x9q2ab.default-release', 'prefs.js');
    await writeFile(prefs, 'user_pref("mail.smtpservers", "");\n', { flag: 'a' });
    const after = (await readThunderbird(env('linux'))) ?? [];
    const hash = (a: (typeof before)[number] | undefined) =>
      a?.source.kind === 'thunderbird' ? a.source.prefsSha256 : '';
    expect(hash(after[0])).not.toBe(hash(before[0]));
    expect(hash(after[3])).toBe(hash(before[3]));
  });

  it('returns null without profiles.ini, and nothing for a profile without prefs.js', async () => {
    expect(await readThunderbird(env('linux'))).toBeNull();
    const root = await installThunderbird(t, 'linux');
    await rm(join(root, 'Profiles', 'k3x9q2ab.default-release', 'prefs.js'));
    expect((await readThunderbird(env('linux')))?.map((a) => a.email)).toEqual([
      'ichiro.suzuki@example.jp',
    ]);
  });
});
