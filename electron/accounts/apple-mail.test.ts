import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { accounts4Sql, FIXTURE_ACCOUNTS, UUID } from '../../test/support/accounts4-fixture.js';
import { keyedArchive } from '../../test/support/bplist-writer.js';
import {
  installFixture,
  makeTempHome,
  MAIL_FIXTURES,
  type TempHome,
} from '../../test/support/mail-fixtures.js';
import { accounts4Accounts, consistentImage } from './apple-accounts4.js';
import { readAppleMail } from './apple-mail.js';
import type { AccountsEnv } from './env.js';
import { listAccounts, readAccount } from './index.js';
import { openDatabaseImage } from './sqlite-wasm.js';
import { listAccountsWithoutPrivileges } from '../../test/support/without-privileges.js';
import { applyWal } from './sqlite-wal.js';

let t: TempHome;
beforeEach(async () => {
  t = await makeTempHome();
});
afterEach(async () => {
  await chmod(join(t.home, 'Library', 'Accounts'), 0o755).catch(() => undefined);
  await t.remove();
});

const mac = (): AccountsEnv => ({ home: t.home, platform: 'darwin' });
const accountsDir = () => join(t.home, 'Library', 'Accounts');

const shown = (a: {
  account: string;
  email: string;
  otherEmails: string[];
  host: string;
  port: number;
  security: string;
  auth: boolean;
  username: string;
  unsure: string[];
}) => [a.account, a.email, a.otherEmails, a.host, a.port, a.security, a.auth, a.username, a.unsure];

/** What the committed Accounts4.sqlite fixture holds, as the screens show it. */
const EXPECTED = [
  [
    '仕事',
    'taro@example.jp',
    ['sales@example.jp'],
    'smtp.example.jp',
    25,
    'none',
    false,
    'taro',
    [],
  ],
  [
    'OCN',
    'hanako@ocn.ne.jp',
    [],
    'smtpauth.ocn.ne.jp',
    587,
    'starttls',
    true,
    'hanako@ocn.ne.jp',
    ['security'],
  ],
  ['Google', 'jiro@gmail.com', [], 'smtp.gmail.com', 465, 'tls', true, 'jiro@gmail.com', []],
  ['smtp.old-isp.ne.jp', '', [], 'smtp.old-isp.ne.jp', 25, 'none', false, '', ['port', 'auth']],
];

