/**
 * The preload: contextBridge only. Exposes window.sendcheck, a fixed set of typed calls; raw
 * ipcRenderer never crosses the bridge, and listeners get the payload, never the IpcRendererEvent.
 * Bundled to one CommonJS file (scripts/build.mjs) so the renderer can stay sandboxed.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type {
  IpcChannel,
  IpcEvents,
  IpcRequest,
  IpcResponse,
  IpcResult,
  SendCheckApi,
} from '../shared/ipc-contract.js';

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

const api = {
  startDiagnosis: (req) => invoke('diagnosis:start', req),
  cancelDiagnosis: (req) => invoke('diagnosis:cancel', req),
  loginTest: (req) => invoke('diagnosis:login-test', req),
  appInfo: () => invoke('app:info', {}),
  language: (req) => invoke('settings:language', req),
  listAccounts: (req) => invoke('accounts:list', req),
  fixAccount: (req) => invoke('accounts:fix', req),
  undoFix: (req) => invoke('accounts:undo', req),
  checkSettings: (req) => invoke('diagnosis:check', req),
  saveReport: (req) => invoke('report:save', req),
  openReport: (req) => invoke('report:open', req),
  encodeCode: (req) => invoke('code:encode', req),
  decodeCode: (req) => invoke('code:decode', req),
  lookupProvider: (req) => invoke('provider:lookup', req),
  onProgress: (listener) => {
    if (typeof listener !== 'function') throw new TypeError('onProgress needs a function');
    const forward = (_event: IpcRendererEvent, payload: IpcEvents['diagnosis:progress']): void =>
      listener(payload);
    ipcRenderer.on('diagnosis:progress', forward);
    return () => {
      ipcRenderer.removeListener('diagnosis:progress', forward);
    };
  },
} satisfies SendCheckApi;

contextBridge.exposeInMainWorld('sendcheck', api);
