/**
 * Fuzz target: the readers of Apple Mail's files that take untrusted bytes synchronously: the
 * binary plist reader (electron/accounts/bplist.ts), the keyed-archive unwrapper
 * (keyed-archive.ts) and the WAL folding (sqlite-wal.ts). Inputs: archives and plists of random
 * values, bent and cut; nesting chains and shared-object "laughs"; random bytes; logs whose
 * checksums hold but whose page numbers and commit sizes are anything. Throwing an Error is the
 * designed answer to bytes it cannot use; anything else that escapes is a crash. A read must stay
 * within the caps it promises.
 */
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BPLIST_MAX_VALUES, parseBinaryPlist } from '../../../electron/accounts/bplist.js';
import { unarchive } from '../../../electron/accounts/keyed-archive.js';
import type { PlistValue } from '../../../electron/accounts/plist-value.js';
import { applyWal, WAL_MAX_IMAGE_BYTES } from '../../../electron/accounts/sqlite-wal.js';
import {
  keyedArchive,
  writeBinaryPlist,
  type ArchivableValue,
} from '../../support/bplist-writer.js';
import { MAIL_FIXTURES } from '../../support/mail-fixtures.js';
import { writeWal } from '../../support/wal-writer.js';
import type { CheckResult, SyncTarget } from '../harness.js';

/** One input: plist bytes, or a database image with a log. */
export type AppleMailFilesInput =
  { kind: 'plist'; bytes: Uint8Array } | { kind: 'wal'; image: Uint8Array; wal: Uint8Array };

const IMAGE = new Uint8Array(
  readFileSync(join(MAIL_FIXTURES, 'apple-mail-accounts4', 'Accounts4.sqlite')),
);
const PAGE = ((IMAGE[16] as number) << 8) | (IMAGE[17] as number);

const archivable: fc.Arbitrary<ArchivableValue> = fc.letrec<{ v: ArchivableValue }>((tie) => ({
  v: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.string({ maxLength: 20 }),
    fc.integer(),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.boolean(),
    fc.array(tie('v'), { maxLength: 4 }),
    fc.dictionary(fc.string({ maxLength: 8 }), tie('v'), { maxKeys: 4 }),
  ),
})).v;

const bend = (bytes: Uint8Array) =>
  fc
    .tuple(
      fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 6 }),
      fc.option(fc.nat(), { nil: undefined }),
    )
    .map(([flips, cut]) => {
      const b = Uint8Array.from(bytes);
      for (const [at, v] of flips) b[at % b.length] = v;
      return cut === undefined ? b : b.subarray(0, cut % (b.length + 1));
    });

/** A hand-made plist: objects given as bytes, one-byte offsets and references. */
function assemble(objects: number[][]): Uint8Array {
  const body = [...Buffer.from('bplist00', 'latin1')];
  const offsets = objects.map((o) => {
    const at = body.length;
    body.push(...o);
    return at;
  });
  const table = body.length;
  const ref = offsets.every((o) => o < 256) ? 1 : 2;
  for (const o of offsets) body.push(...(ref === 1 ? [o] : [o >> 8, o & 0xff]));
  const u64 = (n: number) => [0, 0, 0, 0, 0, 0, n >> 8, n & 0xff];
  body.push(0, 0, 0, 0, 0, 0, ref, 1, ...u64(objects.length), ...u64(0), ...u64(table));
  return Uint8Array.from(body);
}

const hostile = fc.oneof(
  fc
    .integer({ min: 2, max: 120 })
    .map((n) =>
      assemble(Array.from({ length: n }, (_, i) => (i < n - 1 ? [0xa1, i + 1] : [0x09]))),
    ),
  fc
    .integer({ min: 10, max: 60 })
    .map((n) =>
      assemble(Array.from({ length: n }, (_, i) => (i < n - 1 ? [0xa2, i + 1, i + 1] : [0x09]))),
    ),
);

const plist = fc.oneof(
  { weight: 3, arbitrary: archivable.map(keyedArchive).chain(bend) },
  { weight: 2, arbitrary: archivable.map((v) => writeBinaryPlist(v)).chain(bend) },
  { weight: 1, arbitrary: hostile },
  {
    weight: 1,
    arbitrary: fc
      .uint8Array({ maxLength: 300 })
      .map((r) => Uint8Array.from([...Buffer.from('bplist00'), ...r])),
  },
);

const frames = fc.array(
  fc.record({
    page: fc.oneof(fc.integer({ min: 0, max: 12 }), fc.nat()),
    commitSize: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 12 }), fc.nat()),
    fill: fc.integer({ min: 0, max: 255 }),
  }),
  { maxLength: 6 },
);
const wal = fc.oneof(
  frames.map((f) => writeWal(PAGE, f)),
  frames.map((f) => writeWal(PAGE, f)).chain(bend),
  fc.uint8Array({ maxLength: 200 }),
);

/** Every generated input. */
export const appleMailFilesInput: fc.Arbitrary<AppleMailFilesInput> = fc.oneof(
  { weight: 3, arbitrary: plist.map((bytes) => ({ kind: 'plist' as const, bytes })) },
  { weight: 2, arbitrary: wal.map((w) => ({ kind: 'wal' as const, image: IMAGE, wal: w })) },
);

function count(v: PlistValue | unknown): number {
  if (Array.isArray(v)) return 1 + v.reduce((n: number, x) => n + count(x), 0);
  if (v && typeof v === 'object')
    return 1 + Object.values(v).reduce((n: number, x) => n + count(x), 0);
  return 1;
}

function guarded<T>(read: () => T): T | undefined {
  try {
    return read();
  } catch (e) {
    if (e instanceof Error) return undefined;
    throw e;
  }
}

/** The Apple Mail files target. */
export const appleMailFilesTarget: SyncTarget<AppleMailFilesInput> = {
  name: 'apple-mail-files',
  arbitrary: appleMailFilesInput,
  budgetMs: 1000,
  check(input) {
    const found: CheckResult = [];
    if (input.kind === 'plist') {
      const value = guarded(() => parseBinaryPlist(input.bytes));
      if (value !== undefined && count(value) > BPLIST_MAX_VALUES)
        found.push({ kind: 'wrong', message: `${count(value)} values read, past the cap` });
      guarded(() => unarchive(input.bytes));
      return found;
    }
    const out = guarded(() => applyWal(input.image, input.wal));
    if (out === undefined || out === input.image) return found;
    if (out.length > WAL_MAX_IMAGE_BYTES || out.length % PAGE !== 0)
      found.push({ kind: 'wrong', message: `an image of ${out.length} bytes` });
    if (out[18] !== 1 || out[19] !== 1)
      found.push({ kind: 'wrong', message: 'the image still says WAL mode' });
    return found;
  },
};
