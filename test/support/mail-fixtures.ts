/**
 * Temporary homes holding copies of the mail-program fixtures, laid out where each OS keeps them.
 * Tests never read the developer's own profiles: every reader gets one of these homes.
 */
import { spawn } from 'node:child_process';
import { cp, mkdir, rm, symlink } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeTempDirAsync } from './temp-dir.js';

/** test/fixtures/mail-programs, absolute. */
export const MAIL_FIXTURES = fileURLToPath(new URL('../fixtures/mail-programs/', import.meta.url));

/** A temporary home folder; remove() deletes it. */
export interface TempHome {
  home: string;
  appData: string;
  /** Stands in for C:\ (Becky!'s default data folder C:\Becky!). */
  systemDrive: string;
  remove(): Promise<void>;
}

/** Creates an empty temporary home with an AppData\Roaming and a stand-in system drive. */
export async function makeTempHome(): Promise<TempHome> {
  const base = await makeTempDirAsync('sendcheck-home-');
  const home = join(base, 'home');
  const appData = join(home, 'AppData', 'Roaming');
  const systemDrive = join(base, 'c-drive');
  await mkdir(appData, { recursive: true });
  await mkdir(systemDrive, { recursive: true });
  return { home, appData, systemDrive, remove: () => rm(base, { recursive: true, force: true }) };
}

/** Where Thunderbird keeps profiles.ini for a platform, inside a temporary home. */
export function thunderbirdRootIn(t: TempHome, platform: NodeJS.Platform): string {
  if (platform === 'win32') return join(t.appData, 'Thunderbird');
  if (platform === 'darwin') return join(t.home, 'Library', 'Thunderbird');
  return join(t.home, '.thunderbird');
}

/** Copies the Thunderbird fixture (profiles.ini and profiles) into the home for a platform. */
export async function installThunderbird(t: TempHome, platform: NodeJS.Platform): Promise<string> {
  const root = thunderbirdRootIn(t, platform);
  await cp(join(MAIL_FIXTURES, 'thunderbird'), root, { recursive: true });
  return root;
}

/** The Microsoft Store package family of Thunderbird (winget's MSIX manifest). */
export const STORE_FAMILY = 'MozillaThunderbird.MozillaThunderbird_jag0gd4e3s9p2';

/** How one installation of Thunderbird lays out its profiles (fixtures: thunderbird-installs/). */
export type InstallLayout =
  'snap-linked' | 'snap-copied' | 'flatpak' | 'msstore' | 'copied-windows-absolute' | 'xdg';

/** Where a layout's profiles.ini lives in the temporary home. */
export function installRootIn(t: TempHome, layout: InstallLayout): string {
  switch (layout) {
    case 'snap-linked':
    case 'snap-copied':
      return join(t.home, 'snap', 'thunderbird', 'common', '.thunderbird');
    case 'flatpak':
      return join(t.home, '.var', 'app', 'org.mozilla.Thunderbird', '.thunderbird');
    case 'xdg':
      return join(t.home, '.config', 'thunderbird');
    case 'msstore':
      return join(
        t.home,
        ...['AppData', 'Local', 'Packages', STORE_FAMILY, 'LocalCache', 'Roaming', 'Thunderbird'],
      );
    case 'copied-windows-absolute':
      return join(t.appData, 'Thunderbird');
  }
}

/**
 * Lays Thunderbird out in the home as that installation does (thunderbird-installs/README.md).
 * The snap layouts first install the distribution's ~/.thunderbird, then link or copy it as the
 * snap's launcher does. Resolves to the folder that holds the layout's profiles.ini.
 */
