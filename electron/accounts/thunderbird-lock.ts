/**
 * Is Thunderbird using this profile right now? Mozilla's nsProfileLock:
 * - Linux and other Unix: a symlink named `lock` (target "address:+pid") exists while it runs; the
 *   `.parentlock` file stays after exit and only holds an fcntl lock, so its presence says nothing.
 * - macOS: an fcntl lock on `.parentlock` (the file stays after exit), or on file systems without
 *   fcntl a `parent.lock` symlink. Node cannot ask for fcntl locks, so `lsof` says who holds it.
 * - Windows: `parent.lock`, opened without sharing while it runs and kept after exit; a second open
 *   fails with a sharing violation (EBUSY).
 */
import { lstat } from 'node:fs/promises';
import { join } from 'node:path';
import { tryOpen as defaultTryOpen, type AccountsEnv } from './env.js';

/** What the lock says: running, free, or cannot tell (then SendCheck must not write). */
export type LockState =
  { state: 'free' } | { state: 'running'; lockFile: string } | { state: 'unknown'; detail: string };

async function exists(path: string): Promise<boolean> {
  try {
    await lstat(path);
    return true;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw err;
  }
}

async function macLock(profileDir: string, env: AccountsEnv): Promise<LockState> {
  const symlink = join(profileDir, 'parent.lock');
  if (await exists(symlink)) return { state: 'running', lockFile: symlink };
  const fcntlFile = join(profileDir, '.parentlock');
  if (!(await exists(fcntlFile))) return { state: 'free' };
  if (!env.runCommand) return { state: 'unknown', detail: 'no way to run lsof' };
  // lsof -t prints the ids of processes that have the file open and exits 1 when there are none.
  const r = await env.runCommand('lsof', ['-t', '--', fcntlFile]);
  if (/^\d+$/m.test(r.stdout)) return { state: 'running', lockFile: fcntlFile };
  if (r.code === 1 && r.stdout.trim() === '') return { state: 'free' };
  return { state: 'unknown', detail: `lsof exited with ${r.code}` };
}

/** The profile's lock state on the platform of env. */
export async function thunderbirdLock(profileDir: string, env: AccountsEnv): Promise<LockState> {
  if (env.platform === 'darwin') return macLock(profileDir, env);
  if (env.platform === 'win32') {
    const file = join(profileDir, 'parent.lock');
    const r = await (env.tryOpen ?? defaultTryOpen)(file);
    return r === 'busy' ? { state: 'running', lockFile: file } : { state: 'free' };
  }
  // A `lock` left behind by a crash also refuses: Thunderbird removes it at its next start and exit.
  const file = join(profileDir, 'lock');
  return (await exists(file)) ? { state: 'running', lockFile: file } : { state: 'free' };
}
