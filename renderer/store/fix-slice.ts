/**
 * From a diagnosis to a working mail program, as store actions: the consent question before the
 * mail programs are read (asked once, remembered for the session), the accounts found, the
 * account a run was started from, "Fix it for me" and "Undo", "check again", the reference code
 * and "Save report" (their states are in fix-state.ts).
 */
import type { StoreApi } from 'zustand/vanilla';
import type { AccountWriteResult, IpcResult } from '../../shared/ipc-contract.js';
import { callBridge, failureOf } from './bridge-call.js';
import type { FixSlice, RunAccount } from './fix-state.js';
import { runIdOf } from './run-state.js';
import type { AppState, SliceCreator } from './types.js';

/** The account of the run on screen, or null. */
function currentAccount(get: () => AppState): RunAccount | null {
  const ra = get().runAccount;
  return ra !== null && ra.runId === runIdOf(get().run) ? ra : null;
}

type Actions<K extends keyof FixSlice> = (
  ...args: Parameters<SliceCreator<FixSlice>>
) => Pick<FixSlice, K>;

/** The consent question, the look-up and the one-click diagnosis of an account. */
const accountActions: Actions<'answerConsent' | 'diagnoseAccount'> = (set, get, deps) => ({
  answerConsent: async (yes) => {
    set({ consent: yes ? 'granted' : 'declined' });
    if (!yes) return;
    set({ accounts: { status: 'loading' } });
    const res = await callBridge(deps.api.listAccounts, {});
    set({
      accounts: res.ok
        ? { status: 'loaded', accounts: res.value.accounts, programs: res.value.programs }
        : { status: 'failed', error: failureOf(res) },
    });
  },

  diagnoseAccount: (account) => {
    const { setField, setMailProgram } = get();
    setField('email', account.email);
    setField('server', account.host);
    setField('port', String(account.port));
    setMailProgram(account.program);
    void get().startDiagnosis({
      email: account.email,
      server: account.host,
      port: account.port,
      mailProgram: account.program,
    });
    // startDiagnosis has set the running state (and its id) before its first await.
    const runId = runIdOf(get().run);
    set({ runAccount: runId === null ? null : { runId, account } });
  },
});

/** "Fix it for me" and "Undo": the account as it reads afterwards replaces the one shown. */
const writeActions: Actions<'fixAccount' | 'undoFix'> = (set, get, deps) => {
  const afterWrite = (res: IpcResult<AccountWriteResult>, done: 'fixed' | 'undone') => {
    const ra = currentAccount(get);
    if (!res.ok) return set({ fix: { status: 'failed', error: failureOf(res) } });
    const v = res.value;
    if (!v.written) return set({ fix: { status: 'refused', refusal: v.refusal } });
    if (done === 'undone')
      return set({
        fix: { status: 'undone', kept: v.kept ?? [], staleLock: v.staleLock === true },
        ...(ra ? { runAccount: { ...ra, account: v.account } } : {}),
      });
    // Another run began meanwhile: the success belongs to a result no longer on screen.
    if (ra === null) return set({ fix: { status: 'idle' } });
    set({
      fix: {
        status: 'fixed',
        backupName: v.backupName,
        before: ra.account,
        staleLock: v.staleLock === true,
        ...(v.handSteps && v.handSteps.length > 0 ? { handSteps: v.handSteps } : {}),
      },
      runAccount: { ...ra, account: v.account },
    });
  };
  return {
    fixAccount: async () => {
      const ra = currentAccount(get);
      if (ra === null) return;
      set({ fix: { status: 'writing' }, verify: { status: 'idle' } });
      const req = { accountId: ra.account.id, runId: ra.runId };
      afterWrite(await callBridge(deps.api.fixAccount, req), 'fixed');
    },
    undoFix: async () => {
      const ra = currentAccount(get);
      if (ra === null) return;
      set({ fix: { status: 'undoing' }, verify: { status: 'idle' } });
      afterWrite(await callBridge(deps.api.undoFix, { accountId: ra.account.id }), 'undone');
    },
  };
};

/** "Check again": the account read again, or the typed settings; a stale answer is dropped. */
const verifyActions: Actions<'verifySettings'> = (set, get, deps) => ({
  verifySettings: async ({ password, typed }) => {
    const { run } = get();
    if (run.status !== 'done') return;
    const ra = currentAccount(get);
    const runId = deps.newRunId();
    set({ verify: { status: 'checking', runId } });
    const target = ra
      ? { accountId: ra.account.id }
      : typed
        ? { server: typed.server, port: typed.port }
        : {};
    const res = await callBridge(deps.api.checkSettings, {
      runId,
      email: run.report.email.display,
      ...target,
      ...(password ? { password } : {}),
    });
    const now = get().verify;
    if (now.status !== 'checking' || now.runId !== runId) return;
    if (!res.ok) return set({ verify: { status: 'failed', error: failureOf(res) } });
    const account = res.value.account;
    set({
      verify: { status: 'checked', result: res.value },
      ...(ra && account ? { runAccount: { ...ra, account } } : {}),
    });
  },
});

/** The reference code (asked once per report) and "Save report". */
const reportActions: Actions<'loadCode' | 'saveReport'> = (set, get, deps) => ({
  loadCode: async (report) => {
    const c = get().code;
    if (c.status !== 'idle' && c.report === report) return;
    set({ code: { status: 'loading', report } });
    const res = await callBridge(deps.api.encodeCode, { report });
    const now = get().code;
    // Another report came on screen meanwhile: this code is not its.
    if (now.status !== 'loading' || now.report !== report) return;
    set({
      code: res.ok
        ? { status: 'ready', report, code: res.value.code }
        : { status: 'failed', report },
    });
  },

  saveReport: async (report, includeLog = false) => {
    set({ save: { status: 'saving' } });
    const res = await callBridge(deps.api.saveReport, {
      report,
      lang: get().lang,
      ...(includeLog ? { includeLog } : {}),
    });
    if (!res.ok) return set({ save: { status: 'failed', error: failureOf(res) } });
    set({ save: { status: res.value.saved ? 'saved' : 'cancelled' } });
  },
});

/** Creates the slice; the run's own moves stay in run-slice.ts. */
export const createFixSlice: SliceCreator<FixSlice> = (set, get, deps) => ({
  consent: 'unasked',
  accounts: { status: 'idle' },
  runAccount: null,
  fix: { status: 'idle' },
  verify: { status: 'idle' },
  code: { status: 'idle' },
  save: { status: 'idle' },
  ...accountActions(set, get, deps),
  ...writeActions(set, get, deps),
  ...verifyActions(set, get, deps),
  ...reportActions(set, get, deps),
});

/** Clears the fix, check and save outcomes when a new run starts, so none shows on another result. */
export function resetFixOnNewRun(store: StoreApi<AppState>): () => void {
  return store.subscribe((s, prev) => {
    if (s.run.status === 'running' && runIdOf(s.run) !== runIdOf(prev.run)) {
      store.setState({
        fix: { status: 'idle' },
        verify: { status: 'idle' },
        save: { status: 'idle' },
      });
    }
  });
}
