/**
 * The property of Becky!'s fix and undo (test/support/becky-undo-model.ts) over 100 random
 * histories of a data folder: fixes, outside edits in Shift_JIS, new mailboxes and undos in any
 * order never change a byte outside the keys a fix wrote. The fuzz target becky-undo runs more.
 */
import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emptyTally, historyArbitrary, runHistory } from '../../test/support/becky-undo-model.js';
import { makeTempDirAsync } from '../../test/support/temp-dir.js';

describe('Becky! undo over random histories', () => {
  it('puts back exactly the keys still holding the fix’s value and keeps every other byte (100 histories)', async () => {
    const base = await makeTempDirAsync('sendcheck-becky-undo-');
    const tally = emptyTally();
    let n = 0;
    try {
      await fc.assert(
        fc.asyncProperty(historyArbitrary, async (h) => {
          const dir = join(base, String(n++));
          await mkdir(dir);
          expect(await runHistory(dir, h, tally)).toEqual([]);
        }),
        { numRuns: 100, seed: 20261207 },
      );
    } finally {
      await rm(base, { recursive: true, force: true });
    }
    // The histories reached the cases that matter: keys put back, keys left alone, twice undone.
    expect(tally.reverted).toBeGreaterThan(0);
    expect(tally.kept).toBeGreaterThan(0);
    expect(tally.twice).toBeGreaterThan(0);
  }, 120_000);
});
