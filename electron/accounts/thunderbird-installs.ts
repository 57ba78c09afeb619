/**
 * Where each installation of Thunderbird keeps its profiles (docs/account-readers.md, "Thunderbird's
 * installations"), how a profiles.ini path is found inside a copied home, and which copy of a
 * profile the installed program uses when there are two.
 *
 * - Classic: %APPDATA%\Thunderbird, ~/Library/Thunderbird, ~/.thunderbird (Mozilla's support
 *   article "Profiles - Where Thunderbird stores your messages and other user data").
 * - Classic on Linux from Gecko 143 (Thunderbird 147 and later): when ~/.thunderbird does not exist
 *   (and MOZ_LEGACY_HOME is not set), $XDG_CONFIG_HOME/thunderbird, ~/.config/thunderbird without
 *   it (Mozilla's toolkit/xre/nsXREDirProvider: AppendLegacyOrXDGHomePath, LegacyHomeExists;
 *   firefox-source-docs, "Dot Mozilla Reference": Gecko prefers the XDG folders after 143, bug
 *   259356). Both folders are read; a profile in both under the same relative path is the one of
 *   ~/.thunderbird, the folder Gecko uses when it exists.
 * - Ubuntu's snap sets HOME=$SNAP_USER_COMMON, so it uses ~/snap/thunderbird/common/.thunderbird
 *   (ubuntu/thunderbird snapcraft.yaml). Its launcher either copied ~/.thunderbird there on the
 *   first start (`cp -a`, launchers from 2022 to early 2025) or, since, makes that folder a link to
 *   ~/.thunderbird (thunderbird.launcher, "Symlink to ~/.thunderbird if it exists").
 * - Flathub's flatpak persists ~/.var/app/org.mozilla.Thunderbird/.thunderbird
 *   (flathub/org.mozilla.Thunderbird, org.mozilla.Thunderbird.json, `--persist=.thunderbird`).
 * - The Microsoft Store (MSIX) package: Windows redirects a packaged app's AppData\Roaming to
 *   %LOCALAPPDATA%\Packages\<package family>\LocalCache\Roaming (Microsoft Learn, "Understanding
 *   how packaged desktop apps run on Windows"); the family is
 *   MozillaThunderbird.MozillaThunderbird_jag0gd4e3s9p2 (winget's Mozilla.Thunderbird.MSIX
 *   manifest). Any family starting with MozillaThunderbird. is read, in case the Store's differs.
 */
import { readdir, realpath } from 'node:fs/promises';
import { dirname, isAbsolute, join, posix, win32 } from 'node:path';
import type { ThunderbirdInstall } from '../../shared/accounts.js';
import { appDataDir, localAppDataDir, type AccountsEnv } from './env.js';

/** A folder that may hold profiles.ini, and the installation that uses it. */
export interface ThunderbirdRoot {
  install: ThunderbirdInstall;
  dir: string;
}

const STORE_FAMILY = /^MozillaThunderbird\./i;

async function storeRoots(env: AccountsEnv): Promise<ThunderbirdRoot[]> {
  const packages = join(localAppDataDir(env), 'Packages');
  let names: string[];
  try {
    names = (await readdir(packages)).filter((n) => STORE_FAMILY.test(n)).sort();
  } catch {
    return [];
  }
  return names.map((n) => ({
    install: 'msstore' as const,
    dir: join(packages, n, 'LocalCache', 'Roaming', 'Thunderbird'),
  }));
}

/**
 * $XDG_CONFIG_HOME when it is set to an absolute path (the XDG Base Directory Specification
 * ignores a relative one), else ~/.config. A copied home has only its own ~/.config.
 */
export function xdgConfigHome(env: Pick<AccountsEnv, 'home' | 'xdgConfigHome' | 'copied'>): string {
  const set = env.copied ? undefined : env.xdgConfigHome;
  return set !== undefined && posix.isAbsolute(set) ? set : join(env.home, '.config');
}

