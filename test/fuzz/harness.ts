/**
 * The fuzz harness: feeds generated inputs to a target and counts what went wrong. Inputs come
 * from fast-check arbitraries, drawn in seeded batches so that a finding can be reproduced from
 * (seed, index); there is no shrinking, because the counts are the point and the async targets
 * run many inputs at once.
 */
import fc from 'fast-check';
import { leftBehind, liveResources, waitUntil } from '../support/scripted-server.js';

/** What one input did wrong. */
export interface Finding {
  /** crash: an exception escaped; wrong: an invariant broke; hang: past the deadline; leak: a socket or timer was left. */
  kind: 'crash' | 'wrong' | 'hang' | 'leak';
  message: string;
  /** Where to find the input again: --seed and the input's index. */
  index: number;
  input: string;
}

/** The figures for one target. */
export interface TargetReport {
  target: string;
  runs: number;
  crashes: number;
  wrong: number;
  hangs: number;
  leaks: number;
  wallMs: number;
  /** The slowest single input, ms. */
  maxMs: number;
  /** The first few findings, for reproduction. */
  examples: Finding[];
  /** Facts about the run worth printing (e.g. outcomes seen). */
  notes: string[];
}

/** What checking one input found: nothing, or findings other than a crash (a throw is a crash). */
export type CheckResult = Omit<Finding, 'index' | 'input'>[];

/** A target whose code under test is synchronous. `check` throws only when the code under test did. */
export interface SyncTarget<T> {
  name: string;
  arbitrary: fc.Arbitrary<T>;
  /** One input taking longer than this is a hang (ReDoS, quadratic loops). */
  budgetMs: number;
  check(input: T): CheckResult;
}

/** A target whose code under test is asynchronous (loopback sessions). */
export interface AsyncTarget<T, Ctx> {
  name: string;
  arbitrary: fc.Arbitrary<T>;
  concurrency: number;
  /** A run that has not settled after this is abandoned and counted as a hang. */
  hardLimitMs: number;
  setup(): Promise<Ctx>;
  check(ctx: Ctx, input: T, index: number): Promise<CheckResult>;
  teardown(ctx: Ctx): Promise<void>;
  /** Lines for the report, read after teardown. */
  notes?(ctx: Ctx): string[];
}

/** Options of one run. */
export interface RunOptions {
  runs: number;
  seed: number;
  /** Sessions at once, for asynchronous targets (default: the target's own). */
  concurrency?: number;
  /** Called now and then with the inputs done so far (progress, watchdog). */
  onProgress?: (done: number) => void;
}

const BATCH = 200;
const MAX_EXAMPLES = 5;

/** Inputs in seeded batches, so memory stays flat for 100,000 of them. */
function* inputs<T>(arb: fc.Arbitrary<T>, runs: number, seed: number): Generator<[number, T]> {
  for (let start = 0; start < runs; start += BATCH) {
    const n = Math.min(BATCH, runs - start);
    const batch = fc.sample(arb, { numRuns: n, seed: seed + start });
    for (let i = 0; i < n; i++) yield [start + i, batch[i] as T];
  }
}

function describeInput(input: unknown): string {
  const s = fc.stringify(input);
  return s.length > 600 ? `${s.slice(0, 600)}… (${s.length} chars)` : s;
}

class Tally {
  readonly report: TargetReport;
  constructor(target: string) {
    this.report = {
      target,
      runs: 0,
      crashes: 0,
      wrong: 0,
      hangs: 0,
      leaks: 0,
      wallMs: 0,
      maxMs: 0,
      examples: [],
      notes: [],
    };
  }

  add(f: Finding): void {
    const r = this.report;
    if (f.kind === 'crash') r.crashes++;
    else if (f.kind === 'wrong') r.wrong++;
    else if (f.kind === 'hang') r.hangs++;
    else r.leaks++;
    if (r.examples.length < MAX_EXAMPLES) r.examples.push(f);
  }

