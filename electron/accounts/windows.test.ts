/**
 * Windows-only safety of the readers, tested with fake command runners on every OS (the real
 * reg.exe and PowerShell cannot run on the Linux CI machine): system programs by full path, and
 * Becky! folders under C:\Becky! read only when the current user owns them.
 */
import { cp } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  installFixture,
  makeTempHome,
  MAIL_FIXTURES,
  type TempHome,
} from '../../test/support/mail-fixtures.js';
import { beckyDataFolders, readBecky } from './becky.js';
import { processAccountsEnv, regExePath, windowsDir, type AccountsEnv } from './env.js';
import type { RunCommand } from './run-command.js';
import {
  OWNER_CHECK_TIMEOUT_MS,
  ownerCheckArgs,
  ownerCheckScript,
  powershellOwnerCheck,
  powershellPath,
} from './windows-owner.js';

interface Ran {
  file: string;
  args: string[];
  timeoutMs: number | undefined;
}

/** A runner that records each call and answers with the given function. */
function recorder(answer: (file: string, args: string[]) => { code: number; stdout: string }) {
  const ran: Ran[] = [];
  const run: RunCommand = async (file, args, opts) => {
    ran.push({ file, args, timeoutMs: opts?.timeoutMs });
    return answer(file, args);
  };
  return { ran, run };
}

/** The folder names inside an encoded owner-check command, decoded back. */
function pathsIn(args: string[]): string[] {
  const script = Buffer.from(args.at(-1) ?? '', 'base64').toString('utf16le');
  const list = /foreach \(\$b in @\(([^)]*)\)\)/.exec(script)?.[1] ?? '';
  return [...list.matchAll(/'([A-Za-z0-9+/=]+)'/g)].map((m) =>
    Buffer.from(m[1] ?? '', 'base64').toString('utf8'),
  );
}

describe('system programs run by full path', () => {
  it('reg.exe is %SystemRoot%\\System32\\reg.exe, C:\\Windows when SystemRoot is unset or not absolute', async () => {
    expect(regExePath({ SystemRoot: 'D:\\WINNT' })).toBe('D:\\WINNT\\System32\\reg.exe');
    expect(regExePath({})).toBe('C:\\Windows\\System32\\reg.exe');
    expect(regExePath({ SystemRoot: 'Windows' })).toBe('C:\\Windows\\System32\\reg.exe');
    expect(regExePath({ SystemRoot: '.\\evil' })).toBe('C:\\Windows\\System32\\reg.exe');
    expect(windowsDir({ SYSTEMROOT: 'E:\\Win' })).toBe('E:\\Win');
    const { ran, run } = recorder(() => ({ code: 1, stdout: '' }));
    const env = processAccountsEnv(
      { SystemRoot: 'C:\\Windows', USERPROFILE: 'C:\\Users\\taro' },
      run,
      'win32',
    );
    await env.runReg?.(['query', 'HKCU\\Software\\RimArts\\B2\\Settings']);
    expect(ran[0]?.file).toBe('C:\\Windows\\System32\\reg.exe');
    expect(ran.every((r) => r.file !== 'reg' && r.file !== 'reg.exe')).toBe(true);
  });

  it('PowerShell is System32\\WindowsPowerShell\\v1.0\\powershell.exe, without profile, non-interactive, time-limited', async () => {
    expect(powershellPath('C:\\Windows')).toBe(
      'C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe',
    );
    const { ran, run } = recorder(() => ({ code: 0, stdout: 'owned\r\n' }));
    const env = processAccountsEnv({}, run, 'win32');
    await env.ownedByUser?.(['C:\\Becky!\\taro']);
    expect(ran).toHaveLength(1);
    expect(ran[0]?.file).toBe('C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe');
    expect(ran[0]?.args.slice(0, 4)).toEqual([
      '-NoLogo',
      '-NoProfile',
      '-NonInteractive',
      '-EncodedCommand',
    ]);
    expect(ran[0]?.timeoutMs).toBe(OWNER_CHECK_TIMEOUT_MS);
  });
});

