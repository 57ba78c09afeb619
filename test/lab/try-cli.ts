/**
 * Runs the CLI once inside a fresh lab and prints its output, for looking at by hand:
 *   node --import tsx test/lab/try-cli.ts SCENARIO [CLI ARGS...]
 * Without --email it diagnoses the scenario's own address (e.g. taro@bird.ocn.ne.jp), with the
 * scenario's password for the login test when it names one.
 */
import { startLab } from './lab.js';
import { resolveScenario, type ScenarioName } from './scenarios.js';
import { LAB_ACCOUNT } from './topology.js';

const [name = 'open', ...given] = process.argv.slice(2);
const scenario = resolveScenario(name as ScenarioName);
// Without --email, the address the scenario is about (and its password).
const own = !given.includes('--email');
const password = own ? scenario.password : undefined;
const cliArgs = own
  ? [
      '--email',
      scenario.email ?? LAB_ACCOUNT.email,
      ...(password !== undefined ? ['--password-stdin'] : []),
      ...given,
    ]
  : given;
const lab = await startLab({ scenario: name as ScenarioName });
try {
  const r = await lab.run(['node', 'build/cli/cli.mjs', 'diagnose', ...cliArgs], {
    env: lab.env,
    ...(password !== undefined ? { input: `${password}\n` } : {}),
  });
  process.stdout.write(r.stdout);
  process.stderr.write(r.stderr);
  process.stderr.write(`[exit ${r.code}, ${Math.round(r.ms)} ms]\n`);
} finally {
  await lab.stop();
}
