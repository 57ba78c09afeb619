/**
 * Test helper: new empty folders under the OS's temporary folder, by their REAL path. On macOS
 * the temporary folder is reached through a symlink (/var → /private/var), and on Windows it may
 * be given in its short 8.3 form; Node's module cache, child processes and realpath-based checks
 * all use the real path, so a test that kept the path as given would compare or clear the wrong one.
 */
import { mkdtempSync, realpathSync } from 'node:fs';
import { mkdtemp, realpath } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** Creates a new folder named prefix + random characters and returns its real path. */
export function makeTempDir(prefix: string): string {
  return realpathSync.native(mkdtempSync(path.join(tmpdir(), prefix)));
}

/** makeTempDir, asynchronously. */
export async function makeTempDirAsync(prefix: string): Promise<string> {
  return realpath(await mkdtemp(path.join(tmpdir(), prefix)));
}
