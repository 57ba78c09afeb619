import { appendFile, cp, mkdir, realpath, rename, rm, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  installThunderbird,
  installThunderbirdAs,
  makeTempHome,
  type TempHome,
} from '../../test/support/mail-fixtures.js';
import type { AccountsEnv } from './env.js';
import { insideCopy } from './thunderbird-installs.js';
import { readThunderbird } from './thunderbird.js';

let t: TempHome;
beforeEach(async () => {
  t = await makeTempHome();
});
afterEach(async () => {
  await t.remove();
});

const linux = (extra: Partial<AccountsEnv> = {}): AccountsEnv => ({
  home: t.home,
  platform: 'linux',
  ...extra,
});

/** Each account as [id, install, port, profile folder]: what the tests compare. */
async function summary(env: AccountsEnv) {
  const accounts = (await readThunderbird(env)) ?? [];
  return accounts.map((a) => [
    a.id,
    a.install,
    a.port,
    a.source.kind === 'thunderbird' ? a.source.profileDir : '',
  ]);
}

const CLASSIC_IDS = [
  'thunderbird:k3x9q2ab.default-release:smtp1',
  'thunderbird:k3x9q2ab.default-release:smtp2',
  'thunderbird:k3x9q2ab.default-release:smtp3',
  'thunderbird:7hf2mz0c.仕事:smtp1',
];

