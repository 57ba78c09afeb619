/**
 * The main process's IPC side without Electron: the app's own handle() wrapper, channel validators,
 * handlers and run registry (electron/ipc/), over any engine. A stand-in WebContents carries the
 * progress events out. Used by engine-host.ts (real engine, in the lab) and fixture-backend.ts.
 */
import type { IpcMainInvokeEvent, WebContents } from 'electron';
import { createAccountHandlers } from '../electron/ipc/account-handlers.js';
import { createListener } from '../electron/ipc/handle.js';
import { createHandlers, type EngineApi, type HandlerDeps } from '../electron/ipc/handlers.js';
import { runCheck } from '../electron/engine/check.js';
import type { FixDeps } from '../electron/ipc/register.js';
import { createSupportHandlers } from '../electron/ipc/support-handlers.js';
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
   * The channels of issue 9 (accounts, check again, reports, codes). Absent: no mail programs are
   * found and no file is ever chosen, so a run never reads the developer's own profile or disk.
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
  const handlers = createHandlers(deps);
  // The window check is the bridge's job (only the page's top frame may call); here every call is the window's.
  const opts = { isTrusted: () => true, log };
  const listeners: Partial<
    Record<IpcChannel, (event: IpcMainInvokeEvent, ...args: unknown[]) => Promise<unknown>>
  > = {
    'diagnosis:start': createListener('diagnosis:start', handlers['diagnosis:start'], opts),
    'diagnosis:cancel': createListener('diagnosis:cancel', handlers['diagnosis:cancel'], opts),
    'diagnosis:login-test': createListener(
      'diagnosis:login-test',
      handlers['diagnosis:login-test'],
      { ...opts, secret: true },
    ),
    'app:info': createListener('app:info', handlers['app:info'], opts),
    'settings:language': createListener('settings:language', handlers['settings:language'], opts),
  };
  const more = {
    ...createAccountHandlers(deps, fix.accounts),
    ...createSupportHandlers(fix.support),
  };
  for (const channel of Object.keys(more) as (keyof typeof more)[]) {
    const secret = channel === 'diagnosis:check';
    listeners[channel] = createListener(channel, more[channel] as never, { ...opts, secret });
  }
  const event = { sender } as unknown as IpcMainInvokeEvent;
  return {
    invoke: (channel, request) =>
      listeners[channel]?.(event, request) ??
      Promise.resolve({ ok: false, code: 'bad_request', message: 'unknown channel' }),
  };
}

/** Issue 9's back ends for a page without mail programs or files: codes and look-ups still work. */
function noMailPrograms(engine: EngineApi): FixDeps {
  const refused = async () => ({ ok: false as const, code: 'not_found' as const, detail: '' });
  return {
    accounts: {
      listAccounts: async () => ({ accounts: [], programs: [] }),
      readAccount: async () => null,
      fixThunderbird: refused,
      undoThunderbirdFix: refused,
      runCheck: (input, opts) => runCheck(input, opts, engine),
      // Nothing is ever listed here, so nothing could be written: the dialog answers Cancel.
      confirmWrite: async () => false,
    },
    support: {
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
