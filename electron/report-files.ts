/**
 * The files behind "Save report" and "Open report": an atomic write (temporary file beside the
 * target, then rename) and a read that never takes more than a cap. Plain Node, no electron.
 */
import { randomBytes } from 'node:crypto';
import { open, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { CappedRead } from './ipc/support-handlers.js';

/** Writes text as UTF-8: a temporary file in the same folder, fsync, rename over the target. */
export async function writeTextAtomically(path: string, text: string): Promise<void> {
  const tmp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  const fh = await open(tmp, 'wx', 0o644);
  try {
    await fh.writeFile(text, 'utf8');
    await fh.sync();
  } finally {
    await fh.close();
  }
  try {
    await rename(tmp, path);
  } catch (err) {
    await unlink(tmp).catch(() => undefined);
    throw err;
  }
}

/** Reads a file as UTF-8, at most maxBytes; a longer file is too large and is not read further. */
export async function readTextCapped(path: string, maxBytes: number): Promise<CappedRead> {
  const fh = await open(path, 'r');
  try {
    // One byte more than the cap tells a file of exactly the cap from a longer one.
    const buf = Buffer.alloc(maxBytes + 1);
    let filled = 0;
    while (filled < buf.length) {
      const { bytesRead } = await fh.read(buf, filled, buf.length - filled, filled);
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
    if (filled > maxBytes) return { tooLarge: true };
    return { tooLarge: false, text: buf.subarray(0, filled).toString('utf8') };
  } finally {
    await fh.close();
  }
}
