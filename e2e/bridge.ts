/**
 * window.sendcheck for a page in plain Chromium, shaped exactly like electron/preload.ts exposes it:
 * the same functions, result unions, listeners that get the payload only. Calls cross to Node through
 * page.exposeBinding; progress events come back through page.evaluate, in order, before the answer
 * of the call that caused them (as Electron's IPC delivers them).
 */
import type { Page } from '@playwright/test';
import type { IpcChannel, IpcEvents } from '../shared/ipc-contract.js';

/** The Node side of the bridge: the main process's handlers, real (engine-client.ts) or replaying fixtures. */
export interface BridgeBackend {
  /** One IPC call; answers a result union, never throws. */
  invoke(channel: IpcChannel, request: unknown): Promise<unknown>;
  /** Progress events for the page; returns the unsubscribe function. */
  onEvent(listener: (payload: IpcEvents['diagnosis:progress']) => void): () => void;
}

// Runs in the page before the app's own code: the same shape the preload's contextBridge gives.
const PRELOAD = `(() => {
  const invoke = globalThis.__sendcheckInvoke;
  const listeners = new Set();
  const call = (channel, request) => invoke(channel, request);
  const api = {
    startDiagnosis: (req) => call('diagnosis:start', req),
    cancelDiagnosis: (req) => call('diagnosis:cancel', req),
    loginTest: (req) => call('diagnosis:login-test', req),
    appInfo: () => call('app:info', {}),
    listAccounts: (req) => call('accounts:list', req),
    fixAccount: (req) => call('accounts:fix', req),
    undoFix: (req) => call('accounts:undo', req),
    checkSettings: (req) => call('diagnosis:check', req),
    saveReport: (req) => call('report:save', req),
    openReport: (req) => call('report:open', req),
    encodeCode: (req) => call('code:encode', req),
    decodeCode: (req) => call('code:decode', req),
    lookupProvider: (req) => call('provider:lookup', req),
    onProgress: (listener) => {
      if (typeof listener !== 'function') throw new TypeError('onProgress needs a function');
      const forward = (payload) => listener(payload);
      listeners.add(forward);
      return () => { listeners.delete(forward); };
    },
  };
  Object.defineProperty(globalThis, 'sendcheck', { value: Object.freeze(api), enumerable: true });
  Object.defineProperty(globalThis, '__sendcheckEmit', {
    value: (payload) => { for (const l of [...listeners]) l(payload); },
  });
})();`;

const CHANNELS: readonly string[] = [
  'diagnosis:start',
  'diagnosis:cancel',
  'diagnosis:login-test',
  'app:info',
  'accounts:list',
  'accounts:fix',
  'accounts:undo',
  'diagnosis:check',
  'report:save',
  'report:open',
  'code:encode',
  'code:decode',
  'provider:lookup',
];

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
  await page.exposeBinding(
    '__sendcheckInvoke',
    async (source, channel: unknown, request: unknown) => {
      // The trusted-sender rule: only the page's own top frame may call.
      if (source.frame !== page.mainFrame())
        return { ok: false, code: 'forbidden', message: 'sender is not the app window' };
      if (typeof channel !== 'string' || !CHANNELS.includes(channel)) {
        return { ok: false, code: 'bad_request', message: 'unknown channel' };
      }
      const result = await backend.invoke(channel as IpcChannel, request);
      await queue;
      return result;
    },
  );
  await page.addInitScript(PRELOAD);
  page.once('close', off);
  return off;
}
