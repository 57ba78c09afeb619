/**
 * One fuzz target shape for every mail program's fix and undo: random histories from a model in
 * test/support/*-undo-model.ts, each run in its own temporary folder, the model's invariants
 * reported as "wrong", and the model's tally summed up in the notes.
 */
import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type fc from 'fast-check';
import type { AsyncTarget, CheckResult } from '../harness.js';
import { makeTempDirAsync } from '../../support/temp-dir.js';

/** What a model of one program's fix and undo gives the fuzz target. */
export interface UndoModel<H, T> {
  name: string;
  /** The temporary folder's prefix. */
  tempPrefix: string;
  historyArbitrary: fc.Arbitrary<H>;
  emptyTally: () => T;
  /** Runs one history in a fresh folder; the problems found, as sentences. */
  runHistory: (dir: string, history: H, tally: T) => Promise<string[]>;
  /** The tally in one line, after the number of histories. */
  summary: (histories: number, tally: T) => string;
}

interface UndoCtx<T> {
  base: string;
  histories: number;
  tally: T;
}

/** The fuzz target of one model. */
export function undoHistoriesTarget<H, T>(model: UndoModel<H, T>): AsyncTarget<H, UndoCtx<T>> {
  return {
    name: model.name,
    arbitrary: model.historyArbitrary,
    // File work on two cores: a few at once keeps the disk busy without a queue of hundreds.
    concurrency: 4,
    hardLimitMs: 30_000,
    async setup() {
      return {
        base: await makeTempDirAsync(model.tempPrefix),
        histories: 0,
        tally: model.emptyTally(),
      };
    },
    async check(ctx, input, index): Promise<CheckResult> {
      const dir = join(ctx.base, String(index));
      await mkdir(dir);
      try {
        const problems = await model.runHistory(dir, input, ctx.tally);
        ctx.histories++;
        return problems.map((message) => ({ kind: 'wrong' as const, message }));
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    },
    async teardown(ctx) {
      await rm(ctx.base, { recursive: true, force: true });
    },
    notes: (ctx) => [model.summary(ctx.histories, ctx.tally)],
  };
}
