import { chmod, mkdir, readFile, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { publicAccount } from '../../shared/accounts.js';
import { listAccountsWithoutPrivileges } from '../../test/support/without-privileges.js';
import {
  installFixture,
  installThunderbird,
  makeTempHome,
  MAIL_FIXTURES,
  type TempHome,
} from '../../test/support/mail-fixtures.js';
import { readAppleMail } from './apple-mail.js';
import { folderKey, readBecky } from './becky.js';
import { copiedHome, type CopiedOs } from './copied-home.js';
import type { AccountsEnv } from './env.js';
import type { RunReg } from './run-command.js';
import { decodeWindowsText } from './ini.js';
import { listAccounts, readAccount } from './index.js';
import { OUTLOOK_PROFILE_ROOTS, readOutlook } from './outlook.js';
import { parsePlist } from './plist.js';

let t: TempHome;
beforeEach(async () => {
  t = await makeTempHome();
});
afterEach(async () => {
  await chmod(join(t.home, 'Library', 'Mail'), 0o755).catch(() => undefined);
  await t.remove();
});

const ROOT16 = OUTLOOK_PROFILE_ROOTS[0] as string;
const ACCOUNTS = '9375CFF0413111d3B88A00104B2A6676';

/** reg.exe as it answers on a Japanese Windows with two Outlook profiles (recorded output). */
const fixtureReg: RunReg = async (args) => {
  const file = (name: string) => readFile(join(MAIL_FIXTURES, 'outlook', name));
  const key = args[1] ?? '';
  const ok = async (name: string) => ({ code: 0, stdout: decodeWindowsText(await file(name)) });
  if (key === ROOT16) return ok('reg-profiles.txt');
  if (key === `${ROOT16}\\Outlook\\${ACCOUNTS}`) return ok('reg-outlook-accounts.txt');
  if (key === `${ROOT16}\\仕事用\\${ACCOUNTS}`) return ok('reg-work-accounts.txt');
  return { code: 1, stdout: '' };
};

function windows(extra: Partial<AccountsEnv> = {}): AccountsEnv {
  return {
    home: t.home,
    appData: t.appData,
    platform: 'win32',
    systemDrive: t.systemDrive,
    runReg: async () => ({ code: 1, stdout: '' }),
    // The user owns every folder here (windows.test.ts covers folders of another user).
    ownedByUser: async (paths) => new Set(paths),
    ...extra,
  };
}

/** The temporary home read as support staff read a copy (accounts --from), on every OS. */
async function copied(os: CopiedOs): Promise<AccountsEnv> {
  const copy = await copiedHome(t.home, os);
  if (!copy.ok) throw new Error(copy.problem);
  return copy.env;
}

describe('Becky! reader', () => {
  it('reads every mailbox of C:\\Becky!\\<name> in Shift_JIS, with defaults for missing keys (a copied Windows folder)', async () => {
    await installFixture('becky/Becky!', join(t.home, 'Becky!'));
    const accounts = (await readBecky(await copied('windows'))) ?? [];
    expect(accounts.map((a) => publicAccount({ ...a, source: a.source }))).toEqual([
      expect.objectContaining({
        id: 'becky:4b7c9e2a.mb',
        account: '山田太郎（OCN）',
        displayName: '山田 太郎',
        email: 'taro.yamada@ocn.ne.jp',
        host: 'smtp.ocn.ne.jp',
        port: 25,
        security: 'none',
        auth: false,
        unsure: ['security'],
        fixable: false,
      }),
      expect.objectContaining({
        id: 'becky:5d1e8f3b.mb',
        account: '会社（山田商店）',
        port: 465,
        security: 'tls',
        auth: true,
        unsure: [],
        username: 'sales@yamada-shoten.jp',
      }),
      // No SMTPPort, no UserID, no YourName: port 25 as the importer assumes, empty user name.
      expect.objectContaining({
        id: 'becky:6a2b4c8d.mb',
        account: '趣味のアドレス',
        displayName: null,
        port: 25,
        auth: true,
        username: '',
      }),
    ]);
  });

  it('finds the data folder named in the registry and Documents\\Becky, and nothing off Windows', async () => {
    const custom = join(t.home, 'メール', 'Becky');
    await installFixture('becky/Becky!/taro', custom);
    const reg: RunReg = async (args) =>
      args[1] === 'HKCU\\Software\\RimArts\\B2\\Settings'
        ? {
            code: 0,
            stdout: `\r\nHKEY_CURRENT_USER\\Software\\RimArts\\B2\\Settings\r\n    DataDir    REG_SZ    ${custom}\r\n`,
          }
        : { code: 1, stdout: '' };
    expect((await readBecky(windows({ runReg: reg })))?.length).toBe(3);
    const t2 = await makeTempHome();
    try {
      await installFixture('becky/Becky!/taro', join(t2.home, 'Documents', 'Becky'));
      expect(
        (await readBecky({ ...windows(), home: t2.home, systemDrive: t2.systemDrive }))?.length,
      ).toBe(3);
    } finally {
      await t2.remove();
    }
    expect(await readBecky(windows())).toBeNull();
    expect(await readBecky({ ...windows(), platform: 'linux' })).toBeNull();
  });
});

describe('Becky! data folders named twice', () => {
  it('lists each mailbox once when the registry’s DataDir differs from C:\\Becky!\\<name> only by a trailing \\ and letter case', async () => {
    const classic = join(t.systemDrive, 'Becky!');
    await installFixture('becky/Becky!', classic);
    // Becky!'s default set-up: DataDir as typed in the setup dialog, C:\Becky!\Taro\.
    const dataDir = `${join(classic, 'TARO')}\\`;
    // Windows' file system takes that spelling for the folder taro. Elsewhere a link named so
    // stands in for that; the scan of C:\Becky! lists folders only, so it does not list the link.
    if (process.platform !== 'win32') await symlink(join(classic, 'taro'), dataDir);
    const reg: RunReg = async (args) =>
      args[1] === 'HKCU\\Software\\RimArts\\B2\\Settings'
        ? {
            code: 0,
            stdout: `\r\nHKEY_CURRENT_USER\\Software\\RimArts\\B2\\Settings\r\n    DataDir    REG_SZ    ${dataDir}\r\n`,
          }
        : { code: 1, stdout: '' };
    const accounts = (await readBecky(windows({ runReg: reg }))) ?? [];
    expect(accounts.map((a) => a.id)).toEqual([
      'becky:4b7c9e2a.mb',
      'becky:5d1e8f3b.mb',
      'becky:6a2b4c8d.mb',
    ]);
    expect(folderKey('C:\\Becky!\\Taro\\')).toBe(folderKey('c:\\becky!\\taro'));
  });
});

describe('classic Outlook reader', () => {
  it('reads the accounts of every profile from reg query output, never a password', async () => {
    const accounts = (await readOutlook(windows({ runReg: fixtureReg }))) ?? [];
    expect(
      accounts.map((a) => [
        a.id,
        a.account,
        a.email,
        a.host,
        a.port,
        a.security,
        a.auth,
        a.username,
      ]),
    ).toEqual([
      [
        'outlook_classic:Outlook:00000002',
        '山田 太郎 (OCN)',
        'taro.yamada@ocn.ne.jp',
        'smtp.ocn.ne.jp',
        25,
        'none',
        false,
        'taro.yamada@ocn.ne.jp',
      ],
      [
        'outlook_classic:Outlook:00000003',
        'hanako.sato@example.jp',
        'hanako.sato@example.jp',
        'smtp.example.jp',
        587,
        'starttls',
        true,
        'hanako',
      ],
      [
        'outlook_classic:Outlook:00000004',
        '山田商店',
        'info@yamada-shoten.jp',
        'mail.yamada-shoten.jp',
        25,
        'none',
        false,
        '',
      ],
      [
        'outlook_classic:仕事用:00000002',
        '仕事',
        'ichiro.suzuki@example.co.jp',
        'smtp.example.co.jp',
        465,
        'tls',
        true,
        '',
      ],
    ]);
    expect(accounts[0]?.displayName).toBe('山田 太郎');
    expect(accounts[1]?.unsure).toEqual(['security']);
    expect(JSON.stringify(accounts)).not.toMatch(/password|02D08C9D/i);
  });

  it('returns null off Windows and when no profile exists', async () => {
    expect(
      await readOutlook({ ...windows({ runReg: fixtureReg }), platform: 'darwin' }),
    ).toBeNull();
    expect(await readOutlook(windows())).toBeNull();
  });
});

describe('Apple Mail reader', () => {
  const mac = (): AccountsEnv => ({ home: t.home, platform: 'darwin' });

  it('reads DeliveryAccounts and the MailAccounts that use them from an XML Accounts.plist', async () => {
    await installFixture('apple-mail', join(t.home, 'Library', 'Mail'));
    const accounts = (await readAppleMail(mac())) ?? [];
    expect(
      accounts.map((a) => [
        a.account,
        a.email,
        a.otherEmails,
        a.host,
        a.port,
        a.security,
        a.auth,
        a.unsure,
      ]),
    ).toEqual([
      [
        '山田 太郎 & 家族（OCN）',
        'taro.yamada@ocn.ne.jp',
        ['family.yamada@ocn.ne.jp'],
        'smtp.ocn.ne.jp',
        25,
        'none',
        false,
        [],
      ],
      [
        'iCloud',
        'hanako.sato@icloud.com',
        [],
        'smtp.mail.me.com',
        587,
        'starttls',
        true,
        ['security'],
      ],
      ['smtp.example.ne.jp', '', [], 'smtp.example.ne.jp', 465, 'tls', false, ['security']],
    ]);
    expect(accounts[1]?.displayName).toBe('佐藤 花子');
  });

  it('refuses DTD tricks and a broken binary plist instead of guessing', () => {
    const xxe =
      '<?xml version="1.0"?><!DOCTYPE plist [<!ENTITY x "y">]><plist><string>&x;</string></plist>';
    expect(() => parsePlist(Buffer.from(xxe))).toThrow(/DTD/);
    expect(() => parsePlist(Buffer.from('bplist00\0\0'))).toThrow(/bplist: truncated/);
  });

  // POSIX permissions only: on Windows chmod changes nothing but the read-only bit.
  it.skipIf(process.platform === 'win32')(
    'says not_permitted when the system refuses to open ~/Library/Mail (POSIX permissions; not on Windows)',
    async () => {
      await installFixture('apple-mail', join(t.home, 'Library', 'Mail'));
      await chmod(join(t.home, 'Library', 'Mail'), 0o000);
      const statuses = await listAccountsWithoutPrivileges(t.home);
      expect(statuses.find((s) => s.program === 'apple_mail')).toMatchObject({
        status: 'not_permitted',
        count: 0,
        detail: expect.stringContaining('~/Library/Mail'),
      });
    },
  );
});

describe('listAccounts and readAccount', () => {
  it('lists the accounts of every program with a status each, Thunderbird first', async () => {
    await installThunderbird(t, 'win32');
    await installFixture('becky/Becky!', join(t.systemDrive, 'Becky!'));
    const env = windows({ runReg: fixtureReg });
    const list = await listAccounts(env);
    expect(list.programs).toEqual([
      { program: 'thunderbird', status: 'found', count: 4 },
      { program: 'becky', status: 'found', count: 3 },
      { program: 'outlook_classic', status: 'found', count: 4 },
      { program: 'apple_mail', status: 'none', count: 0 },
    ]);
    expect(new Set(list.accounts.map((a) => a.id)).size).toBe(11);
    expect(await readAccount('becky:5d1e8f3b.mb', env)).toMatchObject({ port: 465 });
    expect(await readAccount('becky:nope', env)).toBeNull();
    expect(await readAccount('nonsense', env)).toBeNull();
  });

  it('reports a broken file as an error of that program and still lists the others', async () => {
    await installThunderbird(t, 'win32');
    await mkdir(join(t.systemDrive, 'Becky!', 'taro', 'x.mb'), { recursive: true });
    await writeFile(
      join(t.systemDrive, 'Becky!', 'taro', 'x.mb', 'Mailbox.ini'),
      '[Account]\r\nSMTPServer=smtp.example.jp\r\n',
    );
    await mkdir(join(t.home, 'Library', 'Mail', 'V2', 'MailData'), { recursive: true });
    await writeFile(
      join(t.home, 'Library', 'Mail', 'V2', 'MailData', 'Accounts.plist'),
      '<plist><dict><key>x</key></dict></plist>',
    );
    const list = await listAccounts({ ...windows(), platform: 'darwin' });
    expect(list.programs.find((p) => p.program === 'apple_mail')).toMatchObject({
      status: 'error',
    });
    expect(list.programs.find((p) => p.program === 'thunderbird')).toMatchObject({
      status: 'none',
    });
  });
});
