/** Registers every IPC channel, one line each, through handle(). Runs before the first window exists. */
import { app, ipcMain } from 'electron';
import { runDiagnosis, runLoginTest } from '../engine/index.js';
import { handle } from './handle.js';
import { createHandlers, type HandlerDeps, type LanguageApi } from './handlers.js';
import { RunRegistry } from './run-registry.js';

/** The app's version, the OS language the user prefers, and the platform. */
function appInfo(): { version: string; locale: string; platform: string } {
  return {
    version: app.getVersion(),
    locale: app.getPreferredSystemLanguages()[0] ?? app.getLocale(),
    platform: process.platform,
  };
}

/** The real engine, a fresh run registry and the app's own facts, around the given language setting. */
export function defaultDeps(language: LanguageApi): HandlerDeps {
  return { engine: { runDiagnosis, runLoginTest }, registry: new RunRegistry(), appInfo, language };
}

/** Wires the handlers to ipcMain; deps can be replaced in tests. */
export function setupIpc(deps: HandlerDeps): void {
  const h = createHandlers(deps);
  handle(ipcMain, 'diagnosis:start', h['diagnosis:start']);
  handle(ipcMain, 'diagnosis:cancel', h['diagnosis:cancel']);
  handle(ipcMain, 'diagnosis:login-test', h['diagnosis:login-test'], { secret: true });
  handle(ipcMain, 'app:info', h['app:info']);
  handle(ipcMain, 'settings:language', h['settings:language']);
}
