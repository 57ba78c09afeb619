/**
 * Thunderbird's profile lock, on real files: the `lock` symlink (Linux) and `.parentlock` symlink
 * (macOS without fcntl) as nsProfileLock.cpp writes them ("address:+pid" / "address:pid"), with a
 * process that runs (this test's own) and one that has exited; and Windows' parent.lock, tested by
 * opening it. Symlinks need privileges on Windows, so those tests skip there.
 */
import { spawn } from 'node:child_process';
import { mkdir, readFile, readlink, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AccountSettings } from '../../shared/accounts.js';
import {
  installThunderbird,
  makeTempHome,
  type TempHome,
} from '../../test/support/mail-fixtures.js';
import type { AccountsEnv } from './env.js';
import { fixAccount, undoAccountFix } from './index.js';
import { runCommand } from './run-command.js';
import { thunderbirdLock } from './thunderbird-lock.js';

let t: TempHome;
let env: AccountsEnv;
let dir: string;
beforeEach(async () => {
  t = await makeTempHome();
  env = { home: t.home, appData: t.appData, platform: 'linux', runCommand };
  dir = join(t.home, 'profile');
  await mkdir(dir);
});
afterEach(async () => {
  await t.remove();
});

/** The id of a process that ran here and has exited. */
async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', '']);
  const pid = child.pid as number;
  await new Promise((resolve) => child.once('exit', resolve));
  return pid;
}

const unixOnly = it.skipIf(process.platform === 'win32');

describe('Thunderbird lock on Linux: the `lock` symlink', () => {
  unixOnly(
    'a pid that runs on this machine (this test`s own) means running (not on Windows: symlinks)',
    async () => {
      await symlink(`127.0.1.1:+${process.pid}`, join(dir, 'lock'));
      expect(await thunderbirdLock(dir, env)).toEqual({
        state: 'running',
        lockFile: join(dir, 'lock'),
      });
      // Without fcntl, Thunderbird writes the pid without "+": read the same way.
      const other = join(t.home, 'other');
      await mkdir(other);
      await symlink(`127.0.0.1:${process.pid}`, join(other, 'lock'));
      expect(await thunderbirdLock(other, env)).toMatchObject({ state: 'running' });
    },
  );

  unixOnly(
    'a pid that no longer runs means a lock left by a crash (not on Windows: symlinks)',
    async () => {
      const pid = await deadPid();
      await symlink(`127.0.1.1:+${pid}`, join(dir, 'lock'));
      expect(await thunderbirdLock(dir, env)).toEqual({
        state: 'stale',
        lockFile: join(dir, 'lock'),
        pid,
      });
    },
  );

  unixOnly(
    'another machine`s address, a flatpak profile, or a target it cannot read: running (not on Windows: symlinks)',
    async () => {
      const pid = await deadPid();
      await symlink(`203.0.113.7:+${pid}`, join(dir, 'lock'));
      expect(await thunderbirdLock(dir, env)).toMatchObject({ state: 'running' });
      const flatpak = join(t.home, '.var', 'app', 'org.mozilla.Thunderbird', '.thunderbird', 'p');
      await mkdir(flatpak, { recursive: true });
      await symlink(`127.0.0.1:+${pid}`, join(flatpak, 'lock'));
      expect(await thunderbirdLock(flatpak, env)).toMatchObject({ state: 'running' });
      for (const [n, target] of [
        '127.0.0.1',
        '127.0.0.1:+',
        'x:+12',
        '127.0.0.1:+0',
        '127.0.0.1:+12x',
      ].entries()) {
        const d = join(t.home, `odd${n}`);
        await mkdir(d);
        await symlink(target, join(d, 'lock'));
        expect(await thunderbirdLock(d, env), target).toMatchObject({ state: 'running' });
      }
    },
  );

  // The second look asks the real lsof; Windows has neither sh nor lsof.
  unixOnly(
    'a dead pid, but .parentlock held open by a process: running (real lsof; not on Windows)',
    async () => {
      const pid = await deadPid();
      await symlink(`127.0.1.1:+${pid}`, join(dir, 'lock'));
      const parentlock = join(dir, '.parentlock');
      await writeFile(parentlock, '');
      const holder = spawn('sh', ['-c', 'exec 3<>"$0"; echo ready; exec sleep 30', parentlock]);
      try {
        await new Promise((resolve) => holder.stdout.once('data', resolve));
        expect(await thunderbirdLock(dir, env)).toEqual({ state: 'running', lockFile: parentlock });
      } finally {
        holder.kill();
      }
      await new Promise((resolve) => holder.once('exit', resolve));
      expect(await thunderbirdLock(dir, env)).toMatchObject({ state: 'stale', pid });
    },
  );

  unixOnly(
    'a fix and its undo go ahead past a stale lock, say so, and leave the lock as it was (not on Windows: symlinks)',
    async () => {
      const root = await installThunderbird(t, 'linux');
      const profile = join(root, 'Profiles', 'k3x9q2ab.default-release');
      const target = `127.0.1.1:+${await deadPid()}`;
      await symlink(target, join(profile, 'lock'));
      const id = 'thunderbird:k3x9q2ab.default-release:smtp1';
      const settings: AccountSettings = {
        host: 'smtp.ocn.ne.jp',
        port: 587,
        security: 'starttls',
        auth: true,
        username: 'taro.yamada@ocn.ne.jp',
      };
      expect(await fixAccount(id, settings, { env })).toMatchObject({
        ok: true,
        staleLock: true,
        account: { port: 587 },
      });
      expect(await undoAccountFix(id, { env })).toMatchObject({ ok: true, staleLock: true });
      // Thunderbird removes its own stale lock at its next start; SendCheck leaves it alone.
      expect(await readlink(join(profile, 'lock'))).toBe(target);
    },
  );
});

