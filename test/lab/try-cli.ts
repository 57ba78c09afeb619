/**
 * Runs the CLI once inside a fresh lab and prints its output, for looking at by hand:
 *   node --import tsx test/lab/try-cli.ts SCENARIO [CLI ARGS...]
 */
import { startLab } from './lab.js';
import { resolveScenario, type ScenarioName } from './scenarios.js';

const [name = 'open', ...cliArgs] = process.argv.slice(2);
resolveScenario(name as ScenarioName);
const lab = await startLab({ scenario: name as ScenarioName });
try {
  const r = await lab.run(['node', 'build/cli/cli.mjs', 'diagnose', ...cliArgs], { env: lab.env });
  process.stdout.write(r.stdout);
  process.stderr.write(r.stderr);
  process.stderr.write(`[exit ${r.code}, ${Math.round(r.ms)} ms]\n`);
} finally {
  await lab.stop();
}
