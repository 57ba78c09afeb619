/**
 * The main process's IPC side without Electron: the app's own handle() wrapper, channel validators,
 * handlers and run registry (electron/ipc/), over any engine. A stand-in WebContents carries the
 * progress events out. Used by engine-host.ts (real engine, in the lab) and fixture-backend.ts.
 */
import type { IpcMainInvokeEvent, WebContents } from 'electron';
import { runCheck } from '../electron/engine/check.js';
import { createListeners } from '../electron/ipc/handle.js';
import type { EngineApi, HandlerDeps } from '../electron/ipc/handler-deps.js';
import { createAllHandlers, type FixDeps } from '../electron/ipc/all-handlers.js';
import { RunRegistry } from '../electron/ipc/run-registry.js';
import type { IpcChannel, IpcEvents } from '../shared/ipc-contract.js';

/** The main side: one invoke per IPC call, answered with the result union the renderer would get. */
export interface MainSide {
  invoke(channel: IpcChannel, request: unknown): Promise<unknown>;
}

/** Builds the main side over an engine; progress for the (single) window goes to emit. */
export function createMainSide(
  engine: EngineApi,
  emit: (payload: IpcEvents['diagnosis:progress']) => void,
  log: (line: string) => void = (line) => process.stderr.write(`${line}\n`),
  /**
   * The account and report channels' back ends. Absent: no mail programs are found and no file is
   * ever chosen, so a run never reads the developer's own profile or disk.
   */
  fix: FixDeps = noMailPrograms(engine),
): MainSide {
  // Only what handlers.ts uses of a WebContents: an id, send, isDestroyed and the 'destroyed' event.
  const sender = {
    id: 1,
    isDestroyed: () => false,
    send: (channel: string, payload: IpcEvents['diagnosis:progress']) => {
      if (channel === 'diagnosis:progress') emit(payload);
    },
    once: () => sender,
    removeListener: () => sender,
  } as unknown as WebContents;
  const deps: HandlerDeps = {
    engine,
    registry: new RunRegistry(),
    appInfo: () => ({ version: '0.1.0', locale: 'ja-JP', platform: process.platform }),
    // In memory: the e2e run must not write a settings file.
    language: {
      current: () => ({ lang: 'ja', source: 'system' }),
      choose: async (lang) => ({ lang, source: 'saved' }),
    },
    log,
  };
  // The window check is the bridge's job (only the page's top frame may call); here every call is the window's.
  const listeners = createListeners(createAllHandlers(deps, fix), { isTrusted: () => true, log });
  const event = { sender } as unknown as IpcMainInvokeEvent;
  return {
    invoke: (channel, request) =>
      Object.hasOwn(listeners, channel)
        ? listeners[channel](event, request)
        : Promise.resolve({ ok: false, code: 'bad_request', message: 'unknown channel' }),
  };
}

/** Back ends for a page without mail programs or files: codes and look-ups still work. */
export function noMailPrograms(engine: EngineApi): FixDeps {
  const refused = async () => ({ ok: false as const, code: 'not_found' as const, detail: '' });
  return {
    accounts: {
      listAccounts: async () => ({ accounts: [], programs: [] }),
      readAccount: async () => null,
      fixAccount: refused,
      undoAccountFix: refused,
      runCheck: (input, opts) => runCheck(input, opts, engine),
      // Nothing is ever listed here, so nothing could be written: the dialog answers Cancel.
      confirmWrite: async () => false,
    },
    reports: {
      appVersion: () => '0.1.0',
      lang: () => 'ja',
      chooseSavePath: async () => null,
      chooseOpenPath: async () => null,
      writeText: async () => {
        throw new Error('no files here');
      },
      readCapped: async () => ({ tooLarge: true }),
    },
  };
}
