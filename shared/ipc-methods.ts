/**
 * The one channel table: every IPC channel, the function of window.sendcheck that serves it, and
 * how the main process treats it. Everything else is derived from it: the API's type
 * (SendCheckApi below), the preload's bridge (electron/preload.ts), the registration
 * (electron/ipc/register.ts), the e2e bridge for plain Chromium (e2e/bridge.ts) and what the smoke
 * test expects the page to see (API_METHODS). shared/ipc-contract.ts holds each channel's request
 * and response types. To add a channel: its types in IpcChannels, one line here, its validator in
 * shared/ipc-validators.ts and its handler; the compiler names whatever is missing
 * (docs/architecture.md, "Where each kind of change goes").
 */
import type {
  IpcChannel,
  IpcEvent,
  IpcEvents,
  IpcRequest,
  IpcResponse,
  IpcResult,
} from './ipc-contract.js';

/** How one request channel appears and is served. */
export interface ChannelSpec {
  /** The function of window.sendcheck that invokes it. */
  readonly method: string;
  /**
   * Optional on the API: a bridge without it (a test's, or the dev server's) makes the renderer say
   * "not available here" instead of failing.
   */
  readonly optional?: true;
  /**
   * The request carries a secret (a password): on an internal error the main process logs only
   * the error's name, never its message, in case something below quoted the request.
   */
  readonly secret?: true;
}

/** Every request channel. */
export const IPC_CHANNELS = {
  /** Starts a diagnosis; progress comes as diagnosis:progress events. */
  'diagnosis:start': { method: 'startDiagnosis' },
  'diagnosis:cancel': { method: 'cancelDiagnosis' },
  /** The optional login test on a finished diagnosis. */
  'diagnosis:login-test': { method: 'loginTest', secret: true },
  'app:info': { method: 'appInfo' },
  /** Asks which language to show ({}), or remembers the user's choice ({ lang }). */
  'settings:language': { method: 'language', optional: true },
  /** Lists the mail programs' accounts; only after the user agreed. */
  'accounts:list': { method: 'listAccounts', optional: true },
  /** "Fix it for me" (Thunderbird). */
  'accounts:fix': { method: 'fixAccount', optional: true },
  /** "Undo" of the last fix. */
  'accounts:undo': { method: 'undoFix', optional: true },
  /** "I've changed it: check again". */
  'diagnosis:check': { method: 'checkSettings', optional: true, secret: true },
  /** "Save report" through the main process's save dialog. */
  'report:save': { method: 'saveReport', optional: true },
  /** "Open report" through the main process's open dialog. */
  'report:open': { method: 'openReport', optional: true },
  /** The reference code of a report. */
  'code:encode': { method: 'encodeCode', optional: true },
  /** A typed reference code, decoded. */
  'code:decode': { method: 'decodeCode', optional: true },
  /** A provider's published settings by address, without probing. */
  'provider:lookup': { method: 'lookupProvider', optional: true },
} as const satisfies { readonly [C in IpcChannel]: ChannelSpec };

/** Every event channel from main to the renderer, and the function that subscribes to it. */
export const IPC_EVENTS = {
  'diagnosis:progress': { method: 'onProgress' },
  'staff:open': { method: 'onStaffOpen' },
} as const satisfies { readonly [E in IpcEvent]: { readonly method: string } };

/** Every request channel's name, in the table's order. */
export const CHANNEL_NAMES = Object.keys(IPC_CHANNELS) as IpcChannel[];

type Table = typeof IPC_CHANNELS;
/** The channels a bridge may lack. */
type OptionalChannel = {
  [C in IpcChannel]: Table[C] extends { optional: true } ? C : never;
}[IpcChannel];

/** One request channel as a function; an empty request (Record<string, never>) may be left out: appInfo(). */
export type Invoker<C extends IpcChannel> = string extends keyof IpcRequest<C>
  ? (request?: IpcRequest<C>) => Promise<IpcResult<IpcResponse<C>>>
  : (request: IpcRequest<C>) => Promise<IpcResult<IpcResponse<C>>>;

/** What the preload exposes as window.sendcheck. Listeners get the payload only, never an IpcRendererEvent. */
export type SendCheckApi = {
  [C in Exclude<IpcChannel, OptionalChannel> as Table[C]['method']]: Invoker<C>;
} & {
  [C in OptionalChannel as Table[C]['method']]?: Invoker<C>;
} & {
  /** Subscribes to progress events; returns the unsubscribe function. */
  onProgress(listener: (payload: IpcEvents['diagnosis:progress']) => void): () => void;
  /** Subscribes to the menu's "open the staff console"; optional: a test's bridge may lack it. */
  onStaffOpen?(listener: () => void): () => void;
};

/** Every function window.sendcheck has, sorted: what the smoke test expects the page to see. */
export const API_METHODS: readonly string[] = [
  ...Object.values(IPC_CHANNELS).map((s) => s.method),
  ...Object.values(IPC_EVENTS).map((s) => s.method),
].sort();

/** Whether a channel's request carries a secret (see ChannelSpec.secret). */
export function isSecretChannel(channel: IpcChannel): boolean {
  const spec: ChannelSpec = IPC_CHANNELS[channel];
  return spec.secret === true;
}
