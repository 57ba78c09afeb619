/**
 * npm run bench: time to verdict of the whole CLI process inside the lab, against the targets of
 * the engine issues, next to what a plain OS connect (telnet) waits on the dropped port.
 * Usage: npm run bench [-- --runs N] [-- --no-telnet] [-- --only SCENARIO[,SCENARIO...]]
 */
import { startLab, type Lab } from '../test/lab/lab.js';
import { SCENARIOS, type ScenarioName } from '../test/lab/scenarios.js';
import { LAB_ACCOUNT, labServer } from '../test/lab/topology.js';

/** What "met" means for a case. */
type Target =
  { kind: 'median'; ms: number } | { kind: 'max'; ms: number } | { kind: 'no_false_block' };

interface Case {
  scenario: ScenarioName;
  label: string;
  expect: string;
  target: Target;
  /** Fixed number of runs (the "30 of 30" cases); otherwise --runs. */
  runs?: number;
  /** Re-apply the scenario before every run (resets the once-only lost SYN). */
  reapply?: boolean;
}

const CASES: Case[] = [
  { scenario: 'open', label: 'open network', expect: 'ok', target: { kind: 'median', ms: 1000 } },
  {
    scenario: 'op25b_drop',
    label: 'OP25B, silent drop',
    expect: 'port25_blocked',
    target: { kind: 'median', ms: 600 },
  },
  {
    scenario: 'op25b_reset',
    label: 'OP25B, TCP reset',
    expect: 'port25_blocked',
    target: { kind: 'median', ms: 3000 },
  },
  {
    scenario: 'op25b_loss',
    label: 'OP25B, drop + 4% loss',
    expect: 'port25_blocked',
    target: { kind: 'median', ms: 8000 },
    runs: 30,
  },
  {
    scenario: 'satellite_op25b',
    label: 'satellite 650 ms RTT, OP25B',
    expect: 'port25_blocked',
    target: { kind: 'max', ms: 8000 },
  },
  {
    scenario: 'dns_drops_mx',
    label: 'router drops MX queries, OP25B',
    expect: 'port25_blocked',
    target: { kind: 'median', ms: 2000 },
  },
  {
    scenario: 'distant_mx_lost_syn',
    label: 'far MX (300 ms), first SYN lost',
    expect: 'ok',
    target: { kind: 'no_false_block' },
    runs: 30,
    reapply: true,
  },
];

/** Verdicts that say something on the way blocks the mail. */
const BLOCKING = new Set([
  'port25_blocked',
  'port25_intercepted',
  'submission_blocked',
  'smtp_blocked',
  'server_unreachable',
  'internet_unreachable',
]);

const args = process.argv.slice(2);
const argValue = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const RUNS = Math.max(5, Number(argValue('--runs') ?? 7));
const TELNET = !args.includes('--no-telnet');
const ONLY = argValue('--only')?.split(',');

interface Sample {
  ms: number;
  /** The diagnosis' own elapsedMs (its JSON): the process's time without Node's start and exit. */
  engineMs: number | null;
  rssKb: number;
  code: string;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] ?? 0) : ((s[m - 1] ?? 0) + (s[m] ?? 0)) / 2;
}

async function timeCli(lab: Lab, email: string): Promise<Sample> {
  // GNU time reports the peak resident set of the whole process; the wall time is measured around it.
  const r = await lab.run(
    [
      '/usr/bin/time',
      '-f',
      'RSS_KB=%M',
      'node',
      'build/cli/cli.mjs',
      'diagnose',
      '--email',
      email,
      '--json',
    ],
    { env: lab.env, timeoutMs: 60_000 },
  );
  const rss = /RSS_KB=(\d+)/.exec(r.stderr);
  let code = `exit ${r.code}`;
  let engineMs: number | null = null;
  try {
    const json = JSON.parse(r.stdout) as { verdict: { code: string }; elapsedMs: number };
    code = json.verdict.code;
    engineMs = json.elapsedMs;
  } catch {
    // not one JSON object: counted as wrong, with the exit status as its "verdict"
  }
  return { ms: r.ms, engineMs, rssKb: Number(rss?.[1] ?? 0), code };
}

