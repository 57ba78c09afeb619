import { describe, expect, it, vi } from 'vitest';
import type { MailAccount } from '../../shared/accounts.js';
import type { CheckResult, IpcResult } from '../../shared/ipc-contract.js';
import { createFakeApi } from '../../test/fixtures/renderer/fake-api.js';
import { REPORTS } from '../../test/fixtures/renderer/reports.js';
import { acceptedReport, suggestedReport } from '../../test/fixtures/renderer/suggested.js';
import { createAppStore } from './app-store.js';
import { doneRun } from './run-state.js';

const ACCOUNT: MailAccount = {
  id: 'thunderbird:p:smtp1',
  program: 'thunderbird',
  account: 'home',
  displayName: null,
  email: 'taro@example.jp',
  otherEmails: [],
  host: 'smtp.example.jp',
  port: 25,
  security: 'none',
  auth: false,
  username: 'taro@example.jp',
  unsure: [],
  fixable: true,
  where: 'p / smtp1',
};
const RUN = '00000000-0000-4000-8000-000000000001';

function deferred<T>() {
  let resolve: (v: T) => void = () => undefined;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

describe('fix slice', () => {
  it('a bridge without the new calls answers "not available" instead of throwing', async () => {
    const store = createAppStore({ api: createFakeApi({ report: REPORTS.ok }), lang: 'ja' });
    await store.getState().answerConsent(true);
    expect(store.getState().accounts).toEqual({
      status: 'failed',
      error: { code: 'internal', message: 'not available in this window' },
    });
  });

  it('drops a check answer that a newer check has overtaken', async () => {
    const first = deferred<IpcResult<CheckResult>>();
    const second = deferred<IpcResult<CheckResult>>();
    const checkSettings = vi
      .fn()
      .mockReturnValueOnce(first.promise)
      .mockReturnValueOnce(second.promise);
    const api = Object.assign(createFakeApi({ report: REPORTS.ok }), { checkSettings });
    let n = 0;
    const store = createAppStore({
      api,
      lang: 'ja',
      newRunId: () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`,
      initial: { run: doneRun(REPORTS.port25_blocked, RUN) },
    });
    const typed = { server: 'smtp.example.jp', port: 587 };
    const a = store.getState().verifySettings({ typed });
    const b = store.getState().verifySettings({ typed });
    const result = (works: boolean): IpcResult<CheckResult> => ({
      ok: true,
      value: {
        works,
        login: 'not_tried',
        checked: { host: 'smtp.example.jp', port: 587, security: null, auth: null, username: null },
        report: REPORTS.port25_blocked,
      },
    });
    second.resolve(result(true));
    await b;
    first.resolve(result(false));
    await a;
    const v = store.getState().verify;
    expect(v.status === 'checked' && v.result.works).toBe(true);
    expect(checkSettings.mock.calls[0]?.[0]).toMatchObject({
      server: 'smtp.example.jp',
      port: 587,
    });
  });

  it('clears the fix and check outcomes when a new run starts, and forgets the account of an old run', async () => {
    const api = createFakeApi({ report: REPORTS.port25_blocked });
    const store = createAppStore({ api, lang: 'ja' });
    store.getState().diagnoseAccount(ACCOUNT);
    const runAccount = store.getState().runAccount;
    expect(runAccount?.account).toBe(ACCOUNT);
    store.setState({ fix: { status: 'fixed', backupName: 'prefs.js.bak', before: ACCOUNT } });
    await vi.waitFor(() => expect(store.getState().run.status).toBe('done'));
    void store.getState().startDiagnosis({ email: 'hanako@example.jp' });
    expect(store.getState().fix).toEqual({ status: 'idle' });
    // The new run is not the account's: nothing may fix that account from its result.
    await store.getState().fixAccount();
    expect(store.getState().fix).toEqual({ status: 'idle' });
  });

  it('saves a report with the app log only when the user ticked it', async () => {
    const saveReport = vi.fn(async () => ({ ok: true as const, value: { saved: true } }));
    const api = Object.assign(createFakeApi({ report: REPORTS.ok }), { saveReport });
    const store = createAppStore({ api, lang: 'en' });
    await store.getState().saveReport(REPORTS.ok);
    await store.getState().saveReport(REPORTS.ok, true);
    expect(saveReport.mock.calls).toEqual([
      [{ report: REPORTS.ok, lang: 'en' }],
      [{ report: REPORTS.ok, lang: 'en', includeLog: true }],
    ]);
    expect(store.getState().save).toEqual({ status: 'saved' });
  });
});

describe('confirming a suggested server', () => {
  it('re-runs the request of the run on screen with each confirmed host kept, for the same account', async () => {
    let n = 0;
    const api = createFakeApi({
      report: (req) =>
        (req.acceptSuggested?.length ?? 0) >= 2 ? acceptedReport() : suggestedReport(),
    });
    const store = createAppStore({
      api,
      lang: 'ja',
      newRunId: () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`,
    });
    store.getState().diagnoseAccount(ACCOUNT);
    await vi.waitFor(() => expect(store.getState().run.status).toBe('done'));
    store.getState().acceptSuggestion('Mail.Hosting-Example.NET');
    await vi.waitFor(() => expect(store.getState().run.status).toBe('done'));
    store.getState().acceptSuggestion('submit.mail-service.example');
    await vi.waitFor(() => expect(store.getState().run.status).toBe('done'));
    expect(api.calls.start.map((r) => r.acceptSuggested)).toEqual([
      undefined,
      ['mail.hosting-example.net'],
      ['mail.hosting-example.net', 'submit.mail-service.example'],
    ]);
    expect(api.calls.start.every((r) => r.server === ACCOUNT.host && r.port === 25)).toBe(true);
    const last = api.calls.start[2];
    expect(store.getState().runAccount).toEqual({ runId: last?.runId, account: ACCOUNT });
  });

  it('does nothing while no result is on screen', () => {
    const api = createFakeApi({ report: REPORTS.ok });
    const store = createAppStore({ api, lang: 'ja' });
    store.getState().acceptSuggestion('mail.hosting-example.net');
    expect(api.calls.start).toEqual([]);
    expect(store.getState().run).toEqual({ status: 'idle', screen: 'start' });
  });
});
