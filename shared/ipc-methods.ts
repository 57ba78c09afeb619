/**
 * The runtime half of the IPC contract: which function of window.sendcheck serves each channel.
 * shared/ipc-contract.ts holds the types; this is the one list the preload builds the bridge from
 * and the smoke test checks the running app against, so neither can drift from the contract.
 * To add a channel: add it to IpcChannels and SendCheckApi, then one line here (the compiler
 * refuses a channel without a method, and a method of SendCheckApi that no line serves).
 */
import type { IpcChannel, IpcEvent, SendCheckApi } from './ipc-contract.js';

/** The method of window.sendcheck that invokes each request channel. */
export const CHANNEL_METHODS = {
  'diagnosis:start': 'startDiagnosis',
  'diagnosis:cancel': 'cancelDiagnosis',
  'diagnosis:login-test': 'loginTest',
  'app:info': 'appInfo',
  'settings:language': 'language',
  'accounts:list': 'listAccounts',
  'accounts:fix': 'fixAccount',
  'accounts:undo': 'undoFix',
  'diagnosis:check': 'checkSettings',
  'report:save': 'saveReport',
  'report:open': 'openReport',
  'code:encode': 'encodeCode',
  'code:decode': 'decodeCode',
  'provider:lookup': 'lookupProvider',
} as const satisfies { readonly [C in IpcChannel]: keyof SendCheckApi };

/** The method of window.sendcheck that subscribes to each event channel. */
export const EVENT_METHODS = {
  'diagnosis:progress': 'onProgress',
} as const satisfies { readonly [E in IpcEvent]: keyof SendCheckApi };

/** A method of SendCheckApi that no line above serves: `never` while the lists are complete. */
export type UnservedMethod = Exclude<
  keyof SendCheckApi,
  (typeof CHANNEL_METHODS)[IpcChannel] | (typeof EVENT_METHODS)[IpcEvent]
>;

/** Every function window.sendcheck has, sorted: what the smoke test expects the page to see. */
export const API_METHODS: readonly (keyof SendCheckApi)[] = [
  ...Object.values(CHANNEL_METHODS),
  ...Object.values(EVENT_METHODS),
].sort();

/** Compile-time proof that the lists are complete: a type error here names the unserved method. */
export const METHODS_COMPLETE: [UnservedMethod] extends [never] ? true : UnservedMethod = true;