  addAll(found: CheckResult, index: number, input: unknown): void {
    for (const f of found) this.add({ ...f, index, input: describeInput(input) });
  }

  crash(e: unknown, index: number, input: unknown): void {
    const message =
      e instanceof Error ? `${e.name}: ${e.message}` : `non-Error thrown: ${String(e)}`;
    this.add({ kind: 'crash', message: message.slice(0, 300), index, input: describeInput(input) });
  }
}

/** Runs a synchronous target. */
export async function runSyncTarget<T>(t: SyncTarget<T>, o: RunOptions): Promise<TargetReport> {
  const tally = new Tally(t.name);
  const before = liveResources();
  const t0 = performance.now();
  for (const [index, input] of inputs(t.arbitrary, o.runs, o.seed)) {
    const s = performance.now();
    try {
      tally.addAll(t.check(input), index, input);
    } catch (e) {
      tally.crash(e, index, input);
    }
    const ms = performance.now() - s;
    tally.report.maxMs = Math.max(tally.report.maxMs, ms);
    if (ms > t.budgetMs) {
      tally.add({
        kind: 'hang',
        message: `took ${Math.round(ms)} ms (budget ${t.budgetMs} ms)`,
        index,
        input: describeInput(input),
      });
    }
    tally.report.runs++;
    if (index % 256 === 0) o.onProgress?.(index);
  }
  tally.report.wallMs = performance.now() - t0;
  await checkGlobalLeaks(tally, before);
  return tally.report;
}

/** Runs an asynchronous target with a pool of concurrent checks. */
export async function runAsyncTarget<T, Ctx>(
  t: AsyncTarget<T, Ctx>,
  o: RunOptions,
): Promise<TargetReport> {
  const tally = new Tally(t.name);
  const before = liveResources();
  const ctx = await t.setup();
  const t0 = performance.now();
  const source = inputs(t.arbitrary, o.runs, o.seed);
  const worker = async (): Promise<void> => {
    for (let next = source.next(); !next.done; next = source.next()) {
      const [index, input] = next.value;
      const s = performance.now();
      try {
        const found = await withHardLimit(t.check(ctx, input, index), t.hardLimitMs);
        if (found === null) {
          tally.add({
            kind: 'hang',
            message: `never settled within ${t.hardLimitMs} ms`,
            index,
            input: describeInput(input),
          });
        } else {
          tally.addAll(found, index, input);
        }
      } catch (e) {
        tally.crash(e, index, input);
      }
      tally.report.maxMs = Math.max(tally.report.maxMs, performance.now() - s);
      tally.report.runs++;
      if (tally.report.runs % 256 === 0) o.onProgress?.(tally.report.runs);
    }
  };
  await Promise.all(Array.from({ length: o.concurrency ?? t.concurrency }, worker));
  tally.report.wallMs = performance.now() - t0;
  await t.teardown(ctx);
  tally.report.notes.push(...(t.notes?.(ctx) ?? []));
  await checkGlobalLeaks(tally, before);
  return tally.report;
}

/** Resolves with the promise's value, or null once `ms` passed (the promise is left to itself). */
function withHardLimit<V>(p: Promise<V>, ms: number): Promise<V | null> {
  let timer: NodeJS.Timeout | undefined;
  const limit = new Promise<null>((resolve) => {
    timer = setTimeout(() => resolve(null), ms);
  });
  return Promise.race([p, limit]).finally(() => clearTimeout(timer));
}

/** Sockets and timers still alive after the whole target (given a moment to close) are leaks. */
async function checkGlobalLeaks(tally: Tally, before: Record<string, number>): Promise<void> {
  await waitUntil(() => Object.keys(leftBehind(before)).length === 0, 3000);
  const grown = leftBehind(before);
  for (const [type, n] of Object.entries(grown)) {
    tally.add({
      kind: 'leak',
      message: `${n} ${type} still alive after the target ended`,
      index: -1,
      input: '(whole run)',
    });
  }
}
