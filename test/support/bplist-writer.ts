/**
 * A small binary plist (bplist00) writer and NSKeyedArchiver encoder for fixtures and tests, written
 * from the same published description the reader follows (the format comment of CoreFoundation's
 * CFBinaryPList.c): objects, an offset table, a 32-byte trailer; integers in the fewest of 1, 2, 4
 * bytes (unsigned) or 8 (signed), as CoreFoundation writes them. The archive layout
 * ($archiver / $version / $top / $objects, "$null" first, strings and numbers inline, arrays and
 * dictionaries as NS.objects / NS.keys with a $class) follows the CCL Group's published description
 * of NSKeyedArchiver files.
 */
import { PlistUid } from '../../electron/accounts/plist-value.js';

/** What the writer takes: data as Uint8Array, keyed-archiver references as PlistUid. */
export type WritableValue =
  | string
  | number
  | boolean
  | Uint8Array
  | PlistUid
  | WritableValue[]
  | { [key: string]: WritableValue };

function sizeFor(n: number): number {
  return n < 0x100 ? 1 : n < 0x10000 ? 2 : n < 0x100000000 ? 4 : 8;
}

function be(n: number, size: number): number[] {
  const out: number[] = [];
  let v = BigInt(n);
  for (let i = 0; i < size; i++) {
    out.unshift(Number(v & 0xffn));
    v >>= 8n;
  }
  return out;
}

function intBytes(n: number): number[] {
  if (n < 0) return [0x13, ...be(n, 8)];
  const size = sizeFor(n);
  return [0x10 | Math.log2(size), ...be(n, size)];
}

function head(type: number, count: number): number[] {
  return count < 15 ? [(type << 4) | count] : [(type << 4) | 0xf, ...intBytes(count)];
}

/** Encodes a value as a binary plist. */
export function writeBinaryPlist(top: WritableValue): Uint8Array {
  const objects: WritableValue[] = [];
  const flatten = (v: WritableValue): void => {
    objects.push(v);
    if (Array.isArray(v)) v.forEach(flatten);
    else if (typeof v === 'object' && !(v instanceof Uint8Array) && !(v instanceof PlistUid)) {
      Object.keys(v).forEach((k) => flatten(k));
      Object.values(v).forEach(flatten);
    }
  };
  flatten(top);
  const refSize = sizeFor(objects.length);
  // Children follow their parent in the order flatten visited them: keep a cursor per object.
  let next = 0;
  const refs = new Map<number, number[]>();
  const assign = (): number => {
    const index = next++;
    const v = objects[index] as WritableValue;
    const kids: number[] = [];
    if (Array.isArray(v)) for (let i = 0; i < v.length; i++) kids.push(assign());
    else if (typeof v === 'object' && !(v instanceof Uint8Array) && !(v instanceof PlistUid)) {
      const n = Object.keys(v).length;
      for (let i = 0; i < 2 * n; i++) kids.push(assign());
    }
    refs.set(index, kids);
    return index;
  };
  assign();
  const body: number[] = [...Buffer.from('bplist00', 'latin1')];
  const offsets: number[] = [];
  objects.forEach((v, i) => {
    offsets.push(body.length);
    const kids = (refs.get(i) ?? []).flatMap((r) => be(r, refSize));
    if (typeof v === 'boolean') body.push(v ? 0x09 : 0x08);
    else if (typeof v === 'number') {
      if (Number.isInteger(v)) body.push(...intBytes(v));
      else {
        const b = Buffer.alloc(8);
        b.writeDoubleBE(v);
        body.push(0x23, ...b);
      }
    } else if (typeof v === 'string') {
      if (/^[\x00-\x7f]*$/.test(v)) body.push(...head(0x5, v.length), ...Buffer.from(v, 'latin1'));
      else body.push(...head(0x6, v.length), ...Buffer.from(v, 'utf16le').swap16());
    } else if (v instanceof Uint8Array) body.push(...head(0x4, v.length), ...v);
    else if (v instanceof PlistUid) {
      const size = sizeFor(v.value);
      body.push(0x80 | (size - 1), ...be(v.value, size));
    } else if (Array.isArray(v)) body.push(...head(0xa, v.length), ...kids);
    else body.push(...head(0xd, Object.keys(v).length), ...kids);
  });
  const tableAt = body.length;
  const offsetSize = sizeFor(tableAt);
  for (const o of offsets) body.push(...be(o, offsetSize));
  body.push(0, 0, 0, 0, 0, 0, offsetSize, refSize);
  body.push(...be(objects.length, 8), ...be(0, 8), ...be(tableAt, 8));
  return Uint8Array.from(body);
}

/** A value as NSKeyedArchiver.archivedData(withRootObject:) lays it out. */
export type ArchivableValue =
  string | number | boolean | ArchivableValue[] | { [key: string]: ArchivableValue };

/** Encodes a value the way NSKeyedArchiver archives it (a bplist00 with $top.root). */
export function keyedArchive(root: ArchivableValue): Uint8Array {
  const objects: WritableValue[] = ['$null'];
  const classes = new Map<string, PlistUid>();
  const classUid = (name: string): PlistUid => {
    let uid = classes.get(name);
    if (!uid) {
      uid = new PlistUid(objects.length);
      objects.push({ $classname: name, $classes: [name, 'NSObject'] });
      classes.set(name, uid);
    }
    return uid;
  };
  const add = (v: ArchivableValue): PlistUid => {
    const uid = new PlistUid(objects.length);
    if (typeof v !== 'object') {
      objects.push(v);
      return uid;
    }
    const slot: { [key: string]: WritableValue } = {};
    objects.push(slot);
    if (Array.isArray(v)) {
      slot['NS.objects'] = v.map(add);
      slot.$class = classUid('NSArray');
    } else {
      slot['NS.keys'] = Object.keys(v).map(add);
      slot['NS.objects'] = Object.values(v).map(add);
      slot.$class = classUid('NSDictionary');
    }
    return uid;
  };
  add(root);
  return writeBinaryPlist({
    $version: 100000,
    $archiver: 'NSKeyedArchiver',
    $top: { root: new PlistUid(1) },
    $objects: objects,
  });
}
