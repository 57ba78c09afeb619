/**
 * Binary property lists ("bplist00"), read from Apple's published description of the format (the
 * comment at the top of CoreFoundation's CFBinaryPList.c, and its trailer struct): an 8-byte
 * header, the objects (a marker byte, high nibble the type, low nibble a size), a table of their
 * offsets, and a 32-byte trailer that says how wide the offsets and object references are, how
 * many objects there are, which one is the top, and where the offset table starts.
 *
 * The input is untrusted (a file in the user's Library, a blob from a database), so every size,
 * offset and count is checked against the bytes actually there before it is used, nesting is
 * capped, a reference back to an object still being read is refused, and the number of values
 * produced is capped, so that objects shared many times over cannot make a small file expand into
 * a huge tree. Anything out of bounds throws an Error; nothing loops or reads past the end.
 */
import type { PlistValue } from './plist-value.js';
import { PlistUid } from './plist-value.js';

/** The largest binary plist read at all. Mail's files and the account database's values are far smaller. */
export const BPLIST_MAX_BYTES = 8 * 1024 * 1024;
/** The deepest nesting of arrays and dictionaries read. */
export const BPLIST_MAX_DEPTH = 64;
/** The most values one read may produce (shared objects count each time they appear). */
export const BPLIST_MAX_VALUES = 50_000;

const HEADER = 'bplist00';
const TRAILER = 32;
// Seconds from 1970-01-01 to CoreFoundation's reference date, 2001-01-01 (UTC).
const CF_EPOCH_SECONDS = 978_307_200;

interface Trailer {
  offsetSize: number;
  refSize: number;
  count: number;
  top: number;
  tableAt: number;
}

/** True when the bytes start like a binary plist. */
export function isBinaryPlist(bytes: Uint8Array): boolean {
  return (
    bytes.length >= HEADER.length && Buffer.from(bytes.subarray(0, 8)).toString('latin1') === HEADER
  );
}

function uint(bytes: Uint8Array, at: number, size: number): number {
  let n = 0;
  for (let i = 0; i < size; i++) n = n * 256 + (bytes[at + i] as number);
  if (!Number.isSafeInteger(n)) throw new Error('bplist: number too large');
  return n;
}

function trailerOf(bytes: Uint8Array): Trailer {
  const at = bytes.length - TRAILER;
  const offsetSize = bytes[at + 6] as number;
  const refSize = bytes[at + 7] as number;
  if (offsetSize < 1 || offsetSize > 8 || refSize < 1 || refSize > 8)
    throw new Error('bplist: bad trailer sizes');
  const count = uint(bytes, at + 8, 8);
  const top = uint(bytes, at + 16, 8);
  const tableAt = uint(bytes, at + 24, 8);
  if (count < 1 || top >= count) throw new Error('bplist: bad object count');
  if (tableAt < HEADER.length || tableAt + count * offsetSize > at)
    throw new Error('bplist: offset table out of bounds');
  return { offsetSize, refSize, count, top, tableAt };
}

class Reader {
  private readonly offsets: number[] = [];
  private readonly reading = new Set<number>();
  private produced = 0;

  constructor(
    private readonly bytes: Uint8Array,
    private readonly t: Trailer,
  ) {
    for (let i = 0; i < t.count; i++) {
      const off = uint(bytes, t.tableAt + i * t.offsetSize, t.offsetSize);
      // Objects lie between the header and the offset table.
      if (off < HEADER.length || off >= t.tableAt)
        throw new Error('bplist: object offset out of bounds');
      this.offsets.push(off);
    }
  }

  top(): PlistValue {
    return this.object(this.t.top, 0);
  }

  /** Checks that n bytes from at lie before the offset table. */
  private need(at: number, n: number): void {
    if (n < 0 || at + n > this.t.tableAt) throw new Error('bplist: object runs past its end');
  }

  /** The count in a marker's low nibble, or in the int object after it when the nibble is 0xF. */
  private length(at: number, nibble: number): { n: number; body: number } {
    if (nibble !== 0xf) return { n: nibble, body: at + 1 };
    this.need(at + 1, 1);
    const marker = this.bytes[at + 1] as number;
    if (marker >> 4 !== 0x1 || (marker & 0xf) > 3) throw new Error('bplist: bad length');
    const size = 1 << (marker & 0xf);
    this.need(at + 2, size);
    return { n: uint(this.bytes, at + 2, size), body: at + 2 + size };
  }

  private ref(at: number): number {
    const r = uint(this.bytes, at, this.t.refSize);
    if (r >= this.t.count) throw new Error('bplist: object reference out of bounds');
    return r;
  }