describe('Thunderbird installations', () => {
  it('lists a profile once when the snap folder is a link to ~/.thunderbird (today’s snap launcher), as shared by both', async () => {
    await installThunderbirdAs(t, 'snap-linked');
    const rows = await summary(linux());
    expect(rows.map((r) => r[0])).toEqual(CLASSIC_IDS);
    expect(rows.every((r) => r[1] === 'snap_shared')).toBe(true);
  });

  it('uses the snap’s own copy when the snap is installed (the 2022–2024 launcher copied ~/.thunderbird)', async () => {
    const snap = await installThunderbirdAs(t, 'snap-copied');
    // After the copy the user changed the port in the snap; ~/.thunderbird still says 25.
    const snapPrefs = join(snap, 'Profiles', 'k3x9q2ab.default-release', 'prefs.js');
    await appendFile(snapPrefs, 'user_pref("mail.smtpserver.smtp1.port", 587);\n');
    const asked: string[] = [];
    const rows = await summary(linux({ snapInstalled: async (name) => (asked.push(name), true) }));
    expect(asked).toEqual(['thunderbird']);
    expect(rows.map((r) => r[0])).toEqual(CLASSIC_IDS);
    expect(rows.every((r) => r[1] === 'snap')).toBe(true);
    expect(rows[0]?.[2]).toBe(587);
    const snapReal = await realpath(snap);
    expect(
      rows.every((r) => String(r[3]).startsWith(snap) || String(r[3]).startsWith(snapReal)),
    ).toBe(true);
  });

  it('uses ~/.thunderbird when this machine says the snap is not installed, and the snap copy when nobody can tell', async () => {
    await installThunderbirdAs(t, 'snap-copied');
    const notInstalled = await summary(linux({ snapInstalled: async () => false }));
    expect(notInstalled.map((r) => r[0])).toEqual(CLASSIC_IDS);
    expect(notInstalled.every((r) => r[1] === 'classic')).toBe(true);
    const unknown = await summary(linux());
    expect(unknown.map((r) => r[0])).toEqual(CLASSIC_IDS);
    expect(unknown.every((r) => r[1] === 'snap')).toBe(true);
  });

  it('keeps a profile made in ~/.thunderbird after the snap copied it (it is no copy)', async () => {
    await installThunderbirdAs(t, 'snap-copied');
    const later = join(t.home, '.thunderbird', 'Profiles', 'n3wpr0f1.later');
    await mkdir(later, { recursive: true });
    await writeFile(
      join(later, 'prefs.js'),
      [
        'user_pref("mail.accountmanager.accounts", "account1");',
        'user_pref("mail.account.account1.identities", "id1");',
        'user_pref("mail.identity.id1.useremail", "later@example.jp");',
        'user_pref("mail.identity.id1.smtpServer", "smtp1");',
        'user_pref("mail.smtpserver.smtp1.hostname", "smtp.example.jp");',
        '',
      ].join('\n'),
    );
    await appendFile(
      join(t.home, '.thunderbird', 'profiles.ini'),
      '[Profile3]\nName=later\nIsRelative=1\nPath=Profiles/n3wpr0f1.later\n',
    );
    const rows = await summary(linux({ snapInstalled: async () => true }));
    expect(rows.map((r) => [r[0], r[1]])).toContainEqual([
      'thunderbird:n3wpr0f1.later:smtp1',
      'classic',
    ]);
    expect(rows).toHaveLength(5);
  });

  it('reads ~/.config/thunderbird (Thunderbird 147+ without ~/.thunderbird) as the classic installation', async () => {
    await installThunderbirdAs(t, 'xdg');
    const accounts = (await readThunderbird(linux())) ?? [];
    expect(accounts.map((a) => [a.id, a.install, a.email, a.port, a.security])).toEqual([
      [
        'thunderbird:x7dg4cfg.default-release:smtp1',
        'classic',
        'hanako.suzuki@example.ne.jp',
        465,
        'tls',
      ],
    ]);
    expect(accounts[0]?.fixable).toBe(true);
  });

  it('reads $XDG_CONFIG_HOME/thunderbird when it is set to an absolute path, and ignores a relative one', async () => {
    const root = await installThunderbirdAs(t, 'xdg');
    const elsewhere = join(t.home, 'conf');
    await mkdir(elsewhere);
    await rename(root, join(elsewhere, 'thunderbird'));
    expect(await summary(linux())).toEqual([]);
    const rows = await summary(linux({ xdgConfigHome: elsewhere }));
    expect(rows.map((r) => r[0])).toEqual(['thunderbird:x7dg4cfg.default-release:smtp1']);
    expect(await summary(linux({ xdgConfigHome: 'conf' }))).toEqual([]);
  });

  it('lists a profile once when ~/.config/thunderbird is a link to ~/.thunderbird, and keeps ~/.thunderbird’s copy of the same relative profile', async () => {
    const classic = await installThunderbird(t, 'linux');
    await mkdir(join(t.home, '.config'));
    await symlink(classic, join(t.home, '.config', 'thunderbird'), 'junction');
    const linked = await summary(linux());
    expect(linked.map((r) => r[0])).toEqual(CLASSIC_IDS);
    expect(linked.every((r) => r[1] === 'classic')).toBe(true);
    await rm(join(t.home, '.config', 'thunderbird'));
    // A real copy: Gecko uses ~/.thunderbird while it exists, so its profiles are the ones read.
    await cp(classic, join(t.home, '.config', 'thunderbird'), { recursive: true });
    const prefs = join(
      t.home,
      '.config',
      'thunderbird',
      'Profiles',
      'k3x9q2ab.default-release',
      'prefs.js',
    );
    await appendFile(prefs, 'user_pref("mail.smtpserver.smtp1.port", 2525);\n');
    const copied = await summary(linux());
    expect(copied.map((r) => r[0])).toEqual(CLASSIC_IDS);
    expect(copied.every((r) => String(r[3]).startsWith(classic))).toBe(true);
    expect(copied[0]?.[2]).not.toBe(2525);
  });

  it('reads the flatpak’s folder and says it is the flatpak', async () => {
    await installThunderbirdAs(t, 'flatpak');
    const accounts = (await readThunderbird(linux())) ?? [];
    expect(accounts.map((a) => [a.id, a.install, a.email, a.host, a.port, a.security])).toEqual([
      [
        'thunderbird:f1atpk7q.default-release:smtp1',
        'flatpak',
        'jiro.tanaka@example.ne.jp',
        'smtp.example.ne.jp',
        587,
        'starttls',
      ],
    ]);
  });

  it('reads the Microsoft Store package’s LocalCache\\Roaming\\Thunderbird beside %APPDATA%\\Thunderbird', async () => {
    await installThunderbird(t, 'win32');
    await installThunderbirdAs(t, 'msstore');
    const accounts =
      (await readThunderbird({ home: t.home, appData: t.appData, platform: 'win32' })) ?? [];
    expect(accounts.map((a) => [a.id, a.install])).toEqual([
      ['thunderbird:k3x9q2ab.default-release:smtp1', 'classic'],
      ['thunderbird:k3x9q2ab.default-release:smtp2', 'classic'],
      ['thunderbird:k3x9q2ab.default-release:smtp3', 'classic'],
      ['thunderbird:m5x0r3ab.default-release:smtp1', 'msstore'],
      ['thunderbird:7hf2mz0c.仕事:smtp1', 'classic'],
    ]);
    expect(accounts[3]).toMatchObject({
      email: 'saburo.takahashi@example.or.jp',
      host: 'smtp.example.or.jp',
      port: 465,
      security: 'tls',
      fixable: true,
    });
  });

  // A Linux layout's IsRelative=0 paths are Linux paths; this machine's are not, on Windows.
  it.skipIf(process.platform === 'win32')(
    'reads IsRelative=0 paths as they are, and lists a profile once when such a path in another installation’s profiles.ini reaches the same folder (Linux paths; not on Windows)',
    async () => {
      const classic = await installThunderbird(t, 'linux');
      // The flatpak was pointed at the existing profile, and at one elsewhere, through their absolute
      // paths (the profile manager's Choose Folder… writes IsRelative=0).
      const flatpak = join(t.home, '.var', 'app', 'org.mozilla.Thunderbird', '.thunderbird');
      await mkdir(flatpak, { recursive: true });
      const shared = join(classic, 'Profiles', '7hf2mz0c.仕事');
      const elsewhere = join(t.home, 'Mail', 'tb-profile');
      await mkdir(elsewhere, { recursive: true });
      await writeFile(
        join(elsewhere, 'prefs.js'),
        [
          'user_pref("mail.accountmanager.accounts", "a9");',
          'user_pref("mail.account.a9.identities", "i9");',
          'user_pref("mail.identity.i9.useremail", "far@example.jp");',
          'user_pref("mail.smtpservers", "smtp9");',
          'user_pref("mail.smtpserver.smtp9.hostname", "smtp.far.example.jp");',
          '',
        ].join('\n'),
      );
      await writeFile(
        join(flatpak, 'profiles.ini'),
        `[Profile1]\nName=far\nIsRelative=0\nPath=${elsewhere}\n\n[Profile0]\nName=仕事\nIsRelative=0\nPath=${shared}\nDefault=1\n\n[General]\nStartWithLastProfile=1\nVersion=2\n`,
      );
      const rows = await summary(linux());
      expect(rows.map((r) => [r[0], r[1]])).toEqual([
        ...CLASSIC_IDS.slice(0, 3).map((id) => [id, 'classic']),
        ['thunderbird:7hf2mz0c.仕事:smtp1', 'classic'],
        ['thunderbird:tb-profile:smtp9', 'flatpak'],
      ]);
    },
  );
});

