/**
 * A home folder (or AppData folder) copied from a customer's machine, read as that machine's OS
 * lays it out: the readers' environment for `sendcheck accounts --from DIR --os …`
 * (docs/account-readers.md, "Reading a copied folder"). It runs nothing, reads no registry and no
 * folder outside the copy, and offers nothing for fixing.
 */
import { readdir, realpath, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { AccountsEnv } from './env.js';

/** The OS whose layout a copied folder has, as the command line names it. */
export const COPIED_OS = ['windows', 'macos', 'linux'] as const;
/** One of COPIED_OS. */
export type CopiedOs = (typeof COPIED_OS)[number];

const PLATFORM: Record<CopiedOs, NodeJS.Platform> = {
  windows: 'win32',
  macos: 'darwin',
  linux: 'linux',
};

/** Whether a string names one of COPIED_OS. */
export function isCopiedOs(value: string): value is CopiedOs {
  return (COPIED_OS as readonly string[]).includes(value);
}

/** The names in a folder, without case (a copy made on Windows or macOS may change it). */
async function namesIn(dir: string): Promise<Set<string>> {
  try {
    return new Set((await readdir(dir)).map((n) => n.toLowerCase()));
  } catch {
    return new Set();
  }
}

/**
 * The OS whose layout the folder has, when --os is not given, from what only that OS puts in a
 * home: Thunderbird's Linux folders (.thunderbird, .config/thunderbird, snap, .var), macOS's Library, Windows' AppData
 * (or the Roaming and Local of a copied AppData folder). Nothing of these: Windows, the OS of most
 * customers.
 */
export async function guessCopiedOs(dir: string): Promise<CopiedOs> {
  const names = await namesIn(dir);
  const has = (...n: string[]) => n.some((x) => names.has(x));
  if (has('.thunderbird', 'snap', '.var')) return 'linux';
  if (has('.config') && (await namesIn(join(dir, '.config'))).has('thunderbird')) return 'linux';
  if (has('library')) return 'macos';
  return 'windows';
}

/** The copy as the readers' environment, or why it cannot be read. */
export type CopiedHome =
  { ok: true; env: AccountsEnv; os: CopiedOs } | { ok: false; problem: 'missing' | 'not_folder' };

/**
 * The readers' environment for a copied folder. On Windows the folder may be the home (with
 * AppData\Roaming and AppData\Local) or the AppData folder itself (Roaming and Local); a copy of
 * C:\Becky! may sit in it as Becky!.
 */
export async function copiedHome(dir: string, os?: CopiedOs): Promise<CopiedHome> {
  let home: string;
  try {
    home = await realpath(dir);
    if (!(await stat(home)).isDirectory()) return { ok: false, problem: 'not_folder' };
  } catch {
    return { ok: false, problem: 'missing' };
  }
  const layout = os ?? (await guessCopiedOs(home));
  const env: AccountsEnv = { home, platform: PLATFORM[layout], copied: true };
  if (layout === 'windows') {
    const names = await namesIn(home);
    const appDataRoot =
      !names.has('appdata') && (names.has('roaming') || names.has('local'))
        ? home
        : join(home, 'AppData');
    env.appData = join(appDataRoot, 'Roaming');
    env.localAppData = join(appDataRoot, 'Local');
    // Becky!'s C:\Becky! is looked for as DIR\Becky!, the copy's own folder.
    env.systemDrive = home;
  }
  return { ok: true, env, os: layout };
}
