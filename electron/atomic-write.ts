/**
 * The one way SendCheck writes a file the user keeps (a saved report, settings.json, Thunderbird's
 * prefs.js and its backup): whole or not at all. A new file is written durably ('wx' never
 * overwrites, fsync before close); a file that is replaced gets a temporary file beside it, written
 * the same way, then a rename over the target, so a crash or a full disk leaves the old file as it
 * was. Plain Node, no electron.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, open, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** Writes a file that must not exist yet: refuses to overwrite (EEXIST), fsync before close. */
export async function writeNewFile(
  path: string,
  data: string | Uint8Array,
  mode = 0o644,
): Promise<void> {
  const fh = await open(path, 'wx', mode);
  try {
    await fh.writeFile(data);
    await fh.sync();
  } finally {
    await fh.close();
  }
}

/** How replaceFile writes. */
export interface ReplaceOptions {
  /** The new file's permission bits (default 0o644). */
  mode?: number;
  /** Creates the folder first when it is missing. */
  makeFolder?: boolean;
  /**
   * A last look just before the rename; throwing refuses the write (the temporary file goes,
   * the target stays as it was). Thunderbird's fix checks here that nobody changed prefs.js.
   */
  beforeRename?: () => Promise<void>;
}

/** Replaces (or creates) a file whole: a temporary file in the same folder, then a rename. */
export async function replaceFile(
  path: string,
  data: string | Uint8Array,
  options: ReplaceOptions = {},
): Promise<void> {
  if (options.makeFolder) await mkdir(dirname(path), { recursive: true });
  const tmp = join(
    dirname(path),
    `.${basename(path)}.sendcheck-${randomBytes(6).toString('hex')}.tmp`,
  );
  await writeNewFile(tmp, data, options.mode ?? 0o644);
  try {
    await options.beforeRename?.();
    await rename(tmp, path);
  } catch (err) {
    await unlink(tmp).catch(() => undefined);
    throw err;
  }
}
