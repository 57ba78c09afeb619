/**
 * Runs one made-up network through the real CLI in the lab and holds its answer to the oracle's:
 * the verdict, and the recommended host and port where the verdict carries settings.
 */
import type { Lab } from './lab.js';
import { expectedOutcome, type ExpectedSettings } from './random-oracle.js';
import { describeNetwork, generateNetwork, networkScenario } from './random-networks.js';

interface CliProbe {
  role: string;
  host: string;
  port: number | null;
  outcome: string;
  smtp?: { failure: string | null; tls: { verified: boolean } | null };
}

interface CliAnswer {
  verdict: { code: string };
  recommended: { host: string; port: number } | null;
  probes: CliProbe[];
}

/** One network's run: what was expected, what the CLI said, and whether the two agree. */
export interface NetworkRun {
  seed: number;
  description: string;
  expected: string;
  got: string;
  pass: boolean;
  /** Why it failed (empty when it passed). */
  problem: string;
  ms: number;
  /** The CLI's standard output, for a replay to show. */
  raw: string;
}

function settingsText(s: ExpectedSettings | undefined): string {
  if (s === undefined) return '';
  return s === null ? ' (no settings)' : ` ${s.host}:${s.port}`;
}

/**
 * Whether the recommended settings are the expected ones. On a lossy path 465 stands in for 587
 * when the loss broke the CLI's own 587 exchange with that host (then 465, which worked, is right).
 */
function settingsProblem(
  expected: ExpectedSettings,
  got: CliAnswer['recommended'],
  probes: CliProbe[],
  lossy: boolean,
): string {
  if (expected === null) return got === null ? '' : 'settings where none can be known';
  if (got === null) return 'no settings';
  if (got.host !== expected.host) return `host ${got.host}, not ${expected.host}`;
  if (got.port === expected.port) return '';
  const worked587 = probes.some(
    (p) =>
      p.host === expected.host &&
      p.port === 587 &&
      p.outcome === 'open' &&
      !p.smtp?.failure &&
      p.smtp?.tls?.verified === true,
  );
  if (lossy && expected.port === 587 && got.port === 465 && !worked587) return '';
  return `port ${got.port}, not ${expected.port}`;
}

/** Builds the seed's network in the lab, runs `diagnose --json` in the PC, and compares. */
export async function runNetwork(lab: Lab, seed: number): Promise<NetworkRun> {
  const network = generateNetwork(seed);
  const expected = expectedOutcome(network);
  const scenario = networkScenario(network, seed);
  const started = performance.now();
  await lab.apply(scenario);
  const email = scenario.email ?? '';
  const r = await lab.run(
    ['node', 'build/cli/cli.mjs', 'diagnose', '--json', '--lang', 'en', '--email', email],
    { env: lab.env, timeoutMs: 40_000 },
  );
  const ms = Math.round(performance.now() - started);
  const base = {
    seed,
    description: `${describeNetwork(network)} email=${email}`,
    expected: `${expected.verdict}${settingsText(expected.recommended)}`,
    ms,
    raw: r.stdout,
  };
  let json: CliAnswer;
  try {
    if (r.code !== 0 || r.stderr !== '') throw new Error(`exit ${r.code}: ${r.stderr.trim()}`);
    json = JSON.parse(r.stdout) as CliAnswer;
  } catch (e) {
    const problem = `the CLI gave no verdict (${(e as Error).message})`;
    return { ...base, got: 'nothing', pass: false, problem };
  }
  const gotSettings = json.recommended
    ? { host: json.recommended.host, port: json.recommended.port }
    : null;
  const got = `${json.verdict.code}${expected.recommended === undefined ? '' : settingsText(gotSettings)}`;
  if (json.verdict.code !== expected.verdict) {
    return { ...base, got, pass: false, problem: 'another verdict' };
  }
  const problem =
    expected.recommended === undefined
      ? ''
      : settingsProblem(
          expected.recommended,
          json.recommended,
          json.probes,
          network.path === 'lossy',
        );
  return { ...base, got, pass: problem === '', problem };
}

/** The line printed for a run. */
export function runLine(run: NetworkRun): string {
  const mark = run.pass ? 'ok  ' : 'FAIL';
  const why = run.pass ? '' : ` [${run.problem}]`;
  return `${mark} seed=${run.seed} ${run.description} expected=${run.expected} got=${run.got}${why} (${run.ms} ms)`;
}
