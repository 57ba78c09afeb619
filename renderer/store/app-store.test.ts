import { describe, expect, it } from 'vitest';
import { missingBridge } from '../app/missing-bridge.js';
import { createFakeApi } from '../../test/fixtures/renderer/fake-api.js';
import { REPORTS, withLogin } from '../../test/fixtures/renderer/reports.js';
import { createAppStore, randomRunId } from './app-store.js';
import { loginProbeOf } from './run-state.js';
import { selectReport, selectStep } from './selectors.js';
import type { AppStore } from './types.js';

function until(
  store: AppStore,
  check: (s: ReturnType<AppStore['getState']>) => boolean,
): Promise<void> {
  return new Promise((resolve) => {
    if (check(store.getState())) return resolve();
    const off = store.subscribe((s) => {
      if (check(s)) {
        off();
        resolve();
      }
    });
  });
}

const RUN_ID = '11111111-2222-4333-8444-555555555555';

describe('app store', () => {
  it('refuses a bad address with validate.ts’s message and calls nothing', () => {
    const api = createFakeApi({ report: REPORTS.ok });
    const store = createAppStore({ api, lang: 'ja' });
    store.getState().setField('email', 'taro＠example.jp');
    expect(store.getState().submit()).toBe(false);
    const err = store.getState().fieldErrors.email;
    expect(err && 'text' in err ? err.text.ja : '').toContain('全角');
    expect(api.calls.start).toEqual([]);
    store.getState().setField('email', 'taro@example.jp');
    expect(store.getState().fieldErrors.email).toBeUndefined();
  });

  it('refuses a port the engine may not probe, and unfolds the optional fields to show it', () => {
    const api = createFakeApi({ report: REPORTS.ok });
    const store = createAppStore({ api, lang: 'en' });
    store.getState().setField('email', 'taro@example.jp');
    store.getState().setField('port', '8080');
    expect(store.getState().submit()).toBe(false);
    expect(store.getState().fieldErrors.port).toEqual({ key: 'portNotMail' });
    expect(store.getState().moreOpen).toBe(true);
  });

  it('sends the validated request, follows progress and lands on the result', async () => {
    const api = createFakeApi({ report: REPORTS.port25_blocked });
    const store = createAppStore({ api, lang: 'ja', newRunId: () => RUN_ID });
    const s = store.getState();
    s.setField('email', '  taro@例え.jp ');
    s.setField('server', 'SMTP.Example.JP');
    s.setField('port', '２５');
    s.setMailProgram('thunderbird');
    expect(store.getState().submit()).toBe(true);
    expect(store.getState().run).toMatchObject({ status: 'running', runId: RUN_ID, probes: [] });
    expect(selectStep(store.getState())).toBe('checking');
    expect(api.calls.start).toEqual([
      {
        runId: RUN_ID,
        email: 'taro@例え.jp',
        server: 'smtp.example.jp',
        port: 25,
        mailProgram: 'thunderbird',
      },
    ]);
    // Every probe of the report has been seen finished before the answer lands.
    await until(
      store,
      (st) =>
        st.run.status === 'running' &&
        st.run.probes.length === REPORTS.port25_blocked.probes.length &&
        st.run.probes.every((p) => p.finishedAt !== null),
    );
    await until(store, (st) => selectStep(st) === 'result');
    const { run } = store.getState();
    expect(run.status).toBe('done');
    expect(selectReport(store.getState())?.verdict.code).toBe('port25_blocked');
    expect(run).toMatchObject({ runId: RUN_ID, login: { status: 'idle' } });
  });

  it('applies progress of its own run only, and shows a finish that came without a start', async () => {
    const api = createFakeApi({ report: REPORTS.offline, hold: true });
    const store = createAppStore({ api, lang: 'ja', newRunId: () => RUN_ID, now: () => 5000 });
    void store.getState().startDiagnosis({ email: 'taro@example.jp' });
    const probesOf = (st: ReturnType<AppStore['getState']>) =>
      st.run.status === 'running' ? st.run.probes : [];
    await until(store, (st) => probesOf(st).length === 1 && probesOf(st)[0]?.finishedAt !== null);
    const probe = REPORTS.ok.probes[1];
    if (!probe) throw new Error('fixture has no second probe');
    api.emit({
      runId: '99999999-2222-4333-8444-555555555555',
      event: { type: 'probe_finished', result: probe, at: 40 },
    });
    expect(probesOf(store.getState())).toHaveLength(1);
    api.emit({
      runId: RUN_ID.toUpperCase(),
      event: { type: 'probe_finished', result: probe, at: 40 },
    });
    expect(probesOf(store.getState())).toHaveLength(2);
    expect(probesOf(store.getState())[1]).toMatchObject({
      id: probe.id,
      startedAt: 40 - probe.ms,
      finishedAt: 40,
      outcome: 'found',
      seenAt: 5000,
    });
    api.release();
    await until(store, (st) => selectStep(st) === 'result');
    // Progress of a finished run changes nothing.
    const before = store.getState().run;
    api.emit({ runId: RUN_ID, event: { type: 'probe_finished', result: probe, at: 90 } });
    expect(store.getState().run).toBe(before);
  });

  it('goes back to the address step, values kept, when the user cancels', async () => {
    const api = createFakeApi({ report: REPORTS.ok, hold: true });
    const store = createAppStore({ api, lang: 'ja', newRunId: () => RUN_ID });
    store.getState().setField('email', 'taro@example.jp');
    store.getState().submit();
    const cancelling = store.getState().cancelDiagnosis();
    expect(store.getState().run.status).toBe('cancelling');
    expect(selectStep(store.getState())).toBe('checking');
    await cancelling;
    await until(store, (st) => selectStep(st) === 'address');
    expect(api.calls.cancel).toEqual([RUN_ID]);
    expect(store.getState().run).toEqual({ status: 'cancelled' });
    expect(store.getState().email).toBe('taro@example.jp');
    expect(selectReport(store.getState())).toBeNull();
  });

  it('shows a bridge failure as an error on the address step', async () => {
    const api = createFakeApi({
      report: REPORTS.ok,
      fail: { code: 'internal', message: 'engine crashed' },
    });
    const store = createAppStore({ api, lang: 'ja' });
    await store.getState().startDiagnosis({ email: 'taro@example.jp' });
    expect(selectStep(store.getState())).toBe('address');
    expect(store.getState().run).toEqual({
      status: 'failed',
      error: { code: 'internal', message: 'engine crashed' },
    });
  });

  it('treats a missing or throwing bridge as an internal error instead of crashing', async () => {
    const api = createFakeApi({ report: REPORTS.ok });
    api.startDiagnosis = () => Promise.reject(new Error('window.sendcheck is undefined'));
    const store = createAppStore({ api, lang: 'ja' });
    await store.getState().startDiagnosis({ email: 'taro@example.jp' });
    expect(store.getState().run).toMatchObject({ status: 'failed', error: { code: 'internal' } });
  });

  it('runs the login test with the password passed through, never stored', async () => {
    const api = createFakeApi({
      report: REPORTS.port25_blocked,
      loginReport: () => withLogin(REPORTS.port25_blocked, 'rejected'),
    });
    const store = createAppStore({ api, lang: 'ja', newRunId: () => RUN_ID });
    await store.getState().startDiagnosis({ email: 'taro@example.jp' });
    const testing = store.getState().testLogin('s3cret-パス');
    expect(store.getState().run).toMatchObject({ status: 'done', login: { status: 'testing' } });
    await testing;
    expect(api.calls.login).toEqual([{ runId: RUN_ID, password: 's3cret-パス' }]);
    expect(selectReport(store.getState())?.verdict.code).toBe('auth_failed');
    expect(loginProbeOf(selectReport(store.getState()))?.outcome).toBe('rejected');
    expect(store.getState().run).toMatchObject({ status: 'done', login: { status: 'tested' } });
    expect(JSON.stringify(store.getState())).not.toContain('s3cret');
  });

  it('keeps a failed login test on the result, and drops a login answer that came after "check again"', async () => {
    const api = createFakeApi({ report: REPORTS.ok, stepMs: 5 });
    const store = createAppStore({ api, lang: 'ja', newRunId: () => RUN_ID });
    await store.getState().startDiagnosis({ email: 'taro@example.jp' });
    await store.getState().testLogin('pw');
    expect(store.getState().run).toMatchObject({
      status: 'done',
      login: { status: 'failed', error: { code: 'not_found' } },
    });
    expect(selectReport(store.getState())).toBe(REPORTS.ok);
    const late = store.getState().testLogin('pw');
    store.getState().checkAgain();
    await late;
    expect(store.getState().run).toEqual({ status: 'idle', screen: 'address' });
  });

  it('moves between screens only by moving the run', async () => {
    const api = createFakeApi({ report: REPORTS.ok, fail: { code: 'internal', message: 'x' } });
    const store = createAppStore({ api, lang: 'ja' });
    const step = () => selectStep(store.getState());
    expect(step()).toBe('start');
    store.getState().begin();
    expect(step()).toBe('address');
    await store.getState().startDiagnosis({ email: 'taro@example.jp' });
    expect(store.getState().run.status).toBe('failed');
    // Going back clears the notice about the failed run.
    store.getState().backToStart();
    expect(store.getState().run).toEqual({ status: 'idle', screen: 'start' });
    expect('step' in store.getState()).toBe(false);
  });

  it('ignores the answer of a run that a newer run replaced', async () => {
    let n = 0;
    const ids = [RUN_ID, '22222222-2222-4333-8444-555555555555'];
    const api = createFakeApi({
      report: (req) => (req.runId === RUN_ID ? REPORTS.offline : REPORTS.ok),
      stepMs: 5,
    });
    const store = createAppStore({ api, lang: 'ja', newRunId: () => ids[n++] ?? 'x' });
    const first = store.getState().startDiagnosis({ email: 'taro@example.jp' });
    const second = store.getState().startDiagnosis({ email: 'taro@example.jp' });
    await first;
    expect(store.getState().run).toMatchObject({ status: 'running', runId: ids[1] });
    await second;
    expect(selectReport(store.getState())).toBe(REPORTS.ok);
  });

  it('goes back to running when the engine refuses the cancel (it had already finished)', async () => {
    const api = createFakeApi({ report: REPORTS.ok, hold: true });
    api.cancelDiagnosis = async () => ({ ok: false, code: 'not_found', message: 'finished' });
    const store = createAppStore({ api, lang: 'ja', newRunId: () => RUN_ID });
    void store.getState().startDiagnosis({ email: 'taro@example.jp' });
    await store.getState().cancelDiagnosis();
    expect(store.getState().run.status).toBe('running');
    api.release();
    await until(store, (st) => st.run.status === 'done');
  });

  it('unsubscribes from progress on dispose', () => {
    const api = createFakeApi({ report: REPORTS.ok });
    const store = createAppStore({ api, lang: 'ja' });
    expect(api.listenerCount()).toBe(1);
    store.dispose();
    expect(api.listenerCount()).toBe(0);
  });

  it('makes run ids the IPC validator accepts', () => {
    const ids = new Set(Array.from({ length: 50 }, () => randomRunId()));
    expect(ids.size).toBe(50);
    for (const id of ids)
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('shows an error, not a blank window, when the preload bridge is missing', async () => {
    const store = createAppStore({ api: missingBridge(), lang: 'en' });
    await store.getState().startDiagnosis({ email: 'taro@example.jp' });
    expect(selectStep(store.getState())).toBe('address');
    expect(store.getState().run).toMatchObject({ status: 'failed', error: { code: 'internal' } });
  });
});