export async function installThunderbirdAs(t: TempHome, layout: InstallLayout): Promise<string> {
  const fixture = (name: string) => join(MAIL_FIXTURES, 'thunderbird-installs', name);
  const root = installRootIn(t, layout);
  if (layout === 'snap-linked' || layout === 'snap-copied') {
    const classic = await installThunderbird(t, 'linux');
    await cp(fixture('classic-deb/profiles.ini'), join(classic, 'profiles.ini'));
    await mkdir(join(root, '..'), { recursive: true });
    if (layout === 'snap-linked') {
      // A junction on Windows: it needs no privilege, and the snap exists only on Linux anyway.
      await symlink(classic, root, process.platform === 'win32' ? 'junction' : 'dir');
      return root;
    }
    await cp(classic, root, { recursive: true, preserveTimestamps: true });
    await cp(fixture('snap-copied/profiles.ini'), join(root, 'profiles.ini'));
    return root;
  }
  if (layout === 'copied-windows-absolute') {
    await cp(join(MAIL_FIXTURES, 'thunderbird'), root, { recursive: true });
    await cp(fixture(`${layout}/profiles.ini`), join(root, 'profiles.ini'));
    const work = join(root, 'Profiles', '7hf2mz0c.仕事');
    await cp(work, join(t.home, 'Documents', 'Thunderbird', '7hf2mz0c.仕事'), { recursive: true });
    await rm(work, { recursive: true });
    return root;
  }
  await cp(fixture(layout), root, { recursive: true });
  return root;
}

/** Copies a fixture folder to a path inside the temporary home (or system drive). */
export async function installFixture(from: string, to: string): Promise<void> {
  await cp(join(MAIL_FIXTURES, from), to, { recursive: true });
}

/**
 * The environment variables that make a child process (the real CLI) take the temporary home for
 * the user's own, on the OS the test runs on: HOME on Linux and macOS; USERPROFILE and APPDATA on
 * Windows, with what Windows needs to start a program at all (SystemRoot, the temporary folder).
 */
export function homeEnvFor(t: TempHome): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { PATH: process.env['PATH'], HOME: t.home };
  if (process.platform === 'win32') {
    for (const name of ['SystemRoot', 'TEMP', 'TMP', 'PATHEXT', 'ComSpec'])
      if (process.env[name] !== undefined) env[name] = process.env[name];
    env['USERPROFILE'] = t.home;
    env['APPDATA'] = t.appData;
    // Becky!'s C:\Becky! is looked for in the stand-in system drive, never the runner's own.
    env['SystemDrive'] = t.systemDrive.replace(/[\\/]+$/, '');
  }
  return env;
}

/**
 * Makes a Thunderbird profile look in use, the way Thunderbird marks it on the OS the test runs on
 * (electron/accounts/thunderbird-lock.ts): the `lock` symlink on Linux, the `parent.lock` symlink
 * on macOS, both naming this machine and a process that runs (the test's own: a pid that no longer
 * runs would be a lock left by a crash), and on Windows `parent.lock` held open without sharing by another process (PowerShell
 * here, Thunderbird in life). Resolves once the lock is in place, to a function that releases it.
 */
export async function holdThunderbirdLock(profileDir: string): Promise<() => Promise<void>> {
  if (process.platform === 'linux') {
    await symlink(`127.0.1.1:+${process.pid}`, join(profileDir, 'lock'));
    return () => rm(join(profileDir, 'lock'));
  }
  if (process.platform === 'darwin') {
    await symlink(`127.0.1.1:+${process.pid}`, join(profileDir, 'parent.lock'));
    return () => rm(join(profileDir, 'parent.lock'));
  }
  const file = join(profileDir, 'parent.lock').replaceAll("'", "''");
  const holder = spawn(
    'powershell.exe',
    [
      '-NoProfile',
      '-NonInteractive',
      '-Command',
      `$f = [System.IO.File]::Open('${file}', 'OpenOrCreate', 'ReadWrite', 'None'); ` +
        `[Console]::Out.WriteLine('ready'); [Console]::In.ReadLine() | Out-Null; $f.Close()`,
    ],
    { stdio: ['pipe', 'pipe', 'inherit'] },
  );
  await new Promise<void>((resolve, reject) => {
    holder.once('error', reject);
    holder.stdout.on('data', (d: Buffer) => {
      if (d.toString().includes('ready')) resolve();
    });
  });
  return async () => {
    const gone = new Promise((resolve) => holder.once('exit', resolve));
    holder.stdin.end('\n');
    await gone;
  };
}
