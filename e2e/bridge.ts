/**
 * window.sendcheck for a page in plain Chromium, shaped exactly like electron/preload.ts exposes it:
 * the same functions, result unions, listeners that get the payload only. Calls cross to Node through
 * page.exposeBinding; progress events come back through page.evaluate, in order, before the answer
 * of the call that caused them (as Electron's IPC delivers them).
 */
import type { Page } from '@playwright/test';
import type { IpcChannel, IpcEvents } from '../shared/ipc-contract.js';
import { LanguageSetting, type SettingsStore } from '../electron/language.js';
import { CHANNEL_NAMES, IPC_CHANNELS } from '../shared/ipc-methods.js';
import { ipcValidators } from '../shared/ipc-validators.js';

/** The Node side of the bridge: the main process's handlers, real (engine-client.ts) or replaying fixtures. */
export interface BridgeBackend {
  /** One IPC call; answers a result union, never throws. */
  invoke(channel: IpcChannel, request: unknown): Promise<unknown>;
  /** Progress events for the page; returns the unsubscribe function. */
  onEvent(listener: (payload: IpcEvents['diagnosis:progress']) => void): () => void;
}

/** Each request channel's method, from the one channel table, as the page script gets it. */
const METHODS = JSON.stringify(CHANNEL_NAMES.map((c) => [IPC_CHANNELS[c].method, c]));

// Runs in the page before the app's own code: the same shape the preload's contextBridge gives,
// one function per channel of the table (a call without a request sends {}, as the preload does).
const PRELOAD = `(() => {
  const invoke = globalThis.__sendcheckInvoke;
  const listeners = new Set();
  const api = {};
  for (const [method, channel] of ${METHODS}) api[method] = (req) => invoke(channel, req ?? {});
  api.onProgress = (listener) => {
    if (typeof listener !== 'function') throw new TypeError('onProgress needs a function');
    const forward = (payload) => listener(payload);
    listeners.add(forward);
    return () => { listeners.delete(forward); };
  };
  // The Help menu's item has no menu here: tests open the console by #staff or its shortcut.
  api.onStaffOpen = (listener) => {
    if (typeof listener !== 'function') throw new TypeError('staff:open needs a function');
    return () => undefined;
  };
  Object.defineProperty(globalThis, 'sendcheck', { value: Object.freeze(api), enumerable: true });
  Object.defineProperty(globalThis, '__sendcheckEmit', {
    value: (payload) => { for (const l of [...listeners]) l(payload); },
  });
})();`;

/** The language setting of one page, kept in memory: the e2e run writes no settings file. */
function memorySettings(): SettingsStore {
  let kept = {};
  return {
    read: () => ({ ...kept }),
    write: async (settings) => {
      kept = { ...settings };
    },
  };
}

/**
 * settings:language for one page, as the main process answers it: the page's own languages (the
 * browser context's locale plays the OS) until the user picks one, which is kept in memory only.
 * Served here, not by the backend, because one backend serves the pages of every language.
 */
async function languageChannel(page: Page): Promise<(request: unknown) => unknown> {
  const system = await page.evaluate(() => [
    ...(globalThis as unknown as { navigator: { languages: string[] } }).navigator.languages,
  ]);
  const setting = new LanguageSetting(memorySettings(), () => system);
  return async (request) => {
    const parsed = ipcValidators['settings:language'](request);
    if (!parsed.ok) return { ok: false, code: 'bad_request', message: parsed.message };
    const { lang } = parsed.value;
    return { ok: true, value: lang === undefined ? setting.current() : await setting.choose(lang) };
  };
}

/** Installs the bridge on a page (before it loads); returns a function that detaches it. */
export async function installBridge(page: Page, backend: BridgeBackend): Promise<() => void> {
  // Events go to the page one at a time, in arrival order; calls wait for the queue before answering.
  let queue: Promise<void> = Promise.resolve();
  const off = backend.onEvent((payload) => {
    queue = queue
      .then(() =>
        page.evaluate(
          (p) =>
            (globalThis as unknown as { __sendcheckEmit(p: unknown): void }).__sendcheckEmit(p),
          payload,
        ),
      )
      .catch(() => undefined);
  });
  const language = await languageChannel(page);
  await page.exposeBinding(
    '__sendcheckInvoke',
    async (source, channel: unknown, request: unknown) => {
      // The trusted-sender rule: only the page's own top frame may call.
      if (source.frame !== page.mainFrame())
        return { ok: false, code: 'forbidden', message: 'sender is not the app window' };
      if (typeof channel !== 'string' || !(CHANNEL_NAMES as string[]).includes(channel)) {
        return { ok: false, code: 'bad_request', message: 'unknown channel' };
      }
      const result =
        channel === 'settings:language'
          ? await language(request)
          : await backend.invoke(channel as IpcChannel, request);
      await queue;
      return result;
    },
  );
  await page.addInitScript(PRELOAD);
  page.once('close', off);
  return off;
}