describe('Thunderbird lock on macOS: .parentlock', () => {
  const mac = (): AccountsEnv => ({ ...env, platform: 'darwin' });

  unixOnly(
    'a .parentlock symlink (no fcntl, e.g. a network folder) is read like Linux`s lock (not on Windows: symlinks)',
    async () => {
      await symlink(`127.0.0.1:${process.pid}`, join(dir, '.parentlock'));
      expect(await thunderbirdLock(dir, mac())).toMatchObject({ state: 'running' });
      const other = join(t.home, 'other');
      await mkdir(other);
      const pid = await deadPid();
      await symlink(`127.0.0.1:${pid}`, join(other, '.parentlock'));
      expect(await thunderbirdLock(other, mac())).toEqual({
        state: 'stale',
        lockFile: join(other, '.parentlock'),
        pid,
      });
    },
  );

  it('no lock file at all: free', async () => {
    expect(await thunderbirdLock(dir, mac())).toEqual({ state: 'free' });
  });
});

describe('Thunderbird lock on Windows: parent.lock is opened, never judged by its existence', () => {
  // The real opener on this machine's files; the sharing violation itself (EBUSY) only happens on
  // Windows, where Thunderbird holds the file open without sharing (thunderbird-fix.test.ts gives it
  // through env.tryOpen).
  const win = (): AccountsEnv => ({ ...env, platform: 'win32' });

  it('a parent.lock left after exit opens: free; none at all: free', async () => {
    expect(await thunderbirdLock(dir, win())).toEqual({ state: 'free' });
    await writeFile(join(dir, 'parent.lock'), '');
    expect(await thunderbirdLock(dir, win())).toEqual({ state: 'free' });
    // Opening it neither created nor changed anything.
    expect(await readFile(join(dir, 'parent.lock'), 'utf8')).toBe('');
  });

  it('a parent.lock that cannot be opened for another reason (a folder): cannot tell, so no write', async () => {
    await mkdir(join(dir, 'parent.lock'));
    expect(await thunderbirdLock(dir, win())).toMatchObject({ state: 'unknown' });
  });

  it('a sharing violation means running', async () => {
    const busy: AccountsEnv = { ...win(), tryOpen: async () => 'busy' };
    expect(await thunderbirdLock(dir, busy)).toEqual({
      state: 'running',
      lockFile: join(dir, 'parent.lock'),
    });
  });
});
