/**
 * Where the readers look and how they run outside commands. Everything comes from here, so tests
 * give a temporary HOME / APPDATA and never touch the developer's own mail programs.
 */
import { execFile } from 'node:child_process';
import { open } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { decodeWindowsText } from './ini.js';

/** The outcome of one outside command (stdout decoded). */
export interface CommandResult {
  code: number;
  stdout: string;
}

/** Runs `reg.exe` with these arguments (Windows only). */
export type RunReg = (args: string[]) => Promise<CommandResult>;
/** Runs a program with these arguments (lsof on macOS). */
export type RunCommand = (file: string, args: string[]) => Promise<CommandResult>;
/** Tries to open a file for writing: 'busy' when another process holds it without sharing. */
export type TryOpen = (path: string) => Promise<'open' | 'busy' | 'missing'>;

/** The user's environment as the readers see it. */
export interface AccountsEnv {
  /** The user's home folder ($HOME, %USERPROFILE%). */
  home: string;
  /** %APPDATA% on Windows (defaults to HOME\AppData\Roaming). */
  appData?: string;
  platform: NodeJS.Platform;
  runReg?: RunReg;
  runCommand?: RunCommand;
  /** The root that holds C:\Becky! (tests give a temporary folder). */
  systemDrive?: string;
  tryOpen?: TryOpen;
}

/** %APPDATA%, or its standard place under the home folder. */
export function appDataDir(env: AccountsEnv): string {
  return env.appData ?? join(env.home, 'AppData', 'Roaming');
}

/** Runs a command without a shell; never rejects (a missing program is code -1). */
export function runCommand(file: string, args: string[]): Promise<CommandResult> {
  return new Promise((resolve) => {
    execFile(
      file,
      args,
      { encoding: 'buffer', windowsHide: true, timeout: 10_000, maxBuffer: 8 * 1024 * 1024 },
      (err, stdout) => {
        const code = err ? (typeof err.code === 'number' ? err.code : -1) : 0;
        resolve({ code, stdout: decodeWindowsText(stdout) });
      },
    );
  });
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

/** The environment of this process (the app and the CLI). */
export function processAccountsEnv(env: NodeJS.ProcessEnv = process.env): AccountsEnv {
  const platform = process.platform;
  const home = (platform === 'win32' ? env.USERPROFILE : env.HOME) || env.HOME || homedir();
  return {
    home,
    ...(env.APPDATA ? { appData: env.APPDATA } : {}),
    platform,
    runReg: (args) => runCommand('reg', args),
    runCommand,
    ...(env.SystemDrive ? { systemDrive: `${env.SystemDrive}\\` } : {}),
    tryOpen,
  };
}
