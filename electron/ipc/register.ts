/**
 * Registers every IPC channel of the table (shared/ipc-methods.ts) through handle(), with the real
 * engine, mail programs, dialogs and files. Runs before the first window exists.
 */
import { app, ipcMain } from 'electron';
import { aboutFacts } from '../about.js';
import { appProxyConfig } from '../chromium-proxy.js';
import { fixAccount, listAccounts, readAccount, undoAccountFix } from '../accounts/index.js';
import { runCheck } from '../engine/check.js';
import { runDiagnosis, runLoginTest } from '../engine/index.js';
import { confirmFixDialog } from '../fix-dialog.js';
import { chooseOpenPath, chooseSavePath } from '../report-dialogs.js';
import { readTextCapped, writeTextAtomically } from '../report-files.js';
import { createAllHandlers, type FixDeps } from './all-handlers.js';
import { handleAll } from './handle.js';
import type { AppLogApi, HandlerDeps, LanguageApi } from './handler-deps.js';
import { RunRegistry } from './run-registry.js';

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
    engine: {
      // The web controls go through the proxies Chromium resolves, as the user's browser does.
      runDiagnosis: async (request, options) =>
        runDiagnosis(request, { ...options, config: await appProxyConfig() }),
      runLoginTest,
    },
    registry: new RunRegistry(),
    appInfo,
    language,
    ...(appLog ? { appLog } : {}),
  };
}

/** The real mail-program readers, the real check, the native dialogs and the real files. */
export function defaultFixDeps(deps: HandlerDeps): FixDeps {
  return {
    accounts: {
      listAccounts: () => listAccounts(),
      readAccount: (id) => readAccount(id),
      fixAccount: (id, settings, opts) => fixAccount(id, settings, opts),
      undoAccountFix: (id, fix) => undoAccountFix(id, fix !== undefined ? { fix } : {}),
      runCheck: async (input, opts) => runCheck(input, { ...opts, config: await appProxyConfig() }),
      confirmWrite: confirmFixDialog,
    },
    reports: {
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
  handleAll(ipcMain, createAllHandlers(deps, fix));
}
