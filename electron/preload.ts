/**
 * The preload: contextBridge only. Exposes window.sendcheck, a fixed set of typed calls; raw
 * ipcRenderer never crosses the bridge, and listeners get the payload, never the IpcRendererEvent.
 * The calls come from the one channel table (shared/ipc-methods.ts).
 * Bundled to one CommonJS file (scripts/build.mjs) so the renderer can stay sandboxed.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type {
  IpcChannel,
  IpcEvents,
  IpcRequest,
  IpcResponse,
  IpcResult,
} from '../shared/ipc-contract.js';
import { CHANNEL_NAMES, IPC_CHANNELS, type SendCheckApi } from '../shared/ipc-methods.js';

/** The one place ipcRenderer.invoke is typed; a missing handler answers an error, not a rejection. */
function invoke<C extends IpcChannel>(
  channel: C,
  request: IpcRequest<C>,
): Promise<IpcResult<IpcResponse<C>>> {
  return (ipcRenderer.invoke(channel, request) as Promise<IpcResult<IpcResponse<C>>>).catch(() => ({
    ok: false as const,
    code: 'internal' as const,
    message: 'the main process did not answer',
  }));
}

// One function per request channel, named as the table says; a call without a request
// (appInfo()) sends the empty request object its channel expects.
const invokers = Object.fromEntries(
  CHANNEL_NAMES.map((channel) => [
    IPC_CHANNELS[channel].method,
    (request?: IpcRequest<typeof channel>) => invoke(channel, request ?? {}),
  ]),
) as Omit<Required<SendCheckApi>, 'onProgress' | 'onStaffOpen'>;

/** A listener for an event channel without payload: called with nothing, never the IpcRendererEvent. */
function onEvent(channel: 'staff:open', listener: () => void): () => void {
  if (typeof listener !== 'function') throw new TypeError(`${channel} needs a function`);
  const forward = (): void => listener();
  ipcRenderer.on(channel, forward);
  return () => {
    ipcRenderer.removeListener(channel, forward);
  };
}

// Required: every function of the API, the optional ones included, is there.
const api: Required<SendCheckApi> = {
  ...invokers,
  onProgress: (listener) => {
    if (typeof listener !== 'function') throw new TypeError('onProgress needs a function');
    const forward = (_event: IpcRendererEvent, payload: IpcEvents['diagnosis:progress']): void =>
      listener(payload);
    ipcRenderer.on('diagnosis:progress', forward);
    return () => {
      ipcRenderer.removeListener('diagnosis:progress', forward);
    };
  },
  onStaffOpen: (listener) => onEvent('staff:open', listener),
};

contextBridge.exposeInMainWorld('sendcheck', api);
