import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  keyedArchive,
  writeBinaryPlist,
  type WritableValue,
} from '../../test/support/bplist-writer.js';
import { BPLIST_MAX_BYTES, parseBinaryPlist } from './bplist.js';
import { unarchive } from './keyed-archive.js';
import { parsePlist } from './plist.js';
import { PlistUid } from './plist-value.js';

/**
 * Written by another implementation of the same format: CPython 3.11.7's plistlib
 * (plistlib.dumps(value, fmt=FMT_BINARY, sort_keys=False)), so the reader is not only checked
 * against the project's own writer.
 */
const PLISTLIB_DICT =
  '62706c6973743030d60102030405060708090a0b1058486f73746e616d655a506f72744e756d6265725a53534c456e61626c656462540d524d516e51645f100f736d74702e6578616d706c652e6a7011024b09655c7175300020592a90cea40c0d0e0f13ffffffffffffffff1200010000130000000100000000233ff800000000000042000108151e2934393b3d4f52535e636c717a830000000000000101000000000000001100000000000000000000000000000086';
/** plistlib's encoding of a keyed archive whose root is the string "smtp.example.jp" (UID objects). */
const PLISTLIB_ARCHIVE =
  '62706c6973743030d4010203040506090c592461726368697665725424746f7058246f626a65637473582476657273696f6e5f100f4e534b657965644172636869766572d1070854726f6f748001a20a0b55246e756c6c5f100f736d74702e6578616d706c652e6a7012000186a008111b20293244474c4e5157690000000000000101000000000000000d0000000000000000000000000000006e';

const hex = (s: string): Uint8Array => Uint8Array.from(Buffer.from(s, 'hex'));

/** A binary plist assembled by hand: objects, then the offset table, then the trailer. */
function assemble(objects: number[][], top = 0, refSize = 1): Uint8Array {
  const body = [...Buffer.from('bplist00', 'latin1')];
  const offsets = objects.map((o) => {
    const at = body.length;
    body.push(...o);
    return at;
  });
  const tableAt = body.length;
  body.push(...offsets);
  const u64 = (n: number) => [0, 0, 0, 0, 0, 0, 0, n];
  body.push(0, 0, 0, 0, 0, 0, 1, refSize, ...u64(objects.length), ...u64(top), ...u64(tableAt));
  return Uint8Array.from(body);
}

