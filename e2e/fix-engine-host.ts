/**
 * engine-host.ts with the account and report channels as well: the real accounts back end reading the
 * mail programs under this process's HOME (the test gives a temporary one holding a fixture
 * Thunderbird profile), the real check, and report files in SENDCHECK_E2E_REPORTS instead of
 * native dialogs (save and open both use report.html there). Same JSON-lines protocol.
 *   lab.spawn(['node', '--import', 'tsx', 'e2e/fix-engine-host.ts'], { env: { ...lab.env, HOME, SENDCHECK_E2E_REPORTS } })
 * With SENDCHECK_E2E_BECKY_DRIVE, the accounts are read as on Windows with that folder as C:\
 * (a fixture Becky! data folder in C:\Becky!).
 */
import { join } from 'node:path';
import {
  fixAccount,
  listAccounts,
  processAccountsEnv,
  readAccount,
  undoAccountFix,
  type AccountsEnv,
} from '../electron/accounts/index.js';
import { runCheck } from '../electron/engine/check.js';
import { runDiagnosis, runLoginTest } from '../electron/engine/index.js';
import type { FixDeps } from '../electron/ipc/all-handlers.js';
import { readTextCapped, writeTextAtomically } from '../electron/report-files.js';
import { changeLine } from '../shared/change-text.js';
import { serveJsonLines, writeEvent } from './json-lines-host.js';
import { createMainSide } from './main-side.js';

const reports = process.env.SENDCHECK_E2E_REPORTS;
const beckyDrive = process.env.SENDCHECK_E2E_BECKY_DRIVE;
// The Becky! walk: this machine read as Windows with C:\ at beckyDrive. Only Windows has
// tasklist, so its answer is given: Becky! (B2.exe) is not running.
const env: AccountsEnv | undefined = beckyDrive
  ? {
      ...processAccountsEnv(),
      platform: 'win32',
      systemDrive: beckyDrive,
      ownedByUser: async (paths) => new Set(paths),
      runTasklist: async () => ({ code: 0, stdout: 'INFO: No tasks are running.\r\n' }),
    }
  : undefined;
const withEnv = env ? { env } : {};
if (!reports) throw new Error('fix-engine-host needs SENDCHECK_E2E_REPORTS');
const reportFile = join(reports, 'report.html');

const fix: FixDeps = {
  accounts: {
    listAccounts: () => listAccounts(env),
    readAccount: (id) => readAccount(id, env),
    fixAccount: (id, settings, opts) => fixAccount(id, settings, { ...opts, ...withEnv }),
    undoAccountFix: (id, fix) =>
      undoAccountFix(id, { ...withEnv, ...(fix !== undefined ? { fix } : {}) }),
    runCheck: (input, opts) => runCheck(input, opts),
    // Stands in for the main process's native dialog (electron/fix-dialog.ts, tested with a fake
    // Electron): the person in the walk presses Change. The rows go to the host's log.
    confirmWrite: async (_sender, what, lang) => {
      const rows = what.changes.filter((c) => c.changed).map((c) => changeLine(c, lang));
      process.stderr.write(`fix-engine-host: confirm (Change): ${rows.join('; ')}\n`);
      return true;
    },
  },
  reports: {
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
  writeEvent,
  (line) => process.stderr.write(`${line}\n`),
  fix,
);

serveJsonLines(main, 'fix-engine-host');
