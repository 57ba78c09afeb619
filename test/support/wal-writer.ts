/**
 * Writes a SQLite write-ahead log for tests, as sqlite.org's "Database File Format" (section 4)
 * lays it out: a 32-byte header with its checksum, then frames of a 24-byte header and one page,
 * each carrying the header's salts and the running checksum. Lets tests and the fuzz target make
 * logs whose checksums hold, so the reader's frame rules (not just its checksum test) are reached.
 */

/** One frame: which page it writes, and the database size in pages when it commits (0: no commit). */
export interface WalFrame {
  page: number;
  commitSize: number;
  fill: number;
}

function add(s: [number, number], view: DataView, at: number, length: number): void {
  for (let i = at; i < at + length; i += 8) {
    s[0] = (s[0] + view.getUint32(i, true) + s[1]) >>> 0;
    s[1] = (s[1] + view.getUint32(i + 4, true) + s[0]) >>> 0;
  }
}

/** A log (little-endian checksums, magic 0x377f0682) for a database of the given page size. */
export function writeWal(
  pageSize: number,
  frames: WalFrame[],
  salts: [number, number] = [7, 9],
): Uint8Array {
  const out = new Uint8Array(32 + frames.length * (24 + pageSize));
  const view = new DataView(out.buffer);
  view.setUint32(0, 0x377f0682);
  view.setUint32(4, 3007000);
  view.setUint32(8, pageSize);
  view.setUint32(16, salts[0]);
  view.setUint32(20, salts[1]);
  const s: [number, number] = [0, 0];
  add(s, view, 0, 24);
  view.setUint32(24, s[0]);
  view.setUint32(28, s[1]);
  frames.forEach((f, i) => {
    const at = 32 + i * (24 + pageSize);
    view.setUint32(at, f.page);
    view.setUint32(at + 4, f.commitSize);
    view.setUint32(at + 8, salts[0]);
    view.setUint32(at + 12, salts[1]);
    out.fill(f.fill, at + 24, at + 24 + pageSize);
    add(s, view, at, 8);
    add(s, view, at + 24, pageSize);
    view.setUint32(at + 16, s[0]);
    view.setUint32(at + 20, s[1]);
  });
  return out;
}
