import { createStore } from 'zustand/vanilla';
import type { Lang } from '../../shared/verdict.js';
import { createFixSlice, resetFixOnNewRun } from './fix-slice.js';
import { createFormSlice } from './form-slice.js';
import { createLoginSlice } from './login-slice.js';
import { applyProgress, createRunSlice } from './run-slice.js';
import { createStaffSlice } from './staff-slice.js';
import type { AppState, AppStore, StoreDeps, TextSize } from './types.js';
import { createUiSlice } from './ui-slice.js';

/** Options for a new store; deps other than the API default to the real clock and crypto. */
export interface CreateStoreOptions {
  api: StoreDeps['api'];
  lang: Lang;
  /** The text size remembered from an earlier start (standard when not given). */
  textSize?: TextSize;
  now?: () => number;
  newRunId?: () => string;
  /** Test hook: start with some state already set (e.g. on the result step). */
  initial?: Partial<AppState>;
}

/** A random v4 UUID; crypto.randomUUID needs a secure context, getRandomValues does not. */
export function randomRunId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = ((b[6] ?? 0) & 0x0f) | 0x40;
  b[8] = ((b[8] ?? 0) & 0x3f) | 0x80;
  const hex = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** Creates the one app store and subscribes it to the bridge's events (progress, open the staff console). */
export function createAppStore(options: CreateStoreOptions): AppStore {
  const deps: StoreDeps = {
    api: options.api,
    now: options.now ?? (() => Date.now()),
    newRunId: options.newRunId ?? randomRunId,
  };
  const store = createStore<AppState>()((set, get) => ({
    ...createUiSlice(options.lang, options.textSize ?? 'standard')(set, get, deps),
    ...createFormSlice(set, get, deps),
    ...createRunSlice(set, get, deps),
    ...createLoginSlice(set, get, deps),
    ...createFixSlice(set, get, deps),
    ...createStaffSlice(set, get, deps),
    ...options.initial,
  }));
  const unsubscribe = deps.api.onProgress((payload) => {
    const patch = applyProgress(store.getState(), payload, deps.now());
    if (patch) store.setState(patch);
  });
  const unsubscribeFix = resetFixOnNewRun(store);
  // The Help menu's "support staff console" (a bridge without it: only #staff and the shortcut).
  const unsubscribeStaff = deps.api.onStaffOpen?.(() => store.getState().setStaffOpen(true));
  return Object.assign(store, {
    dispose: () => {
      unsubscribe();
      unsubscribeFix();
      unsubscribeStaff?.();
    },
  });
}
