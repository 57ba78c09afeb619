/**
 * Prints the CLI's human output for several scenarios and languages in one lab, for reading by hand
 * (the closing notes quote it):  node --import tsx test/lab/show-cli.ts SCENARIO... [-- CLI ARGS...]
 */
import { startLab } from './lab.js';
import { resolveScenario, type ScenarioName } from './scenarios.js';

const args = process.argv.slice(2);
const dash = args.indexOf('--');
const names = (dash < 0 ? args : args.slice(0, dash)) as ScenarioName[];
const cliArgs = dash < 0 ? ['--email', 'taro@example.jp'] : args.slice(dash + 1);
for (const n of names) resolveScenario(n);
const lab = await startLab({ scenario: names[0] ?? 'open' });
try {
  for (const name of names) {
    await lab.apply(name);
    for (const lang of ['ja', 'en']) {
      const argv = ['node', 'build/cli/cli.mjs', 'diagnose', ...cliArgs, '--lang', lang];
      const r = await lab.run(argv, { env: { ...lab.env, ...lab.scenarioEnv } });
      process.stdout.write(`===== ${name} (${lang}) exit ${r.code}, ${Math.round(r.ms)} ms\n`);
      process.stdout.write(r.stdout + r.stderr);
    }
  }
} finally {
  await lab.stop();
}