describe('paths of a copied home', () => {
  const env = (platform: NodeJS.Platform): AccountsEnv => ({
    home: join('/', 'copy'),
    appData: join('/', 'copy', 'AppData', 'Roaming'),
    platform,
    copied: true,
  });

  it('finds an absolute path of the copied machine inside the copy, and nothing outside it', () => {
    expect(insideCopy('C:\\Users\\taro\\Documents\\TB\\x', env('win32'))).toBe(
      join('/', 'copy', 'Documents', 'TB', 'x'),
    );
    expect(insideCopy('c:\\users\\taro\\AppData\\Local\\Packages\\p', env('win32'))).toBe(
      join('/', 'copy', 'AppData', 'Local', 'Packages', 'p'),
    );
    expect(insideCopy('/Users/hanako/Mail/tb', env('darwin'))).toBe(
      join('/', 'copy', 'Mail', 'tb'),
    );
    expect(insideCopy('/home/jiro/tb', env('linux'))).toBe(join('/', 'copy', 'tb'));
    expect(insideCopy('D:\\Mail\\tb', env('win32'))).toBeNull();
    expect(insideCopy('/etc/passwd', env('linux'))).toBeNull();
    expect(insideCopy('/home/jiro/../../etc', env('linux'))).toBeNull();
    expect(insideCopy('C:\\Users\\taro\\..\\..\\Windows', env('win32'))).toBeNull();
  });
});