  private object(ref: number, depth: number): PlistValue {
    if (depth > BPLIST_MAX_DEPTH) throw new Error('bplist: nested too deeply');
    if (++this.produced > BPLIST_MAX_VALUES) throw new Error('bplist: too many values');
    if (this.reading.has(ref)) throw new Error('bplist: an object contains itself');
    this.reading.add(ref);
    try {
      return this.decode(this.offsets[ref] as number, depth);
    } finally {
      this.reading.delete(ref);
    }
  }

  private decode(at: number, depth: number): PlistValue {
    const b = this.bytes;
    const marker = b[at] as number;
    const type = marker >> 4;
    const info = marker & 0xf;
    switch (type) {
      case 0x0:
        if (marker === 0x08 || marker === 0x09) return marker === 0x09;
        throw new Error(`bplist: unsupported marker 0x${marker.toString(16)}`);
      case 0x1:
        return this.int(at, info);
      case 0x2:
        return this.real(at, info);
      case 0x3:
        if (marker !== 0x33) break;
        this.need(at + 1, 8);
        return new Date(
          (Buffer.from(b.buffer, b.byteOffset + at + 1, 8).readDoubleBE(0) + CF_EPOCH_SECONDS) *
            1000,
        ).toISOString();
      case 0x4: {
        const { n, body } = this.length(at, info);
        this.need(body, n);
        return Buffer.from(b.subarray(body, body + n)).toString('base64');
      }
      case 0x5: {
        const { n, body } = this.length(at, info);
        this.need(body, n);
        return Buffer.from(b.subarray(body, body + n)).toString('latin1');
      }
      case 0x6: {
        const { n, body } = this.length(at, info);
        this.need(body, n * 2);
        const le = Buffer.from(b.subarray(body, body + n * 2));
        le.swap16();
        return le.toString('utf16le');
      }
      case 0x8:
        this.need(at + 1, info + 1);
        if (info + 1 > 4) throw new Error('bplist: UID too large');
        return new PlistUid(uint(b, at + 1, info + 1));
      case 0xa:
        return this.array(at, info, depth);
      case 0xd:
        return this.dict(at, info, depth);
    }
    throw new Error(`bplist: unsupported marker 0x${marker.toString(16)}`);
  }

  private int(at: number, info: number): number {
    if (info > 4) throw new Error('bplist: bad integer size');
    const size = 1 << info;
    this.need(at + 1, size);
    const buf = Buffer.from(this.bytes.subarray(at + 1, at + 1 + size));
    // 1, 2 and 4 bytes are unsigned, 8 signed; 16 bytes hold a 128-bit integer (high half first).
    if (size < 8) return uint(buf, 0, size);
    const big =
      size === 8 ? buf.readBigInt64BE(0) : (buf.readBigInt64BE(0) << 64n) + buf.readBigUInt64BE(8);
    if (big > BigInt(Number.MAX_SAFE_INTEGER) || big < BigInt(Number.MIN_SAFE_INTEGER))
      throw new Error('bplist: integer too large');
    return Number(big);
  }

  private real(at: number, info: number): number {
    if (info !== 2 && info !== 3) throw new Error('bplist: bad real size');
    const size = 1 << info;
    this.need(at + 1, size);
    const buf = Buffer.from(this.bytes.subarray(at + 1, at + 1 + size));
    return size === 4 ? buf.readFloatBE(0) : buf.readDoubleBE(0);
  }

  private array(at: number, info: number, depth: number): PlistValue[] {
    const { n, body } = this.length(at, info);
    this.need(body, n * this.t.refSize);
    const out: PlistValue[] = [];
    for (let i = 0; i < n; i++)
      out.push(this.object(this.ref(body + i * this.t.refSize), depth + 1));
    return out;
  }

  private dict(at: number, info: number, depth: number): { [key: string]: PlistValue } {
    const { n, body } = this.length(at, info);
    const size = this.t.refSize;
    this.need(body, 2 * n * size);
    const out = Object.create(null) as { [key: string]: PlistValue };
    for (let i = 0; i < n; i++) {
      const key = this.object(this.ref(body + i * size), depth + 1);
      if (typeof key !== 'string') throw new Error('bplist: a dictionary key is not a string');
      out[key] = this.object(this.ref(body + (n + i) * size), depth + 1);
    }
    return out;
  }
}

/**
 * Parses a binary plist to its top value. Data comes back as base64 text and dates as ISO text
 * (as the XML reader gives them); keyed-archiver references come back as PlistUid. Throws on
 * anything malformed, oversized or out of bounds.
 */
export function parseBinaryPlist(bytes: Uint8Array): PlistValue {
  if (bytes.length > BPLIST_MAX_BYTES) throw new Error('bplist: file too large');
  if (!isBinaryPlist(bytes)) throw new Error('bplist: not a binary plist');
  if (bytes.length < HEADER.length + TRAILER + 1) throw new Error('bplist: truncated');
  return new Reader(bytes, trailerOf(bytes)).top();
}
