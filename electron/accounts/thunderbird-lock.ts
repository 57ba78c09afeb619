/**
 * Is Thunderbird using this profile right now? Mozilla's nsProfileLock (toolkit/profile/
 * nsProfileLock.cpp) locks a profile in one of these ways:
 * - Linux and other Unix: an fcntl lock on `.parentlock` (the file stays after exit, so its
 *   presence says nothing) and a symlink named `lock` whose target is "address:+pid" ("address:pid"
 *   where fcntl is not available). Thunderbird removes the symlink when it exits, even on a fatal
 *   signal; a hard kill or a power cut leaves it behind.
 * - macOS: an fcntl lock on `.parentlock`; where fcntl is not available (network folders) a symlink
 *   at `.parentlock` itself, "address:pid". `parent.lock` is the old name, still recognised.
 * - Windows: `parent.lock`, opened without sharing while it runs and kept after exit; a second
 *   open fails with a sharing violation (EBUSY). Its existence says nothing.
 * A symlink lock is left by a crash, as Gecko itself decides (IsSymlinkStaleLock), when its address
 * is this machine's and no process with its pid runs here (kill(pid, 0) fails with ESRCH). Gecko
 * then removes it at its next start; SendCheck leaves it and only goes ahead. Where that test
 * cannot be trusted it is not made: a flatpak runs Thunderbird in its own process-id namespace, so
 * its pids mean nothing outside. Node cannot ask for fcntl locks, so `lsof` says who holds
 * `.parentlock`, on macOS always and on Linux as a second look before a lock is called stale.
 */
import { lstat, readlink } from 'node:fs/promises';
import { networkInterfaces } from 'node:os';
import { join } from 'node:path';
import { tryOpen as defaultTryOpen, type AccountsEnv } from './env.js';

/**
 * What the lock says: free; left by a crash (Thunderbird is not running, SendCheck may write and
 * says so); running; or cannot tell (then SendCheck must not write).
 */
export type LockState =
  | { state: 'free' }
  | { state: 'stale'; lockFile: string; pid: number }
  | { state: 'running'; lockFile: string }
  | { state: 'unknown'; detail: string };

async function exists(path: string): Promise<boolean> {
  try {
    await lstat(path);
    return true;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw err;
  }
}

/** The symlink's target, or null when there is no symlink at path (nothing, or another kind of file). */
async function linkTarget(path: string): Promise<string | null> {
  try {
    return await readlink(path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'EINVAL' || code === 'UNKNOWN') return null;
    throw err;
  }
}

/** An IPv4 address of this machine: loopback (Debian's 127.0.1.1 for the host name) or an interface's. */
function isThisMachine(address: string): boolean {
  if (address.startsWith('127.')) return true;
  const mine = Object.values(networkInterfaces()).flatMap((list) => list ?? []);
  return mine.some((i) => i.family === 'IPv4' && i.address === address);
}

/** kill(pid, 0): true when a process with that id runs here (EPERM: it runs, as someone else). */
function processRuns(pid: number): boolean | null {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ESRCH') return false;
    return code === 'EPERM' ? true : null;
  }
}

/** Does some process have the file open, by lsof? null: lsof could not say. */
async function heldOpen(file: string, env: AccountsEnv): Promise<boolean | null> {
  if (!env.runCommand) return null;
  // lsof -t prints the ids of processes that have the file open and exits 1 when there are none.
  const r = await env.runCommand('lsof', ['-t', '--', file]);
  if (/^\d+$/m.test(r.stdout)) return true;
  if (r.code === 1 && r.stdout.trim() === '') return false;
  return null;
}

/**
 * A symlink lock read as Gecko reads it: running unless its target is "address:pid" (with or
 * without "+") naming this machine and a pid that does not run here. Anything unusual counts as
 * running, which only means SendCheck does not write.
 */
async function symlinkLock(
  file: string,
  target: string,
  profileDir: string,
  env: AccountsEnv,
): Promise<LockState> {
  const running = { state: 'running', lockFile: file } as const;
  const m = /^(\d{1,3}(?:\.\d{1,3}){3}):\+?(\d{1,10})$/.exec(target);
  const pid = Number(m?.[2] ?? 0);
  if (!m || !Number.isSafeInteger(pid) || pid <= 0 || pid > 2 ** 31 - 1) return running;
  // Another machine's lock (a profile on a network folder), or pids from another namespace.
  if (!isThisMachine(m[1] ?? '') || /[\\/]\.var[\\/]app[\\/]/.test(profileDir)) return running;
  const runs = processRuns(pid);
  if (runs === null) return { state: 'unknown', detail: `cannot ask whether ${pid} runs` };
  if (runs) return running;
  // A second look: a Thunderbird that runs holds .parentlock open, whatever its pid says.
  const parentlock = join(profileDir, '.parentlock');
  if ((await exists(parentlock)) && (await heldOpen(parentlock, env)) === true)
    return { state: 'running', lockFile: parentlock };
  return { state: 'stale', lockFile: file, pid };
}

async function macLock(profileDir: string, env: AccountsEnv): Promise<LockState> {
  for (const name of ['.parentlock', 'parent.lock']) {
    const file = join(profileDir, name);
    const target = await linkTarget(file);
    if (target !== null) return symlinkLock(file, target, profileDir, env);
  }
  const fcntlFile = join(profileDir, '.parentlock');
  if (!(await exists(fcntlFile))) return { state: 'free' };
  const held = await heldOpen(fcntlFile, env);
  if (held === null)
    return { state: 'unknown', detail: 'lsof could not say who holds .parentlock' };
  return held ? { state: 'running', lockFile: fcntlFile } : { state: 'free' };
}

/**
 * Windows: parent.lock is tested by opening it (without creating or truncating it), never by its
 * existence: Thunderbird keeps the file after it exits. A sharing violation means it is open
 * without sharing, i.e. running; a file SendCheck may not open counts as running too; anything
 * else unexpected is "cannot tell".
 */
async function windowsLock(profileDir: string, env: AccountsEnv): Promise<LockState> {
  const file = join(profileDir, 'parent.lock');
  let r: 'open' | 'busy' | 'missing';
  try {
    r = await (env.tryOpen ?? defaultTryOpen)(file);
  } catch (err) {
    return { state: 'unknown', detail: `parent.lock: ${(err as NodeJS.ErrnoException).code}` };
  }
  return r === 'busy' ? { state: 'running', lockFile: file } : { state: 'free' };
}

/** The profile's lock state on the platform of env. */
export async function thunderbirdLock(profileDir: string, env: AccountsEnv): Promise<LockState> {
  if (env.platform === 'darwin') return macLock(profileDir, env);
  if (env.platform === 'win32') return windowsLock(profileDir, env);
  const file = join(profileDir, 'lock');
  const target = await linkTarget(file);
  if (target !== null) return symlinkLock(file, target, profileDir, env);
  // A `lock` that is not a symlink is not Thunderbird's: refuse rather than guess.
  return (await exists(file)) ? { state: 'running', lockFile: file } : { state: 'free' };
}
