/**
 * Temporary homes holding copies of the mail-program fixtures, laid out where each OS keeps them.
 * Tests never read the developer's own profiles: every reader gets one of these homes.
 */
import { cp, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

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
  const base = await mkdtemp(join(tmpdir(), 'sendcheck-home-'));
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

/** Copies a fixture folder to a path inside the temporary home (or system drive). */
export async function installFixture(from: string, to: string): Promise<void> {
  await cp(join(MAIL_FIXTURES, from), to, { recursive: true });
}
