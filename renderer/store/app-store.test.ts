import { describe, expect, it } from 'vitest';
import { missingBridge } from '../app/missing-bridge.js';
import { createFakeApi } from '../test-fixtures/fake-api.js';
import { REPORTS, withLogin } from '../test-fixtures/reports.js';
import { createAppStore, randomRunId } from './app-store.js';
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
    expect(store.getState().step).toBe('checking');
    expect(api.calls.start).toEqual([
      {
        runId: RUN_ID,
        email: 'taro@例え.jp',
        server: 'smtp.example.jp',
        port: 25,
        mailProgram: 'thunderbird',
      },
    ]);
    await until(store, (st) => st.step === 'result');
    const st = store.getState();
    expect(st.report?.verdict.code).toBe('port25_blocked');
    expect(st.probes.map((p) => p.id).sort()).toEqual(
      REPORTS.port25_blocked.probes.map((p) => p.id).sort(),
    );
    expect(st.probes.every((p) => p.finishedAt !== null)).toBe(true);
    expect(st.runStatus).toBe('idle');
  });

  it('applies progress of its own run only, and shows a finish that came without a start', async () => {
    const api = createFakeApi({ report: REPORTS.offline, hold: true });
    const store = createAppStore({ api, lang: 'ja', newRunId: () => RUN_ID, now: () => 5000 });
    void store.getState().startDiagnosis({ email: 'taro@example.jp' });
    await until(store, (st) => st.probes.length === 1 && st.probes[0]?.finishedAt !== null);
    const probe = REPORTS.ok.probes[1];
    if (!probe) throw new Error('fixture has no second probe');
    api.emit({
      runId: '99999999-2222-4333-8444-555555555555',
      event: { type: 'probe_finished', result: probe, at: 40 },
    });
    expect(store.getState().probes).toHaveLength(1);
    api.emit({
      runId: RUN_ID.toUpperCase(),
      event: { type: 'probe_finished', result: probe, at: 40 },
    });
    expect(store.getState().probes).toHaveLength(2);
    expect(store.getState().probes[1]).toMatchObject({
      id: probe.id,
      startedAt: 40 - probe.ms,
      finishedAt: 40,
      outcome: 'found',
      seenAt: 5000,
    });
    api.release();
    await until(store, (st) => st.step === 'result');
  });

  it('goes back to the address step, values kept, when the user cancels', async () => {
    const api = createFakeApi({ report: REPORTS.ok, hold: true });
    const store = createAppStore({ api, lang: 'ja', newRunId: () => RUN_ID });
    store.getState().setField('email', 'taro@example.jp');
    store.getState().submit();
    await store.getState().cancelDiagnosis();
    await until(store, (st) => st.step === 'address');
    expect(api.calls.cancel).toEqual([RUN_ID]);
    expect(store.getState().cancelled).toBe(true);
    expect(store.getState().email).toBe('taro@example.jp');
    expect(store.getState().report).toBeNull();
  });

  it('shows a bridge failure as an error on the address step', async () => {
    const api = createFakeApi({
      report: REPORTS.ok,
      fail: { code: 'internal', message: 'engine crashed' },
    });
    const store = createAppStore({ api, lang: 'ja' });
    await store.getState().startDiagnosis({ email: 'taro@example.jp' });
    expect(store.getState().step).toBe('address');
    expect(store.getState().runError).toEqual({ code: 'internal', message: 'engine crashed' });
  });

  it('treats a missing or throwing bridge as an internal error instead of crashing', async () => {
    const api = createFakeApi({ report: REPORTS.ok });
    api.startDiagnosis = () => Promise.reject(new Error('window.sendcheck is undefined'));
    const store = createAppStore({ api, lang: 'ja' });
    await store.getState().startDiagnosis({ email: 'taro@example.jp' });
    expect(store.getState().runError?.code).toBe('internal');
  });

  it('runs the login test with the password passed through, never stored', async () => {
    const api = createFakeApi({
      report: REPORTS.ok,
      loginReport: () => withLogin(REPORTS.ok, 'rejected'),
    });
    const store = createAppStore({ api, lang: 'ja', newRunId: () => RUN_ID });
    await store.getState().startDiagnosis({ email: 'taro@example.jp' });
    await store.getState().testLogin('s3cret-パス');
    expect(api.calls.login).toEqual([{ runId: RUN_ID, password: 's3cret-パス' }]);
    expect(store.getState().report?.verdict.code).toBe('auth_failed');
    expect(store.getState().loginStatus).toBe('done');
    expect(JSON.stringify(store.getState())).not.toContain('s3cret');
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
    expect(store.getState().step).toBe('address');
    expect(store.getState().runError?.code).toBe('internal');
  });
});
