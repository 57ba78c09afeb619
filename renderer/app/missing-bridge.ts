import type { SendCheckApi } from '../../shared/ipc-methods.js';

const MISSING = {
  ok: false as const,
  code: 'internal' as const,
  message: 'the app bridge (window.sendcheck) is missing',
};

/** Stands in when the preload did not run: every call answers an internal error instead of crashing the page. */
export function missingBridge(): SendCheckApi {
  return {
    startDiagnosis: async () => MISSING,
    cancelDiagnosis: async () => MISSING,
    loginTest: async () => MISSING,
    appInfo: async () => MISSING,
    onProgress: () => () => undefined,
  };
}
