/**
 * Made-up networks through the real CLI, one lab for the whole run:
 *   npm run lab:random -- --count N --seed S   networks S, S+1, … S+N-1
 *   npm run lab:random -- --replay SEED        the one network SEED makes
 * One line per network (seed, network, expected, got); failing seeds at the end, to replay; the
 * number of distinct networks covered. Exit status 1 when any network failed, 2 on bad arguments.
 */
import { execFileSync } from 'node:child_process';
import { labAvailable, startLab } from './lab.js';
import { runLine, runNetwork, type NetworkRun } from './random-run.js';
import { REPO_ROOT } from './servers-process.js';

/** A replay's detail: the evidence ids and every probe, one line each. */
function showAnswer(raw: string): string {
  try {
    const json = JSON.parse(raw) as {
      evidence: { id: string }[];
      probes: {
        role: string;
        host: string;
        port: number | null;
        outcome: string;
        detail: string;
      }[];
    };
    const probes = json.probes.map(
      (p) => `  ${p.role} ${p.host}:${p.port ?? '-'} ${p.outcome}: ${p.detail.slice(0, 140)}`,
    );
    return [`evidence: ${json.evidence.map((e) => e.id).join(', ')}`, ...probes].join('\n');
  } catch {
    return raw;
  }
}

function usage(message: string): never {
  process.stderr.write(
    `${message}\nusage: npm run lab:random -- --count N --seed S | --replay SEED\n`,
  );
  process.exit(2);
}

function intArg(args: string[], name: string): number | undefined {
  const at = args.indexOf(name);
  if (at < 0) return undefined;
  const value = Number(args[at + 1]);
  if (!Number.isSafeInteger(value) || value < 0) usage(`${name} needs a whole number`);
  return value;
}

const args = process.argv.slice(2);
const replay = intArg(args, '--replay');
const count = replay !== undefined ? 1 : (intArg(args, '--count') ?? 10);
const first = replay ?? intArg(args, '--seed') ?? 1;
if (count < 1) usage('--count must be at least 1');

const available = labAvailable();
if (!available.ok) usage(`the lab cannot run here: ${available.reason}`);
execFileSync('node', ['scripts/build.mjs', 'cli'], { cwd: REPO_ROOT, stdio: 'inherit' });

const started = performance.now();
const runs: NetworkRun[] = [];
const lab = await startLab();
try {
  for (let seed = first; seed < first + count; seed++) {
    const run = await runNetwork(lab, seed);
    runs.push(run);
    process.stdout.write(`${runLine(run)}\n`);
    if (replay !== undefined) process.stdout.write(`${showAnswer(run.raw)}\n`);
  }
} finally {
  await lab.stop();
}
const failed = runs.filter((r) => !r.pass);
const distinct = new Set(runs.map((r) => r.description)).size;
const seconds = Math.round((performance.now() - started) / 1000);
process.stdout.write(
  `\n${runs.length - failed.length}/${runs.length} networks passed, ${distinct} distinct, ${seconds} s\n`,
);
if (failed.length > 0) {
  process.stdout.write(
    `failed seeds (replay with npm run lab:random -- --replay SEED): ${failed.map((r) => r.seed).join(' ')}\n`,
  );
  process.exitCode = 1;
}