describe('Apple Mail on current macOS: ~/Library/Accounts/Accounts4.sqlite', () => {
  it('finds each mail account and the outgoing server its SendingAccountIdentifier names', async () => {
    await installFixture('apple-mail-accounts4', accountsDir());
    const accounts = (await readAppleMail(mac())) ?? [];
    expect(accounts.map(shown)).toEqual(EXPECTED);
    expect(accounts.map((a) => a.id)).toEqual([
      `apple_mail:${UUID.workImap}`,
      `apple_mail:${UUID.ocnPop}`,
      `apple_mail:${UUID.gmailImap}`,
      `apple_mail:${UUID.oldSmtp}`,
    ]);
    expect(accounts[0]?.displayName).toBe('山田 太郎');
    expect(accounts.every((a) => !a.fixable && a.program === 'apple_mail')).toBe(true);
    expect(accounts[0]?.source).toEqual({
      kind: 'apple_mail',
      file: join(accountsDir(), 'Accounts4.sqlite'),
      store: 'accounts4',
    });
    // The database is only read: not a byte of it changes.
    const before = await readFile(join(MAIL_FIXTURES, 'apple-mail-accounts4', 'Accounts4.sqlite'));
    expect(await readFile(join(accountsDir(), 'Accounts4.sqlite'))).toEqual(before);
  });

  it('lists it through listAccounts and reads one account again by its id', async () => {
    await installFixture('apple-mail-accounts4', accountsDir());
    const list = await listAccounts({ ...mac(), appData: t.appData });
    expect(list.programs.find((p) => p.program === 'apple_mail')).toEqual({
      program: 'apple_mail',
      status: 'found',
      count: 4,
    });
    expect(await readAccount(`apple_mail:${UUID.ocnPop}`, mac())).toMatchObject({
      host: 'smtpauth.ocn.ne.jp',
      port: 587,
    });
  });

  it('sees an account that so far lives only in the -wal log, and nothing of a log that belongs elsewhere', async () => {
    await installFixture('apple-mail-accounts4-wal', accountsDir());
    const accounts = (await readAppleMail(mac())) ?? [];
    expect(accounts.map((a) => a.account)).toEqual([
      '仕事',
      'OCN',
      'Google',
      '新しいアカウント',
      'smtp.old-isp.ne.jp',
    ]);
    expect(accounts[3]).toMatchObject({
      host: 'smtp.example.ne.jp',
      port: 587,
      security: 'starttls',
    });
    // The same database without its log: the new account is not there (the log is what holds it).
    const image = await readFile(join(accountsDir(), 'Accounts4.sqlite'));
    expect((await accounts4Accounts(image, 'x')).map((a) => a.account)).not.toContain(
      '新しいアカウント',
    );
    // A log whose header checksum is broken is ignored as a whole.
    const wal = await readFile(join(accountsDir(), 'Accounts4.sqlite-wal'));
    const bent = Uint8Array.from(wal);
    bent[24] = (bent[24] as number) ^ 0xff;
    expect(applyWal(image, bent)).toBe(image);
    // A log cut in the middle of the transaction's last frame: the transaction is not seen.
    const cut = wal.subarray(0, wal.length - 100);
    expect(
      (await accounts4Accounts(applyWal(image, cut), 'x')).map((a) => a.account),
    ).not.toContain('新しいアカウント');
  });

  it('reads the log again after the main file, and retries (then gives up) while it keeps changing', async () => {
    const dir = join(MAIL_FIXTURES, 'apple-mail-accounts4-wal');
    const image = await readFile(join(dir, 'Accounts4.sqlite'));
    const wal = await readFile(join(dir, 'Accounts4.sqlite-wal'));
    const other = Buffer.from(wal);
    other[16] = (other[16] as number) ^ 1; // another generation: other salts
    const reads: string[] = [];
    const scripted = (logs: Buffer[]) => async (path: string) => {
      reads.push(path.endsWith('-wal') ? 'wal' : 'db');
      return path.endsWith('-wal') ? (logs.shift() ?? wal) : image;
    };
    // The log changed once between the two reads: the second attempt matches and is used.
    const folded = await consistentImage('Accounts4.sqlite', scripted([other, wal, wal]));
    expect(reads).toEqual(['wal', 'db', 'wal', 'wal', 'db', 'wal']);
    expect((await accounts4Accounts(folded ?? image, 'x')).map((a) => a.account)).toContain(
      '新しいアカウント',
    );
    // It never settles: an error, not a guess.
    await expect(
      consistentImage('Accounts4.sqlite', scripted([wal, other, wal, other, wal, other])),
    ).rejects.toThrow(/kept changing/);
  });

  it('reads PortNumber written as text, and skips a value that is not an archive without losing the account', async () => {
    const db = await openDatabaseImage(new Uint8Array());
    db.exec(accounts4Sql(FIXTURE_ACCOUNTS));
    db.exec(
      `UPDATE ZACCOUNTPROPERTY SET ZVALUE = X'${Buffer.from(keyedArchive(' 2525 ')).toString('hex')}' WHERE ZOWNER = 13 AND ZKEY = 'PortNumber'`,
    );
    db.exec(
      `UPDATE ZACCOUNTPROPERTY SET ZVALUE = X'00ff' WHERE ZOWNER = 13 AND ZKEY = 'SSLEnabled'`,
    );
    const accounts = await accounts4Accounts(db.export(), 'x');
    db.close();
    expect(accounts.find((a) => a.account === 'OCN')).toMatchObject({
      port: 2525,
      security: 'none',
    });
  });

  it('says what is wrong with a file that is not an account database, and lists the other programs', async () => {
    await mkdir(accountsDir(), { recursive: true });
    await writeFile(join(accountsDir(), 'Accounts4.sqlite'), 'SQLite format 3\0 but not really');
    const list = await listAccounts({ ...mac(), appData: t.appData });
    expect(list.programs.find((p) => p.program === 'apple_mail')).toMatchObject({
      status: 'error',
      count: 0,
    });
    const empty = await openDatabaseImage(new Uint8Array());
    empty.exec('CREATE TABLE unrelated (x)');
    await writeFile(join(accountsDir(), 'Accounts4.sqlite'), empty.export());
    empty.close();
    const again = await listAccounts({ ...mac(), appData: t.appData });
    expect(again.programs.find((p) => p.program === 'apple_mail')).toMatchObject({
      status: 'error',
      detail: expect.stringContaining('no such table'),
    });
  });

  it('prefers the account store to a leftover Accounts.plist, and reads the plist where the store has no mail account', async () => {
    await installFixture('apple-mail-accounts4', accountsDir());
    await installFixture('apple-mail', join(t.home, 'Library', 'Mail'));
    expect(((await readAppleMail(mac())) ?? []).map((a) => a.host)).toContain('smtpauth.ocn.ne.jp');
    const db = await openDatabaseImage(new Uint8Array());
    db.exec(accounts4Sql([]));
    await writeFile(join(accountsDir(), 'Accounts4.sqlite'), db.export());
    db.close();
    expect(((await readAppleMail(mac())) ?? []).map((a) => a.host)).toEqual([
      'smtp.ocn.ne.jp',
      'smtp.mail.me.com',
      'smtp.example.ne.jp',
    ]);
  });
});