describe('binary plist reader', () => {
  it('reads what another implementation (CPython plistlib) wrote: strings in ASCII and UTF-16, integers of every width, reals, data', () => {
    expect(parseBinaryPlist(hex(PLISTLIB_DICT))).toEqual({
      Hostname: 'smtp.example.jp',
      PortNumber: 587,
      SSLEnabled: true,
      名前: '山田 太郎',
      n: [-1, 65536, 2 ** 32, 1.5],
      d: 'AAE=',
    });
    expect(unarchive(hex(PLISTLIB_ARCHIVE))).toBe('smtp.example.jp');
  });

  it('reads through parsePlist, which used to refuse every binary plist', () => {
    expect(parsePlist(hex(PLISTLIB_DICT))).toMatchObject({ Hostname: 'smtp.example.jp' });
    expect(() => parsePlist(Buffer.from('bplist15\0\0'))).toThrow(/unknown version/);
  });

  it('gives back what the fixture writer wrote, UIDs and nested archives included', () => {
    const value: WritableValue = {
      s: 'x'.repeat(20),
      u: 'ü'.repeat(16),
      i: [0, 255, 256, 65535, 65536, 2 ** 40, -5],
      r: 0.25,
      b: [true, false],
      uid: new PlistUid(300),
      deep: { a: { b: [{ c: 'd' }] } },
    };
    expect(parseBinaryPlist(writeBinaryPlist(value))).toEqual({ ...value, uid: new PlistUid(300) });
    const archived = {
      Hostname: 'smtp.example.jp',
      Aliases: [{ EmailAddress: 'a@example.jp' }],
      On: true,
    };
    expect(unarchive(keyedArchive(archived))).toEqual(archived);
    expect(unarchive(keyedArchive('587'))).toBe('587');
    expect(unarchive(keyedArchive(25))).toBe(25);
  });

  it('refuses truncated files, bad trailers and offsets that point outside the objects', () => {
    const good = assemble([[0x51, 0x61]]);
    expect(parseBinaryPlist(good)).toBe('a');
    expect(() => parseBinaryPlist(good.subarray(0, 20))).toThrow(/truncated/);
    const badTop = assemble([[0x51, 0x61]], 5);
    expect(() => parseBinaryPlist(badTop)).toThrow(/object count/);
    const outside = Uint8Array.from(good);
    outside[good.length - 33] = 0xf0; // the one offset, now past the table
    expect(() => parseBinaryPlist(outside)).toThrow(/out of bounds/);
    // A string claiming 14 characters where 1 is there.
    expect(() => parseBinaryPlist(assemble([[0x5e, 0x61]]))).toThrow(/past its end/);
    // A length that claims 2^60 elements.
    expect(() => parseBinaryPlist(assemble([[0xaf, 0x13, 0x10, 0, 0, 0, 0, 0, 0, 0]]))).toThrow();
    expect(() => parseBinaryPlist(new Uint8Array(BPLIST_MAX_BYTES + 1))).toThrow(/too large/);
  });

  it('refuses an array that contains itself, nesting deeper than the cap, and shared objects that would expand without end', () => {
    expect(() => parseBinaryPlist(assemble([[0xa1, 0x00]]))).toThrow(/contains itself/);
    // 100 arrays, each holding the next: deeper than the cap.
    const chain = Array.from({ length: 100 }, (_, i) => (i < 99 ? [0xa1, i + 1] : [0x08]));
    expect(() => parseBinaryPlist(assemble(chain))).toThrow(/too deeply/);
    // 40 arrays, each holding the next twice: 2^40 values if expanded, a few hundred bytes on disk.
    const laughs = Array.from({ length: 40 }, (_, i) => (i < 39 ? [0xa2, i + 1, i + 1] : [0x09]));
    const started = Date.now();
    expect(() => parseBinaryPlist(assemble(laughs))).toThrow(/too many values/);
    expect(Date.now() - started).toBeLessThan(2000);
    // A dictionary whose key is a number.
    expect(() =>
      parseBinaryPlist(
        assemble([
          [0xd1, 1, 1],
          [0x10, 0x05],
        ]),
      ),
    ).toThrow(/key is not a string/);
  });

  it('never crashes, hangs or throws anything but an Error on random or bent input', () => {
    const seeds = [
      hex(PLISTLIB_DICT),
      hex(PLISTLIB_ARCHIVE),
      keyedArchive({ Hostname: 'smtp.example.jp', List: [1, 2, { k: 'v' }] }),
    ];
    const bent = fc
      .tuple(
        fc.constantFrom(...seeds),
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 8 }),
        fc.option(fc.nat(), { nil: undefined }),
      )
      .map(([seed, flips, cut]) => {
        const b = Uint8Array.from(seed);
        for (const [at, v] of flips) b[8 + (at % (b.length - 8))] = v;
        return cut === undefined ? b : b.subarray(0, cut % (b.length + 1));
      });
    const random = fc
      .uint8Array({ maxLength: 400 })
      .map((rest) => Uint8Array.from([...Buffer.from('bplist00', 'latin1'), ...rest]));
    fc.assert(
      fc.property(fc.oneof(bent, random), (bytes) => {
        const started = Date.now();
        for (const read of [parseBinaryPlist, unarchive]) {
          try {
            read(bytes);
          } catch (err) {
            expect(err).toBeInstanceOf(Error);
          }
        }
        expect(Date.now() - started).toBeLessThan(1000);
      }),
      { numRuns: 2000 },
    );
  });
});
