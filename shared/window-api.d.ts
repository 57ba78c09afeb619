/** The one global type the renderer sees: the preload's API at window.sendcheck (see electron/preload.ts). */
import type { SendCheckApi } from './ipc-methods.js';

declare global {
  interface Window {
    /** SendCheck's bridge to the main process; the only way out of the renderer. */
    readonly sendcheck: SendCheckApi;
  }
}

export {};