/** The folders that may hold profiles.ini for the layout's OS, the classic one first. */
export async function thunderbirdRoots(env: AccountsEnv): Promise<ThunderbirdRoot[]> {
  if (env.platform === 'win32')
    return [
      { install: 'classic', dir: join(appDataDir(env), 'Thunderbird') },
      ...(await storeRoots(env)),
    ];
  if (env.platform === 'darwin')
    return [{ install: 'classic', dir: join(env.home, 'Library', 'Thunderbird') }];
  return [
    { install: 'classic', dir: join(env.home, '.thunderbird') },
    { install: 'classic', dir: join(xdgConfigHome(env), 'thunderbird') },
    { install: 'snap', dir: join(env.home, 'snap', 'thunderbird', 'common', '.thunderbird') },
    {
      install: 'flatpak',
      dir: join(env.home, '.var', 'app', 'org.mozilla.Thunderbird', '.thunderbird'),
    },
  ];
}

/** The real path, or null when there is nothing there. */
export async function realOrNull(path: string): Promise<string | null> {
  try {
    return await realpath(path);
  } catch {
    return null;
  }
}

/** The user's home folder as the layout's OS writes it (Windows, macOS, Linux), with what is below it. */
const HOME_PREFIX: Record<'win32' | 'darwin' | 'linux', RegExp> = {
  win32: /^[A-Za-z]:\\Users\\[^\\]+\\(.+)$/i,
  darwin: /^\/Users\/[^/]+\/(.+)$/,
  linux: /^\/(?:home\/[^/]+|root)\/(.+)$/,
};

/**
 * Where an absolute path written on the copied machine is inside the copy: the part below the
 * user's home folder, under the copy (an AppData\… path under the copied AppData when only AppData
 * was copied). Null for anything outside the home, or a path with `..`: never outside the copy.
 */
export function insideCopy(
  path: string,
  env: Pick<AccountsEnv, 'platform' | 'home' | 'appData'>,
): string | null {
  const os = env.platform === 'win32' ? 'win32' : env.platform === 'darwin' ? 'darwin' : 'linux';
  const rest = HOME_PREFIX[os].exec(path)?.[1];
  if (rest === undefined) return null;
  const parts = rest.split(os === 'win32' ? /[\\/]+/ : /\/+/).filter((p) => p !== '');
  if (parts.some((p) => p === '..' || p === '.')) return null;
  if (os === 'win32' && /^appdata$/i.test(parts[0] ?? ''))
    return join(dirname(appDataDir(env)), ...parts.slice(1));
  return join(env.home, ...parts);
}

/** Whether a path is absolute on the layout's OS (not necessarily on this machine's). */
export function absoluteIn(env: Pick<AccountsEnv, 'platform'>, path: string): boolean {
  return env.platform === 'win32' ? win32.isAbsolute(path) : posix.isAbsolute(path);
}

/**
 * The folder a profiles.ini entry names. IsRelative=1: below the root, always with '/' (also on
 * Windows). IsRelative=0: an absolute path of the layout's OS (Mozilla's toolkit/profile docs);
 * on this machine it is used as it is, in a copied home it is looked for inside the copy. Null when
 * it cannot be read here (a Windows path on another OS, a path outside the copy).
 */
export function profileDirOf(
  root: string,
  path: string,
  isRelative: boolean,
  env: Pick<AccountsEnv, 'platform' | 'copied' | 'home' | 'appData'>,
): string | null {
  if (isRelative && !absoluteIn(env, path)) {
    const parts = path.split('/').filter((p) => p !== '');
    // A copy is read only inside itself.
    if (env.copied && parts.some((p) => p === '..')) return null;
    return join(root, ...parts);
  }
  if (env.copied) return insideCopy(path, env);
  // On this machine the path is taken as it is, but only when it is absolute here too.
  return isAbsolute(path) ? path : null;
}

/**
 * Whether the snap's own copy of the profiles is the one in use rather than ~/.thunderbird. The
 * launcher copies only when the snap starts and its folder is missing, so a copy means the snap
 * has run; `snap remove` deletes ~/snap/<name> (snapcraft's documentation, "Snapshots"). Where
 * this machine can say whether the snap is installed, that decides; a copied home cannot say, and
 * the snap's copy wins.
 */
export async function snapCopyInUse(env: AccountsEnv): Promise<boolean> {
  return env.snapInstalled ? env.snapInstalled('thunderbird') : true;
}
