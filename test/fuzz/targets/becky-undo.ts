/**
 * Fuzz target: Becky!'s fix and undo over random histories of a data folder (fixes of any
 * mailbox, outside edits in Shift_JIS, new mailboxes, undos of earlier fixes in any order), each in
 * its own temporary folder. The invariants are those of test/support/becky-undo-model.ts: no byte
 * outside the keys a fix wrote ever changes, and an undo puts a key back exactly when it still
 * held the fix's value.
 */
import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { AsyncTarget, CheckResult } from '../harness.js';
import {
  emptyTally,
  historyArbitrary,
  runHistory,
  type History,
  type UndoTally,
} from '../../support/becky-undo-model.js';
import { makeTempDirAsync } from '../../support/temp-dir.js';

interface UndoCtx {
  base: string;
  histories: number;
  tally: UndoTally;
}

/** The target. */
export const beckyUndoTarget: AsyncTarget<History, UndoCtx> = {
  name: 'becky-undo',
  arbitrary: historyArbitrary,
  // File work on two cores: a few at once keeps the disk busy without a queue of hundreds.
  concurrency: 4,
  hardLimitMs: 30_000,
  async setup() {
    return {
      base: await makeTempDirAsync('sendcheck-fuzz-becky-'),
      histories: 0,
      tally: emptyTally(),
    };
  },
  async check(ctx, input, index): Promise<CheckResult> {
    const dir = join(ctx.base, String(index));
    await mkdir(dir);
    try {
      const problems = await runHistory(dir, input, ctx.tally);
      ctx.histories++;
      return problems.map((message) => ({ kind: 'wrong' as const, message }));
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  },
  async teardown(ctx) {
    await rm(ctx.base, { recursive: true, force: true });
  },
  notes: (ctx) => {
    const t = ctx.tally;
    return [
      `${ctx.histories} histories: ${t.fixes} fixes, ${t.undos} undos (${t.reverted} keys put back, ` +
        `${t.kept} left alone as changed since), ${t.twice} undos of a fix already undone, ` +
        `${t.refused} fixes refused (nothing to change, or a key twice in [Account])`,
    ];
  },
};
