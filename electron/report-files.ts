/**
 * The files behind "Save report" and "Open report": the app's one atomic write and a read that
 * never takes more than a cap. Plain Node, no electron.
 */
import { open } from 'node:fs/promises';
import { replaceFile } from './atomic-write.js';

/** A file read with a cap: its text, or too large (nothing beyond the cap is read). */
export type CappedRead = { tooLarge: true } | { tooLarge: false; text: string };

/** Writes text as UTF-8, whole or not at all (electron/atomic-write.ts). */
export async function writeTextAtomically(path: string, text: string): Promise<void> {
  await replaceFile(path, text);
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