describe('Apple Mail on old macOS: a binary Accounts.plist', () => {
  it('reads the binary plist as it reads the same content in XML', async () => {
    await installFixture('apple-mail-binary', join(t.home, 'Library', 'Mail'));
    const binary = (await readAppleMail(mac())) ?? [];
    await t.remove();
    t = await makeTempHome();
    await installFixture('apple-mail', join(t.home, 'Library', 'Mail'));
    const xml = (await readAppleMail(mac())) ?? [];
    expect(binary.length).toBe(3);
    expect(binary.map(shown)).toEqual(xml.map(shown));
    expect(binary[0]?.account).toBe('山田 太郎 & 家族（OCN）');
  });
});

describe('Apple Mail without Full Disk Access', () => {
  // POSIX permissions only: on Windows chmod changes nothing but the read-only bit.
  it.skipIf(process.platform === 'win32')(
    'says not_permitted when the system refuses to read ~/Library/Accounts, even where ~/Library/Mail holds nothing (POSIX permissions; not on Windows)',
    async () => {
      await installFixture('apple-mail-accounts4', accountsDir());
      await mkdir(join(t.home, 'Library', 'Mail', 'V10'), { recursive: true });
      await chmod(accountsDir(), 0o000);
      const statuses = await listAccountsWithoutPrivileges(t.home);
      expect(statuses.find((s) => s.program === 'apple_mail')).toEqual({
        program: 'apple_mail',
        status: 'not_permitted',
        count: 0,
        detail: expect.stringContaining('~/Library/Accounts/Accounts4.sqlite'),
      });
    },
  );

  it.skipIf(process.platform === 'win32')(
    'reads an old Accounts.plist when only the account store is refused (POSIX permissions; not on Windows)',
    async () => {
      await installFixture('apple-mail-accounts4', accountsDir());
      await installFixture('apple-mail-binary', join(t.home, 'Library', 'Mail'));
      await chmod(accountsDir(), 0o000);
      const statuses = await listAccountsWithoutPrivileges(t.home);
      expect(statuses.find((s) => s.program === 'apple_mail')).toEqual({
        program: 'apple_mail',
        status: 'found',
        count: 3,
      });
    },
  );
});

it('keeps the committed fixture as the script builds it (npm run fixtures:apple-mail)', async () => {
  const db = await openDatabaseImage(new Uint8Array());
  db.exec(accounts4Sql(FIXTURE_ACCOUNTS));
  const built = await accounts4Accounts(db.export(), 'x');
  db.close();
  const committed = await readFile(join(MAIL_FIXTURES, 'apple-mail-accounts4', 'Accounts4.sqlite'));
  expect((await accounts4Accounts(committed, 'x')).map(shown)).toEqual(built.map(shown));
});
