/** Registers every IPC channel, one line each, through handle(). Runs before the first window exists. */
import { app, ipcMain } from 'electron';
import { aboutFacts } from '../about.js';
import {
  fixThunderbird,
  listAccounts,
  readAccount,
  undoThunderbirdFix,
} from '../accounts/index.js';
import { runCheck } from '../engine/check.js';
import { runDiagnosis, runLoginTest } from '../engine/index.js';
import { confirmFixDialog } from '../fix-dialog.js';
import { chooseOpenPath, chooseSavePath } from '../report-dialogs.js';
import { readTextCapped, writeTextAtomically } from '../report-files.js';
import { createAccountHandlers, type AccountDeps } from './account-handlers.js';
import { handle } from './handle.js';
import { createHandlers, type AppLogApi, type HandlerDeps, type LanguageApi } from './handlers.js';
import { RunRegistry } from './run-registry.js';
import { createSupportHandlers, type SupportDeps } from './support-handlers.js';

/** The app's version, the OS language the user prefers, and the platform. */
function appInfo(): { version: string; locale: string; platform: string } {
  return {
    version: app.getVersion(),
    locale: app.getPreferredSystemLanguages()[0] ?? app.getLocale(),
    platform: process.platform,
  };
}

/**
 * The real engine, a fresh run registry and the app's own facts, around the given language setting
 * and, when there is one, the app's log file.
 */
export function defaultDeps(language: LanguageApi, appLog?: AppLogApi): HandlerDeps {
  return {
    engine: { runDiagnosis, runLoginTest },
    registry: new RunRegistry(),
    appInfo,
    language,
    ...(appLog ? { appLog } : {}),
  };
}

/** What the channels of issue 9 use besides HandlerDeps: mail programs, the check, dialogs, files. */
export interface FixDeps {
  accounts: AccountDeps;
  support: SupportDeps;
}

/** The real mail-program readers, the real check, the native dialogs and the real files. */
export function defaultFixDeps(deps: HandlerDeps): FixDeps {
  return {
    accounts: {
      listAccounts: () => listAccounts(),
      readAccount: (id) => readAccount(id),
      fixThunderbird: (id, settings, opts) => fixThunderbird(id, settings, opts),
      undoThunderbirdFix: (id) => undoThunderbirdFix(id),
      runCheck: (input, opts) => runCheck(input, opts),
      confirmWrite: confirmFixDialog,
    },
    support: {
      appVersion: () => app.getVersion(),
      facts: aboutFacts,
      ...(deps.appLog ? { appLog: () => deps.appLog?.text() ?? '' } : {}),
      lang: () => deps.language.current().lang,
      chooseSavePath,
      chooseOpenPath,
      writeText: writeTextAtomically,
      readCapped: readTextCapped,
    },
  };
}

/** Wires the handlers to ipcMain; deps can be replaced in tests. */
export function setupIpc(deps: HandlerDeps, fix: FixDeps = defaultFixDeps(deps)): void {
  const h = {
    ...createHandlers(deps),
    ...createAccountHandlers(deps, fix.accounts),
    ...createSupportHandlers(fix.support),
  };
  handle(ipcMain, 'diagnosis:start', h['diagnosis:start']);
  handle(ipcMain, 'diagnosis:cancel', h['diagnosis:cancel']);
  handle(ipcMain, 'diagnosis:login-test', h['diagnosis:login-test'], { secret: true });
  handle(ipcMain, 'app:info', h['app:info']);
  handle(ipcMain, 'settings:language', h['settings:language']);
  handle(ipcMain, 'accounts:list', h['accounts:list']);
  handle(ipcMain, 'accounts:fix', h['accounts:fix']);
  handle(ipcMain, 'accounts:undo', h['accounts:undo']);
  handle(ipcMain, 'diagnosis:check', h['diagnosis:check'], { secret: true });
  handle(ipcMain, 'report:save', h['report:save']);
  handle(ipcMain, 'report:open', h['report:open']);
  handle(ipcMain, 'code:encode', h['code:encode']);
  handle(ipcMain, 'code:decode', h['code:decode']);
  handle(ipcMain, 'provider:lookup', h['provider:lookup']);
}
