import { safeCall } from './run-slice.js';
import type { LoginSlice, SliceCreator } from './types.js';

/** The optional login test: the password goes straight to the bridge and is not kept in state. */
export const createLoginSlice: SliceCreator<LoginSlice> = (set, get, deps) => ({
  loginStatus: 'idle',
  loginError: null,
  testLogin: async (password) => {
    const { runId, report } = get();
    if (runId === null || report === null || get().loginStatus === 'running') return;
    set({ loginStatus: 'running', loginError: null });
    const res = await safeCall(() => deps.api.loginTest({ runId, password }));
    if (get().runId !== runId) return;
    if (res.ok) set({ report: res.value, loginStatus: 'done' });
    else set({ loginStatus: 'idle', loginError: { code: res.code, message: res.message } });
  },
});
