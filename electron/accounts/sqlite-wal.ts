/**
 * Folds a SQLite write-ahead log (the "-wal" file beside a database in WAL mode) into a copy of
 * the database image, as SQLite itself recovers a WAL (sqlite.org, "Database File Format",
 * section 4 "The Write-Ahead Log"): a 32-byte header (magic 0x377f0682/3, version, page size,
 * checkpoint sequence, two salts, a checksum), then frames of a 24-byte header (page number, the
 * database size in pages for a commit frame, the salts, a running checksum) and one page. Frames
 * count only while their salts match the header and the running checksum holds, and only up to the
 * last commit frame among them: a transaction being written is not seen. Core Data keeps the
 * system's account database in WAL mode, so recent changes may live only in the -wal file.
 */

const WAL_HEADER = 32;
const FRAME_HEADER = 24;
/** The largest database image the log may grow to. */
export const WAL_MAX_IMAGE_BYTES = 64 * 1024 * 1024;

function pageSizeOf(dbImage: Uint8Array): number {
  const raw = ((dbImage[16] as number) << 8) | (dbImage[17] as number);
  return raw === 1 ? 65536 : raw;
}

/** The running checksum of SQLite's WAL over 8-byte steps, words read big- or little-endian. */
function checksum(
  view: DataView,
  at: number,
  length: number,
  s: [number, number],
  bigEndian: boolean,
): void {
  for (let i = at; i < at + length; i += 8) {
    s[0] = (s[0] + view.getUint32(i, !bigEndian) + s[1]) >>> 0;
    s[1] = (s[1] + view.getUint32(i + 4, !bigEndian) + s[0]) >>> 0;
  }
}

/**
 * The database image with the log's committed frames applied, marked as a rollback-journal
 * database so no reader looks for a log again. A log that does not belong to this database (bad
 * magic, another page size, a broken header checksum) is ignored: the image comes back as it was.
 */
export function applyWal(dbImage: Uint8Array, wal: Uint8Array): Uint8Array {
  if (dbImage.length < 100 || wal.length < WAL_HEADER) return dbImage;
  const view = new DataView(wal.buffer, wal.byteOffset, wal.byteLength);
  const magic = view.getUint32(0);
  if (magic !== 0x377f0682 && magic !== 0x377f0683) return dbImage;
  const bigEndian = magic === 0x377f0683;
  const pageSize = view.getUint32(8);
  const validSize = pageSize >= 512 && pageSize <= 65536 && (pageSize & (pageSize - 1)) === 0;
  if (!validSize || pageSize !== pageSizeOf(dbImage)) return dbImage;
  const s: [number, number] = [0, 0];
  checksum(view, 0, 24, s, bigEndian);
  if (s[0] !== view.getUint32(24) || s[1] !== view.getUint32(28)) return dbImage;
  const salt1 = view.getUint32(16);
  const salt2 = view.getUint32(20);

  const pending = new Map<number, number>();
  const committed = new Map<number, number>();
  let pages = Math.floor(dbImage.length / pageSize);
  for (
    let at = WAL_HEADER;
    at + FRAME_HEADER + pageSize <= wal.length;
    at += FRAME_HEADER + pageSize
  ) {
    if (view.getUint32(at + 8) !== salt1 || view.getUint32(at + 12) !== salt2) break;
    checksum(view, at, 8, s, bigEndian);
    checksum(view, at + FRAME_HEADER, pageSize, s, bigEndian);
    if (s[0] !== view.getUint32(at + 16) || s[1] !== view.getUint32(at + 20)) break;
    const page = view.getUint32(at);
    if (page === 0) break;
    pending.set(page, at + FRAME_HEADER);
    const sizeAfterCommit = view.getUint32(at + 4);
    if (sizeAfterCommit > 0) {
      for (const [p, from] of pending) committed.set(p, from);
      pending.clear();
      pages = sizeAfterCommit;
    }
  }
  if (committed.size === 0) return dbImage;
  if (pages * pageSize > WAL_MAX_IMAGE_BYTES)
    throw new Error('sqlite: the log would grow the database past its cap');
  const out = new Uint8Array(pages * pageSize);
  out.set(dbImage.subarray(0, Math.min(dbImage.length, out.length)));
  for (const [page, from] of committed)
    if (page <= pages) out.set(wal.subarray(from, from + pageSize), (page - 1) * pageSize);
  // File format version numbers: 1 = rollback journal, 2 = WAL.
  out[18] = 1;
  out[19] = 1;
  return out;
}