describe('the owner check (PowerShell Get-Acl against the current user, faked here)', () => {
  it('asks about each folder by its exact name, whatever quotes or spaces it holds', () => {
    const names = ["C:\\Becky!\\o'brien", 'C:\\Becky!\\山田 ‘太郎’', 'C:\\Becky!\\$(calc)'];
    expect(pathsIn(ownerCheckArgs(names))).toEqual(names);
    const script = ownerCheckScript(names);
    // The names are only in Base64: nothing of them is PowerShell text.
    for (const n of names) expect(script).not.toContain(n);
    expect(script).toContain('Get-Acl -LiteralPath $p');
    expect(script).toContain('WindowsIdentity]::GetCurrent().User.Value');
  });

  it('answers the folders reported owned, in order', async () => {
    const { run } = recorder(() => ({ code: 0, stdout: 'owned\r\nother\r\nunknown\r\nowned\r\n' }));
    const owned = await powershellOwnerCheck('ps.exe', run)(['a', 'b', 'c', 'd']);
    expect([...owned]).toEqual(['a', 'd']);
  });

  it('counts a failed, timed-out or garbled run as "owned by nobody"', async () => {
    const failed = recorder(() => ({ code: -1, stdout: '' }));
    expect((await powershellOwnerCheck('ps.exe', failed.run)(['a'])).size).toBe(0);
    const short = recorder(() => ({ code: 0, stdout: 'owned\r\n' }));
    expect((await powershellOwnerCheck('ps.exe', short.run)(['a', 'b'])).size).toBe(0);
  });

  it('asks in batches, so the command line stays short', async () => {
    const { ran, run } = recorder((_f, args) => ({
      code: 0,
      stdout: pathsIn(args)
        .map(() => 'owned')
        .join('\r\n'),
    }));
    const many = Array.from({ length: 50 }, (_, i) => `C:\\Becky!\\user${i}`);
    expect((await powershellOwnerCheck('ps.exe', run)(many)).size).toBe(50);
    expect(ran.length).toBeGreaterThan(1);
    expect(Math.max(...ran.map((r) => r.args.join(' ').length))).toBeLessThan(32_000);
  });
});

describe('Becky! folders under C:\\Becky!', () => {
  let t: TempHome;
  beforeEach(async () => {
    t = await makeTempHome();
    await installFixture('becky/Becky!', join(t.systemDrive, 'Becky!'));
    // A second user's data folder beside the first one.
    await cp(
      join(MAIL_FIXTURES, 'becky', 'Becky!', 'taro'),
      join(t.systemDrive, 'Becky!', 'hanako'),
      {
        recursive: true,
      },
    );
  });
  afterEach(async () => t.remove());

  const env = (extra: Partial<AccountsEnv>): AccountsEnv => ({
    home: t.home,
    appData: t.appData,
    platform: 'win32',
    systemDrive: t.systemDrive,
    runReg: async () => ({ code: 1, stdout: '' }),
    ...extra,
  });

  it('are read only when the current user owns them', async () => {
    const asked: string[][] = [];
    const mine = join(t.systemDrive, 'Becky!', 'taro');
    const accounts = await readBecky(
      env({
        ownedByUser: async (paths) => {
          asked.push([...paths]);
          return new Set(paths.filter((p) => p === mine));
        },
      }),
    );
    expect(asked).toEqual([[join(t.systemDrive, 'Becky!', 'hanako'), mine]]);
    expect(accounts?.map((a) => a.id)).toEqual([
      'becky:4b7c9e2a.mb',
      'becky:5d1e8f3b.mb',
      'becky:6a2b4c8d.mb',
    ]);
    expect(
      accounts?.every((a) => a.source.kind === 'becky' && a.source.mailboxIni.startsWith(mine)),
    ).toBe(true);
  });

  it('are not read at all without an owner check, while the user’s own Documents\\Becky still is', async () => {
    await installFixture('becky/Becky!/taro', join(t.home, 'Documents', 'Becky'));
    const folders = await beckyDataFolders(env({}));
    expect(folders).toEqual([join(t.home, 'Documents', 'Becky')]);
    expect((await readBecky(env({})))?.length).toBe(3);
  });

  it('the folder named in the user’s own registry (HKCU DataDir) is read without asking', async () => {
    const custom = join(t.systemDrive, 'Becky!', 'hanako');
    const asked: string[] = [];
    const folders = await beckyDataFolders(
      env({
        runReg: async () => ({
          code: 0,
          stdout: `\r\nHKEY_CURRENT_USER\\Software\\RimArts\\B2\\Settings\r\n    DataDir    REG_SZ    ${custom}\r\n`,
        }),
        ownedByUser: async (paths) => {
          asked.push(...paths);
          return new Set();
        },
      }),
    );
    expect(folders[0]).toBe(custom);
    expect(folders).not.toContain(join(t.systemDrive, 'Becky!', 'taro'));
    expect(asked).toContain(join(t.systemDrive, 'Becky!', 'taro'));
  });
});
