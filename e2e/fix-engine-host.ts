/**
 * engine-host.ts with the channels of issue 9 as well: the real accounts back end reading the
 * mail programs under this process's HOME (the test gives a temporary one holding a fixture
 * Thunderbird profile), the real check, and report files in SENDCHECK_E2E_REPORTS instead of
 * native dialogs (save and open both use report.html there). Same JSON-lines protocol.
 *   lab.spawn(['node', '--import', 'tsx', 'e2e/fix-engine-host.ts'], { env: { ...lab.env, HOME, SENDCHECK_E2E_REPORTS } })
 */
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import {
  fixThunderbird,
  listAccounts,
  readAccount,
  undoThunderbirdFix,
} from '../electron/accounts/index.js';
import { runCheck } from '../electron/engine/check.js';
import { runDiagnosis, runLoginTest } from '../electron/engine/index.js';
import type { FixDeps } from '../electron/ipc/register.js';
import { readTextCapped, writeTextAtomically } from '../electron/report-files.js';
import type { IpcChannel } from '../shared/ipc-contract.js';
import { createMainSide } from './main-side.js';

const write = (msg: unknown): void => {
  process.stdout.write(`${JSON.stringify(msg)}\n`);
};

const reports = process.env.SENDCHECK_E2E_REPORTS;
if (!reports) throw new Error('fix-engine-host needs SENDCHECK_E2E_REPORTS');
const reportFile = join(reports, 'report.html');

const fix: FixDeps = {
  accounts: {
    listAccounts: () => listAccounts(),
    readAccount: (id) => readAccount(id),
    fixThunderbird: (id, settings, opts) => fixThunderbird(id, settings, opts),
    undoThunderbirdFix: (id) => undoThunderbirdFix(id),
    runCheck: (input, opts) => runCheck(input, opts),
  },
  support: {
    appVersion: () => '0.1.0',
    lang: () => 'ja',
    chooseSavePath: async () => reportFile,
    chooseOpenPath: async () => reportFile,
    writeText: writeTextAtomically,
    readCapped: readTextCapped,
  },
};

const main = createMainSide(
  { runDiagnosis, runLoginTest },
  (payload) => write({ type: 'event', payload }),
  (line) => process.stderr.write(`${line}\n`),
  fix,
);

const lines = createInterface({ input: process.stdin });
lines.on('line', (line) => {
  let msg: { id?: unknown; channel?: unknown; request?: unknown };
  try {
    msg = JSON.parse(line) as typeof msg;
  } catch {
    process.stderr.write('fix-engine-host: a line that is not JSON was ignored\n');
    return;
  }
  const { id, channel, request } = msg;
  if (typeof id !== 'number' || typeof channel !== 'string') return;
  void main
    .invoke(channel as IpcChannel, request)
    .catch(() => ({ ok: false, code: 'internal', message: 'internal error' }))
    .then((result) => write({ type: 'result', id, result }));
});
lines.on('close', () => process.exit(0));
write({ type: 'ready' });