function targetText(t: Target): string {
  if (t.kind === 'median') return `median ≤ ${t.ms}`;
  if (t.kind === 'max') return `max ≤ ${t.ms}`;
  return '0 false "blocked"';
}

function row(c: Case, samples: Sample[]): { line: string; ok: boolean } {
  const ms = samples.map((s) => s.ms);
  const right = samples.filter((s) => s.code === c.expect).length;
  const falseBlocks = samples.filter((s) => s.code !== c.expect && BLOCKING.has(s.code)).length;
  const med = median(ms);
  const max = Math.max(...ms);
  const withinTarget =
    c.target.kind === 'median'
      ? med <= c.target.ms
      : c.target.kind === 'max'
        ? max <= c.target.ms
        : falseBlocks === 0;
  const ok = withinTarget && right === samples.length;
  const wrong = [...new Set(samples.filter((s) => s.code !== c.expect).map((s) => s.code))];
  const verdict = wrong.length > 0 ? `${c.expect} (also: ${wrong.join(', ')})` : c.expect;
  const rss = (Math.max(...samples.map((s) => s.rssKb)) / 1024).toFixed(0);
  const engine = samples.flatMap((s) => (s.engineMs === null ? [] : [s.engineMs]));
  const engineMed = engine.length > 0 ? String(Math.round(median(engine))) : '—';
  return {
    line: `| ${c.label} | ${verdict} | ${right}/${samples.length} | ${falseBlocks} | ${Math.round(med)} | ${Math.round(max)} | ${engineMed} | ${rss} | ${targetText(c.target)} | ${ok ? 'yes' : 'NO'} |`,
    ok,
  };
}

async function runCase(lab: Lab, c: Case): Promise<Sample[]> {
  const email = SCENARIOS[c.scenario].email ?? LAB_ACCOUNT.email;
  await lab.apply(c.scenario);
  await timeCli(lab, email); // warm the file cache; not counted
  const samples: Sample[] = [];
  for (let i = 0; i < (c.runs ?? RUNS); i++) {
    if (c.reapply) await lab.apply(c.scenario);
    samples.push(await timeCli(lab, email));
  }
  return samples;
}

async function main(): Promise<void> {
  const lab = await startLab();
  const rows: string[] = [];
  let failed = false;
  try {
    for (const c of CASES.filter((x) => !ONLY || ONLY.includes(x.scenario))) {
      const samples = await runCase(lab, c);
      const { line, ok } = row(c, samples);
      if (!ok) failed = true;
      rows.push(line);
      process.stderr.write(
        `${c.label}: ${samples.map((s) => `${Math.round(s.ms)}${s.code === c.expect ? '' : `(${s.code})`}`).join(', ')} ms\n`,
      );
    }
    let telnet = 'not measured (--no-telnet)';
    if (TELNET) {
      await lab.apply('op25b_drop');
      const ip = labServer('google-mx').ip;
      // bash's /dev/tcp is a plain connect() with the OS's own SYN retries, like telnet.
      const r = await lab.run(['bash', '-c', `exec 3<>/dev/tcp/${ip}/25`], { timeoutMs: 300_000 });
      telnet = `${(r.ms / 1000).toFixed(1)} s (exit ${r.code})`;
    }
    console.log(
      `Runs per case: ${RUNS} unless the case says 30 (plus one warm-up), whole CLI process (node build/cli/cli.mjs diagnose --json) inside the lab PC.\n`,
    );
    console.log(
      '| case | verdict | right | false "blocked" | median ms | max ms | engine median ms | peak RSS MiB | target ms | met |',
    );
    console.log('|---|---|---|---|---|---|---|---|---|---|');
    for (const r of rows) console.log(r);
    console.log(
      `\nPlain OS connect to the dropped port 25 (what telnet waits), same lab: ${telnet}`,
    );
  } finally {
    await lab.stop();
  }
  process.exitCode = failed ? 1 : 0;
}

void main();
