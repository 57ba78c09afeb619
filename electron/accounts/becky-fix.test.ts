/**
 * Becky!'s "Fix it for me" and its undo, through the accounts API the app and the command line
 * use, on the Shift_JIS, CRLF Mailbox.ini fixtures in a temporary C:\Becky!. Whether B2.exe runs is
 * asked of tasklist, which only Windows has: here a fake gives tasklist's output.
 */
import { appendFile, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AccountSettings } from '../../shared/accounts.js';
import { installFixture, makeTempHome, type TempHome } from '../../test/support/mail-fixtures.js';
import { TASKLIST_ARGS, readTasklist } from './becky-running.js';
import type { AccountsEnv } from './env.js';
import { fixAccount, readAccount, undoAccountFix } from './index.js';

let t: TempHome;
let tasklist: { code: number; stdout: string };
let asked: string[][];
let env: AccountsEnv;
const box = (id: string) => join(t.systemDrive, 'Becky!', 'taro', id, 'Mailbox.ini');

beforeEach(async () => {
  t = await makeTempHome();
  await installFixture('becky/Becky!', join(t.systemDrive, 'Becky!'));
  tasklist = {
    code: 0,
    stdout: 'INFO: No tasks are running which match the specified criteria.\r\n',
  };
  asked = [];
  env = {
    home: t.home,
    appData: t.appData,
    platform: 'win32',
    systemDrive: t.systemDrive,
    ownedByUser: async (paths) => new Set(paths),
    runTasklist: async (args) => (asked.push(args), tasklist),
  };
});
afterEach(async () => {
  await t.remove();
});

const OCN = 'becky:4b7c9e2a.mb';
const HOBBY = 'becky:6a2b4c8d.mb';
const OCN_587: AccountSettings = {
  host: 'smtp.ocn.ne.jp',
  port: 587,
  security: 'starttls',
  auth: true,
  username: 'taro.yamada@ocn.ne.jp',
};
const RUNNING = '"B2.exe","4242","Console","1","38,120 K"\r\n';

/** The lines of a file that differ, as [line number, before, after] in latin1 (bytes kept). */
function diffLines(a: Buffer, b: Buffer): [number, string, string][] {
  const x = a.toString('latin1').split('\n');
  const y = b.toString('latin1').split('\n');
  const out: [number, string, string][] = [];
  for (let i = 0; i < Math.max(x.length, y.length); i++)
    if (x[i] !== y[i]) out.push([i, x[i] ?? '', y[i] ?? '']);
  return out;
}

