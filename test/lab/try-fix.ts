/**
 * Runs the account commands once inside a fresh lab, for looking at by hand: a temporary home
 * with the Thunderbird fixture, its first account pointed at the lab's provider (taro@example.jp
 * on smtp.example.jp:25, no encryption, no authentication), then `accounts`, `fix --yes`,
 * `accounts --json` and `fix --undo`:
 *   flock /tmp/sclab.lock node --import tsx test/lab/try-fix.ts [SCENARIO]
 * Needs `npm run build:cli` first.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { installThunderbird, makeTempHome } from '../support/mail-fixtures.js';
import { startLab } from './lab.js';
import { resolveScenario, type ScenarioName } from './scenarios.js';

const [name = 'op25b_drop'] = process.argv.slice(2);
resolveScenario(name as ScenarioName);
const home = await makeTempHome();
const root = await installThunderbird(home, 'linux');
const prefs = join(root, 'Profiles', 'k3x9q2ab.default-release', 'prefs.js');
const text = (await readFile(prefs, 'utf8'))
  .replaceAll('taro.yamada@ocn.ne.jp', 'taro@example.jp')
  .replaceAll('"smtp.ocn.ne.jp"', '"smtp.example.jp"');
await writeFile(prefs, text);
const id = 'thunderbird:k3x9q2ab.default-release:smtp1';
const lab = await startLab({ scenario: name as ScenarioName });
try {
  for (const args of [
    ['accounts'],
    ['fix', '--account', id, '--yes'],
    ['accounts', '--json'],
    ['fix', '--account', id, '--undo'],
  ]) {
    const r = await lab.run(['node', 'build/cli/cli.mjs', ...args], {
      env: { ...lab.env, HOME: home.home, LANG: 'ja_JP.UTF-8' },
    });
    process.stdout.write(`$ sendcheck ${args.join(' ')}\n${r.stdout}`);
    process.stderr.write(r.stderr);
    process.stderr.write(`[exit ${r.code}, ${Math.round(r.ms)} ms]\n\n`);
  }
} finally {
  await lab.stop();
  await home.remove();
}
