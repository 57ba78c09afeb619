/**
 * Where the readers look and how they run outside commands. Everything comes from here, so tests
 * give a temporary HOME / APPDATA and never touch the developer's own mail programs.
 */
import { lstat, open } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join, win32 } from 'node:path';
import { runCommand, type RunCommand, type RunReg } from './run-command.js';
import { powershellOwnerCheck, powershellPath, type OwnedByUser } from './windows-owner.js';

/** Tries to open a file for writing: 'busy' when another process holds it without sharing. */
export type TryOpen = (path: string) => Promise<'open' | 'busy' | 'missing'>;

/** The user's environment as the readers see it. */
export interface AccountsEnv {
  /** The user's home folder ($HOME, %USERPROFILE%). */
  home: string;
  /** %APPDATA% on Windows (defaults to HOME\AppData\Roaming). */
  appData?: string;
  /** %LOCALAPPDATA% on Windows (defaults to HOME\AppData\Local): the Store packages' data. */
  localAppData?: string;
  platform: NodeJS.Platform;
  runReg?: RunReg;
  runCommand?: RunCommand;
  /** Runs tasklist.exe by its full path with these arguments (Windows): is Becky! running? */
  runTasklist?: RunReg;
  /** $XDG_CONFIG_HOME (Linux): Thunderbird 147 and later may keep its profiles there. */
  xdgConfigHome?: string;
  /** The root that holds C:\Becky! (tests give a temporary folder). */
  systemDrive?: string;
  tryOpen?: TryOpen;
  /**
   * Which folders the current user owns (Windows). Folders under C:\Becky! are read only when
   * it says so: any local user may create one there. Absent: none of them is read.
   */
  ownedByUser?: OwnedByUser;
  /**
   * Whether a snap is installed on this machine; absent when nobody can tell (a copied folder).
   * Decides which of two copies of Thunderbird's profiles the snap is using.
   */
  snapInstalled?: (name: string) => Promise<boolean>;
  /**
   * The home is a copy taken from another machine (`accounts --from`): nothing is run, no registry
   * or system folder is read, absolute paths in the files are looked for inside the copy, and no
   * account is offered for fixing.
   */
  copied?: boolean;
}

/**
 * The Windows folder: %SystemRoot% when it is an absolute path on a drive, else C:\Windows.
 * System programs are run from there by full path, never looked up by name.
 */
export function windowsDir(env: NodeJS.ProcessEnv): string {
  const root = env.SystemRoot ?? env.SYSTEMROOT ?? '';
  // Only an absolute drive path: a relative one would be looked up from the working folder.
  return /^[A-Za-z]:\\/.test(root) && !root.includes('\0') ? root : 'C:\\Windows';
}

/** reg.exe by its full path under %SystemRoot%\System32. */
export function regExePath(env: NodeJS.ProcessEnv): string {
  return win32.join(windowsDir(env), 'System32', 'reg.exe');
}

/** %APPDATA%, or its standard place under the home folder. */
export function appDataDir(env: Pick<AccountsEnv, 'home' | 'appData'>): string {
  return env.appData ?? join(env.home, 'AppData', 'Roaming');
}

/** %LOCALAPPDATA%, or its standard place under the home folder. */
export function localAppDataDir(env: Pick<AccountsEnv, 'home' | 'localAppData'>): string {
  return env.localAppData ?? join(env.home, 'AppData', 'Local');
}

/**
 * snapd mounts every installed snap at <mount>/<name>/<revision> and links <mount>/<name>/current
 * to the revision in use (snapcraft's documentation, "The snap directory"); the mount folder is
 * /snap (Debian, Ubuntu) or /var/lib/snapd/snap (Fedora, Arch). The link exists while it is
 * installed.
 */
export async function snapInstalled(name: string): Promise<boolean> {
  for (const mount of ['/snap', '/var/lib/snapd/snap']) {
    try {
      await lstat(join(mount, name, 'current'));
      return true;
    } catch {
      // Not in this mount folder.
    }
  }
  return false;
}

/** Opens for writing and closes at once; a sharing violation (EBUSY) means another process holds it. */
export async function tryOpen(path: string): Promise<'open' | 'busy' | 'missing'> {
  try {
    const fh = await open(path, 'r+');
    await fh.close();
    return 'open';
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return 'missing';
    if (code === 'EBUSY' || code === 'EPERM' || code === 'EACCES') return 'busy';
    throw err;
  }
}

/**
 * The environment of this process (the app and the CLI). run: how commands are run (tests give a
 * recording fake; the real one runs them without a shell).
 */
export function processAccountsEnv(
  env: NodeJS.ProcessEnv = process.env,
  run: RunCommand = runCommand,
  platform: NodeJS.Platform = process.platform,
): AccountsEnv {
  const home = (platform === 'win32' ? env.USERPROFILE : env.HOME) || env.HOME || homedir();
  return {
    home,
    ...(env.APPDATA ? { appData: env.APPDATA } : {}),
    ...(env.LOCALAPPDATA ? { localAppData: env.LOCALAPPDATA } : {}),
    ...(platform === 'linux' && env.XDG_CONFIG_HOME ? { xdgConfigHome: env.XDG_CONFIG_HOME } : {}),
    platform,
    runReg: (args) => run(regExePath(env), args),
    runTasklist: (args) => run(win32.join(windowsDir(env), 'System32', 'tasklist.exe'), args),
    runCommand: run,
    ...(env.SystemDrive ? { systemDrive: `${env.SystemDrive}\\` } : {}),
    tryOpen,
    ownedByUser: powershellOwnerCheck(powershellPath(windowsDir(env)), run),
    ...(platform === 'linux' ? { snapInstalled } : {}),
  };
}
