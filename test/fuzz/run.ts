/**
 * The fuzz runner: `npm run fuzz` (all targets, 100,000 inputs each; 2,000 histories for
 * prefs-undo, see defaultRuns), or
 * `node --import tsx test/fuzz/run.ts [--target NAME] [--runs N] [--seed S] [--concurrency N]`.
 * Prints one line per target (inputs, wall time, crashes, wrong, hangs, leaks) and the first
 * findings with the seed and index to reproduce them; exits 1 when any count is not 0.
 */
import { parseArgs } from 'node:util';
import type { TargetReport } from './harness.js';
import { clean, defaultRuns, runTarget, TARGET_NAMES, type TargetName } from './targets/index.js';
import { startWatchdog } from './watchdog.js';

const STALL_MS = 60_000;

function usage(message: string): never {
  process.stderr.write(
    `${message}\nUsage: node --import tsx test/fuzz/run.ts [--target ${TARGET_NAMES.join('|')}] [--runs N] [--seed S] [--concurrency N]\n`,
  );
  process.exit(2);
}

function parse(): {
  targets: TargetName[];
  runs: number | undefined;
  seed: number;
  concurrency?: number;
} {
  const { values } = parseArgs({
    options: {
      target: { type: 'string', multiple: true },
      runs: { type: 'string' },
      seed: { type: 'string' },
      concurrency: { type: 'string' },
    },
  });
  const targets = (values.target ?? [...TARGET_NAMES]) as TargetName[];
  for (const t of targets) if (!TARGET_NAMES.includes(t)) usage(`unknown target ${t}`);
  const runs = values.runs === undefined ? undefined : Number(values.runs);
  if (runs !== undefined && (!Number.isInteger(runs) || runs < 1))
    usage('--runs must be a positive integer');
  const seed = values.seed === undefined ? Date.now() % 2 ** 31 : Number(values.seed);
  if (!Number.isInteger(seed)) usage('--seed must be an integer');
  if (values.concurrency === undefined) return { targets, runs, seed };
  const concurrency = Number(values.concurrency);
  if (!Number.isInteger(concurrency) || concurrency < 1)
    usage('--concurrency must be a positive integer');
  return { targets, runs, seed, concurrency };
}

function line(r: TargetReport): string {
  const wall =
    r.wallMs >= 10_000 ? `${(r.wallMs / 1000).toFixed(1)} s` : `${Math.round(r.wallMs)} ms`;
  return (
    `${r.target.padEnd(18)} ${String(r.runs).padStart(7)} inputs  ${wall.padStart(9)}  ` +
    `crashes ${r.crashes}  wrong ${r.wrong}  hangs ${r.hangs}  leaks ${r.leaks}  ` +
    `(slowest input ${Math.round(r.maxMs)} ms)`
  );
}

async function main(): Promise<void> {
  const { targets, runs, seed, concurrency } = parse();
  const each = runs === undefined ? 'the default number of' : String(runs);
  process.stdout.write(`fuzz: seed ${seed}, ${each} inputs per target\n`);
  const dog = startWatchdog(STALL_MS);
  const reports: TargetReport[] = [];
  for (const [n, name] of targets.entries()) {
    dog.beat(n, 0);
    const r = await runTarget(name, {
      runs: runs ?? defaultRuns(name),
      seed,
      concurrency,
      onProgress: (i) => dog.beat(n, i),
    });
    reports.push(r);
    process.stdout.write(`${line(r)}\n`);
    for (const note of r.notes) process.stdout.write(`  ${note}\n`);
    for (const f of r.examples) {
      process.stdout.write(
        `  ${f.kind} at input ${f.index}: ${f.message}\n    input: ${f.input}\n`,
      );
    }
  }
  await dog.stop();
  const bad = reports.filter((r) => !clean(r));
  const total = reports.reduce((n, r) => n + r.runs, 0);
  process.stdout.write(
    bad.length === 0
      ? `fuzz: ${total} inputs, 0 crashes, 0 wrong, 0 hangs, 0 leaks (seed ${seed})\n`
      : `fuzz: FAILED in ${bad.map((r) => r.target).join(', ')} (seed ${seed}; rerun with --seed ${seed})\n`,
  );
  process.exitCode = bad.length === 0 ? 0 : 1;
}

await main();
