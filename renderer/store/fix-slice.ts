/**
 * From a diagnosis to a working mail program (issue 9), as store state and actions: the consent
 * question before the mail programs are read (asked once, remembered for the session), the
 * accounts found, the account a run was started from, "Fix it for me" and "Undo", "check again",
 * the reference code and "Save report". Every call to the bridge goes through here.
 */
import type { MailAccount, ProgramStatus } from '../../shared/accounts.js';
import type { DiagnosisReport } from '../../shared/diagnosis.js';
import type { AccountWriteResult, CheckResult, IpcResult } from '../../shared/ipc-contract.js';
import { safeCall } from './run-slice.js';
import { runIdOf, type RunError } from './run-state.js';
import type { StoreApi } from 'zustand/vanilla';
import type { AppState, SliceCreator } from './types.js';

/** The answer to "May SendCheck look at your mail program's settings?". */
export type Consent = 'unasked' | 'granted' | 'declined';

/** The look-up of the mail programs' accounts. */
export type AccountsState =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'loaded'; accounts: MailAccount[]; programs: ProgramStatus[] }
  | { status: 'failed'; error: RunError };

/** "Fix it for me" / "Undo" for the account of one run. */
export type FixState =
  | { status: 'idle' }
  | { status: 'writing' | 'undoing' }
  | { status: 'fixed'; backupName: string }
  | { status: 'undone' }
  | { status: 'refused'; refusal: Extract<AccountWriteResult, { written: false }>['refusal'] }
  | { status: 'failed'; error: RunError };

/** "I've changed it: check again". */
export type VerifyState =
  | { status: 'idle' }
  | { status: 'checking'; runId: string }
  | { status: 'checked'; result: CheckResult }
  | { status: 'failed'; error: RunError };

/** The reference code of the report on screen. */
export type CodeState =
  | { status: 'idle' }
  | { status: 'loading'; report: DiagnosisReport }
  | { status: 'ready'; report: DiagnosisReport; code: string }
  | { status: 'failed'; report: DiagnosisReport };

/** "Save report". */
export type SaveState =
  { status: 'idle' | 'saving' | 'saved' | 'cancelled' } | { status: 'failed'; error: RunError };

/** The account a diagnosis was started from, with that run's id (stale once another run begins). */
export interface RunAccount {
  runId: string;
  account: MailAccount;
}

/** The typed settings "check again" probes when no account was read. */
export interface TypedSettings {
  server: string;
  port: number;
}

/** State and actions of issue 9's wizard parts. */
export interface FixSlice {
  consent: Consent;
  accounts: AccountsState;
  runAccount: RunAccount | null;
  fix: FixState;
  verify: VerifyState;
  code: CodeState;
  save: SaveState;
  /** Answers the consent question; yes lists the accounts at once. */
  answerConsent(yes: boolean): Promise<void>;
  /** One click: diagnoses the account's address, server and port. */
  diagnoseAccount(account: MailAccount): void;
  fixAccount(): Promise<void>;
  undoFix(): Promise<void>;
  /** Checks the settings in use now: the account read again, or the typed ones. */
  verifySettings(opts: { password?: string; typed?: TypedSettings }): Promise<void>;
  /** Asks the main process for the reference code of a report (once per report). */
  loadCode(report: DiagnosisReport): Promise<void>;
  /** Saves the report; includeLog puts the app's log in the file too (for support staff). */
  saveReport(report: DiagnosisReport, includeLog?: boolean): Promise<void>;
}

const UNAVAILABLE: RunError = { code: 'internal', message: 'not available in this window' };

/** Calls an optional bridge function; a bridge without it answers "not available". */
export function callOptional<Q, R>(
  fn: ((req: Q) => Promise<IpcResult<R>>) | undefined,
  req: Q,
): Promise<IpcResult<R>> {
  if (fn === undefined) return Promise.resolve({ ok: false, ...UNAVAILABLE });
  return safeCall(() => fn(req));
}

const errorOf = (res: { code: RunError['code']; message: string }): RunError => ({
  code: res.code,
  message: res.message,
});

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
    const res = await callOptional(deps.api.listAccounts, {});
    set({
      accounts: res.ok
        ? { status: 'loaded', accounts: res.value.accounts, programs: res.value.programs }
        : { status: 'failed', error: errorOf(res) },
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
    if (!res.ok) return set({ fix: { status: 'failed', error: errorOf(res) } });
    const v = res.value;
    if (!v.written) return set({ fix: { status: 'refused', refusal: v.refusal } });
    set({
      fix: done === 'fixed' ? { status: 'fixed', backupName: v.backupName } : { status: 'undone' },
      ...(ra ? { runAccount: { ...ra, account: v.account } } : {}),
    });
  };
  return {
    fixAccount: async () => {
      const ra = currentAccount(get);
      if (ra === null) return;
      set({ fix: { status: 'writing' }, verify: { status: 'idle' } });
      const req = { accountId: ra.account.id, runId: ra.runId };
      afterWrite(await callOptional(deps.api.fixAccount, req), 'fixed');
    },
    undoFix: async () => {
      const ra = currentAccount(get);
      if (ra === null) return;
      set({ fix: { status: 'undoing' }, verify: { status: 'idle' } });
      afterWrite(await callOptional(deps.api.undoFix, { accountId: ra.account.id }), 'undone');
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
    const res = await callOptional(deps.api.checkSettings, {
      runId,
      email: run.report.email.display,
      ...target,
      ...(password ? { password } : {}),
    });
    const now = get().verify;
    if (now.status !== 'checking' || now.runId !== runId) return;
    if (!res.ok) return set({ verify: { status: 'failed', error: errorOf(res) } });
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
    const res = await callOptional(deps.api.encodeCode, { report });
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
    const res = await callOptional(deps.api.saveReport, {
      report,
      lang: get().lang,
      ...(includeLog ? { includeLog } : {}),
    });
    if (!res.ok) return set({ save: { status: 'failed', error: errorOf(res) } });
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