describe('Becky! fix', () => {
  it('changes only the port and SMTP AUTH lines of that mailbox, bytes and CRLF kept, and says STARTTLS is a step by hand', async () => {
    const before = await readFile(box('4b7c9e2a.mb'));
    const others = await Promise.all(['5d1e8f3b.mb', '6a2b4c8d.mb'].map((b) => readFile(box(b))));
    const r = await fixAccount(OCN, OCN_587, { env });
    if (!r.ok) throw new Error(`${r.code}: ${r.detail}`);
    expect(asked.length).toBeGreaterThan(0);
    expect(asked.every((a) => JSON.stringify(a) === JSON.stringify(TASKLIST_ARGS))).toBe(true);
    const after = await readFile(box('4b7c9e2a.mb'));
    expect(diffLines(before, after)).toEqual([
      [10, 'SMTPPort=25\r', 'SMTPPort=587\r'],
      [12, 'SMTPAUTH=0\r', 'SMTPAUTH=1\r'],
    ]);
    // The Shift_JIS name line is the same bytes (not re-encoded).
    expect(after.subarray(0, 40).equals(before.subarray(0, 40))).toBe(true);
    expect(r.account).toMatchObject({ port: 587, auth: true, security: 'none' });
    expect(r.handSteps).toEqual(['starttls']);
    expect(await readFile(r.backup)).toEqual(before);
    expect(r.backup).toMatch(/Mailbox\.ini\.sendcheck-\d{8}-\d{6}\.bak$/);
    const record = JSON.parse(await readFile(r.fix, 'utf8'));
    expect(record.changes).toEqual([
      { key: 'SMTPPort', before: '25', after: '587', beforeBytes: '3235' },
      { key: 'SMTPAUTH', before: '0', after: '1', beforeBytes: '30' },
    ]);
    const now = await Promise.all(['5d1e8f3b.mb', '6a2b4c8d.mb'].map((b) => readFile(box(b))));
    expect(now).toEqual(others);
  });

  it('writes SSL for 465, and adds a missing key after the section’s last key with the file’s CRLF', async () => {
    const before = await readFile(box('6a2b4c8d.mb'));
    const r = await fixAccount(
      HOBBY,
      { host: 'smtp.example.ne.jp', port: 465, security: 'tls', auth: true, username: '' },
      { env },
    );
    if (!r.ok) throw new Error(r.code);
    const after = (await readFile(box('6a2b4c8d.mb'))).toString('latin1');
    expect(after).toBe(`${before.toString('latin1')}SMTPPort=465\r\nSSLSMTP=1\r\n`);
    expect(r.handSteps).toEqual([]);
    expect(r.account).toMatchObject({ port: 465, security: 'tls' });
    const u = await undoAccountFix(HOBBY, { env, fix: r.fix });
    if (!u.ok) throw new Error(u.code);
    expect(await readFile(box('6a2b4c8d.mb'))).toEqual(before);
  });

  it('is refused while B2.exe runs, and when tasklist cannot say, writing nothing', async () => {
    const before = await readdir(join(t.systemDrive, 'Becky!', 'taro', '4b7c9e2a.mb'));
    tasklist = { code: 0, stdout: RUNNING };
    expect(await fixAccount(OCN, OCN_587, { env })).toMatchObject({ ok: false, code: 'running' });
    tasklist = { code: 1, stdout: '' };
    expect(await fixAccount(OCN, OCN_587, { env })).toMatchObject({
      ok: false,
      code: 'lock_unknown',
    });
    const { runTasklist: _, ...noTasklist } = env;
    expect(await fixAccount(OCN, OCN_587, { env: noTasklist })).toMatchObject({
      ok: false,
      code: 'lock_unknown',
    });
    expect(await readdir(join(t.systemDrive, 'Becky!', 'taro', '4b7c9e2a.mb'))).toEqual(before);
  });

  it('is refused when Mailbox.ini changed after it was read', async () => {
    const shown = await readAccount(OCN, env);
    await appendFile(box('4b7c9e2a.mb'), 'Signature=1\r\n');
    const sha = shown?.source.kind === 'becky' ? shown.source.iniSha256 : 'x';
    expect(await fixAccount(OCN, OCN_587, { env, expectSha256: sha })).toMatchObject({
      ok: false,
      code: 'changed',
    });
  });

  it('keeps every backup: two fixes in one second get two names', async () => {
    const now = new Date(2026, 11, 7, 9, 0, 0);
    const a = await fixAccount(OCN, OCN_587, { env, now });
    const b = await fixAccount(OCN, { ...OCN_587, port: 2525 }, { env, now });
    if (!a.ok || !b.ok) throw new Error('refused');
    expect(a.backup).not.toBe(b.backup);
    expect(b.backup).toMatch(/-2\.bak$/);
  });

  it('undo puts back only what still holds the fix’s value, names the setting changed since, and undoes once', async () => {
    const before = await readFile(box('4b7c9e2a.mb'));
    const r = await fixAccount(OCN, OCN_587, { env });
    if (!r.ok) throw new Error(r.code);
    // In Becky! since: the port changed again, and a new key written.
    const edited = (await readFile(box('4b7c9e2a.mb')))
      .toString('latin1')
      .replace('SMTPPort=587', 'SMTPPort=2525')
      .concat('CheckMode=2\r\n');
    await writeFile(box('4b7c9e2a.mb'), Buffer.from(edited, 'latin1'));
    tasklist = { code: 0, stdout: RUNNING };
    expect(await undoAccountFix(OCN, { env })).toMatchObject({ ok: false, code: 'running' });
    tasklist = {
      code: 0,
      stdout: '情報: 指定された条件に一致するタスクは実行されていません。\r\n',
    };
    const u = await undoAccountFix(OCN, { env });
    if (!u.ok) throw new Error(u.code);
    expect(u.kept).toEqual(['port']);
    const expected = before
      .toString('latin1')
      .replace('SMTPPort=25', 'SMTPPort=2525')
      .concat('CheckMode=2\r\n');
    expect((await readFile(box('4b7c9e2a.mb'))).toString('latin1')).toBe(expected);
    expect(await undoAccountFix(OCN, { env })).toMatchObject({
      ok: false,
      code: 'already_undone',
    });
  });

  it('undo puts back an old value in Shift_JIS, with its spaces, byte for byte (found by the fuzz target becky-undo)', async () => {
    const sjis = Buffer.from([0x20, 0x95, 0xcf, 0x8d, 0x58]); // " 変更"
    const original = await readFile(box('4b7c9e2a.mb'));
    const text = original.toString('latin1').replace('SMTPAUTH=0', 'SMTPAUTH=\u0000');
    const [head, tail] = text.split('\u0000') as [string, string];
    const before = Buffer.concat([Buffer.from(head, 'latin1'), sjis, Buffer.from(tail, 'latin1')]);
    await writeFile(box('4b7c9e2a.mb'), before);
    const r = await fixAccount(OCN, OCN_587, { env });
    if (!r.ok) throw new Error(r.code);
    const u = await undoAccountFix(OCN, { env, fix: r.fix });
    if (!u.ok) throw new Error(u.code);
    expect(await readFile(box('4b7c9e2a.mb'))).toEqual(before);
  });

  it('offers no mailbox of a copied folder for fixing', async () => {
    const a = await readAccount(OCN, { ...env, copied: true });
    expect(a?.fixable).toBe(false);
    expect((await readAccount(OCN, env))?.fixable).toBe(true);
  });
});

describe('tasklist’s answer', () => {
  it('reads B2.exe’s CSV line as running, in any letter case, and nothing else', () => {
    expect(readTasklist({ code: 0, stdout: RUNNING })).toBe('running');
    expect(readTasklist({ code: 0, stdout: '"b2.EXE","1","Console","1","1 K"' })).toBe('running');
    expect(readTasklist({ code: 0, stdout: '"B2.exe.bak","1","Console","1","1 K"' })).toBe(
      'not_running',
    );
    expect(readTasklist({ code: 0, stdout: 'INFO: No tasks are running.\r\n' })).toBe(
      'not_running',
    );
    expect(readTasklist({ code: -1, stdout: '' })).toBe('unknown');
    expect(readTasklist({ code: 1, stdout: 'ERROR: Invalid argument.' })).toBe('unknown');
  });
});
