import { callBridge, failureOf } from './bridge-call.js';
import type { LoginSlice, SliceCreator } from './types.js';

/** The optional login test: the password goes straight to the bridge and is not kept in state. */
export const createLoginSlice: SliceCreator<LoginSlice> = (set, get, deps) => ({
  testLogin: async (password) => {
    const { run } = get();
    if (run.status !== 'done' || run.login.status === 'testing') return;
    set({ run: { ...run, login: { status: 'testing' } } });
    const res = await callBridge(deps.api.loginTest, { runId: run.runId, password });
    // "Check again" or a new run may have come in the meantime: then this answer is stale.
    const now = get().run;
    if (now.status !== 'done' || now.runId !== run.runId) return;
    if (res.ok) set({ run: { ...now, report: res.value, login: { status: 'tested' } } });
    else set({ run: { ...now, login: { status: 'failed', error: failureOf(res) } } });
  },
});
