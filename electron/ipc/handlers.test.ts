import { describe, expect, it, vi } from 'vitest';
import type { DiagnosisReport, DiagnosisRequest, ProgressEvent } from '../../shared/diagnosis.js';
import { createListener } from './handle.js';
import type { EngineApi, EngineRunOptions } from './handler-deps.js';
import { createHandlers } from './handlers.js';
import { RunRegistry } from './run-registry.js';
import {
  FakeWebContents,
  invokeEvent,
  must,
  sampleReport,
  verifiedReport,
} from '../../test/support/ipc-fakes.js';
import { REPORTS } from '../../test/fixtures/renderer/reports.js';
import {
  acceptedReport,
  SUGGESTIONS,
  suggestedReport,
  unverifiedReport,
} from '../../test/fixtures/renderer/suggested.js';
import { trustWebContents } from './trusted-senders.js';

const RUN = '3b241101-e2bb-4255-8caf-4136c566a962';
const RUN2 = '9f1c7c1e-6b0e-4d7e-9a43-0c1f2e3d4b5a';
const CANARY = 'Canary-Pa55word-7f3a9c';

const phase: ProgressEvent = { type: 'phase', phase: 'connect', at: 12 };

/** An engine whose runs finish when the test says, and fail as AbortError when aborted. */
function controllableEngine() {
  const pending: Array<{ resolve: (r: DiagnosisReport) => void; reject: (e: unknown) => void }> =
    [];
  const wait = (options?: EngineRunOptions) =>
    new Promise<DiagnosisReport>((resolve, reject) => {
      options?.onProgress?.(phase);
      options?.signal?.addEventListener('abort', () =>
        reject(new DOMException('The operation was aborted', 'AbortError')),
      );
      pending.push({ resolve, reject });
    });
  const engine = {
    runDiagnosis: vi.fn((_req: DiagnosisRequest, options?: EngineRunOptions) => wait(options)),
    runLoginTest: vi.fn((_report: DiagnosisReport, _password: string, options?: EngineRunOptions) =>
      wait(options),
    ),
  } satisfies EngineApi;
  return { engine, pending };
}

function setup(engine: EngineApi) {
  const registry = new RunRegistry();
  const logs: string[] = [];
  const log = (line: string) => logs.push(line);
  const handlers = createHandlers({
    engine,
    registry,
    appInfo: () => ({ version: '0.1.0', locale: 'ja-JP', platform: 'win32' }),
    language: {
      current: () => ({ lang: 'ja', source: 'system' }),
      choose: async (lang) => ({ lang, source: 'saved' }),
    },
    log,
  });
  const wc = new FakeWebContents();
  trustWebContents(wc.asWebContents());
  const call = <C extends keyof typeof handlers>(
    channel: C,
    payload: unknown,
    from: FakeWebContents = wc,
  ) =>
    createListener(channel, handlers[channel], {
      log,
      secret: channel === 'diagnosis:login-test',
    })(invokeEvent(from), payload);
  return { registry, logs, wc, call };
}

const flush = () => new Promise((r) => setTimeout(r, 0));

describe('diagnosis:start', () => {
  it('passes the parsed request to the engine, without the runId, and answers the report', async () => {
    const report = sampleReport();
    const engine: EngineApi = { runDiagnosis: vi.fn(async () => report), runLoginTest: vi.fn() };
    const { call } = setup(engine);
    const res = await call('diagnosis:start', {
      runId: RUN,
      email: ' taro@example.jp ',
      port: 587,
      mailProgram: 'becky',
    });
    expect(res).toEqual({ ok: true, value: report });
    expect(engine.runDiagnosis).toHaveBeenCalledWith(
      { email: 'taro@example.jp', port: 587, mailProgram: 'becky' },
      expect.objectContaining({
        signal: expect.any(AbortSignal),
        onProgress: expect.any(Function),
      }),
    );
  });

  it('streams progress to the window that started the run, and to no other', async () => {
    const { engine, pending } = controllableEngine();
    const { call, wc } = setup(engine);
    const other = new FakeWebContents();
    trustWebContents(other.asWebContents());
    const running = call('diagnosis:start', { runId: RUN, email: 'taro@example.jp' });
    await flush();
    expect(wc.sent).toEqual([
      { channel: 'diagnosis:progress', payload: { runId: RUN, event: phase } },
    ]);
    expect(other.sent).toEqual([]);
    must(pending[0]).resolve(sampleReport());
    expect((await running).ok).toBe(true);
  });

  it('passes the hosts the user confirmed to the engine, as ASCII host names without duplicates', async () => {
    const engine: EngineApi = {
      runDiagnosis: vi.fn(async () => sampleReport()),
      runLoginTest: vi.fn(),
    };
    const { call } = setup(engine);
    await call('diagnosis:start', {
      runId: RUN,
      email: 'taro@example.jp',
      acceptSuggested: ['Mail.Hosting-Example.NET', 'mail.hosting-example.net', 'smtp.例え.jp'],
    });
    expect(must(vi.mocked(engine.runDiagnosis).mock.calls[0])[0]).toEqual({
      email: 'taro@example.jp',
      acceptSuggested: ['mail.hosting-example.net', 'smtp.xn--r8jz45g.jp'],
    });
  });

  it('refuses confirmed hosts that are IP addresses, not host names, or too many', async () => {
    const engine: EngineApi = { runDiagnosis: vi.fn(), runLoginTest: vi.fn() };
    const { call } = setup(engine);
    const start = (acceptSuggested: unknown) =>
      call('diagnosis:start', { runId: RUN, email: 'taro@example.jp', acceptSuggested });
    for (const bad of [
      ['127.0.0.1'],
      ['[::1]'],
      ['smtp.example.jp:587'],
      [''],
      'smtp.example.jp',
      [1],
    ])
      expect(await start(bad)).toMatchObject({ ok: false, code: 'bad_request' });
    const many = Array.from({ length: 9 }, (_, i) => `smtp${i}.example.jp`);
    expect(await start(many)).toEqual({
      ok: false,
      code: 'bad_request',
      message: 'acceptSuggested may hold at most 8 host names',
    });
    expect(engine.runDiagnosis).not.toHaveBeenCalled();
  });

  it('answers a bad request with the validator’s message, without calling the engine', async () => {
    const engine: EngineApi = { runDiagnosis: vi.fn(), runLoginTest: vi.fn() };
    const { call } = setup(engine);
    expect(
      await call('diagnosis:start', { runId: RUN, email: 'taro@example.jp', port: 22 }),
    ).toEqual({
      ok: false,
      code: 'bad_request',
      message: 'port must be one of the mail ports 25, 465, 587, 2525',
    });
    expect(engine.runDiagnosis).not.toHaveBeenCalled();
  });

  it('refuses an untrusted sender before looking at the payload', async () => {
    const engine: EngineApi = { runDiagnosis: vi.fn(), runLoginTest: vi.fn() };
    const { call } = setup(engine);
    const stranger = new FakeWebContents();
    expect(
      await call('diagnosis:start', { runId: RUN, email: 'taro@example.jp' }, stranger),
    ).toEqual({
      ok: false,
      code: 'forbidden',
      message: 'sender is not the app window',
    });
    expect(engine.runDiagnosis).not.toHaveBeenCalled();
  });

  it('turns an engine failure into an internal error, logged with its message', async () => {
    const engine: EngineApi = {
      runDiagnosis: vi.fn(async () => {
        throw new TypeError('boom at /home/user/secret/path');
      }),
      runLoginTest: vi.fn(),
    };
    const { call, logs } = setup(engine);
    expect(await call('diagnosis:start', { runId: RUN, email: 'taro@example.jp' })).toEqual({
      ok: false,
      code: 'internal',
      message: 'internal error',
    });
    expect(logs).toEqual([
      '[ipc] diagnosis:start failed (TypeError): boom at /home/user/secret/path',
    ]);
  });

  it('answers the engine’s own input refusal as a bad request', async () => {
    const inputError = Object.assign(new Error('The email address has no @.'), {
      name: 'InputError',
    });
    const engine: EngineApi = {
      runDiagnosis: vi.fn().mockRejectedValue(inputError),
      runLoginTest: vi.fn(),
    };
    const { call, logs } = setup(engine);
    expect(await call('diagnosis:start', { runId: RUN, email: 'taro@example.jp' })).toEqual({
      ok: false,
      code: 'bad_request',
      message: 'The email address has no @.',
    });
    expect(logs).toEqual([]);
  });

  it('refuses a second run with the same runId while the first goes on', async () => {
    const { engine, pending } = controllableEngine();
    const { call } = setup(engine);
    const first = call('diagnosis:start', { runId: RUN, email: 'taro@example.jp' });
    expect(await call('diagnosis:start', { runId: RUN, email: 'taro@example.jp' })).toMatchObject({
      ok: false,
      code: 'bad_request',
    });
    must(pending[0]).resolve(sampleReport());
    expect((await first).ok).toBe(true);
  });

  it('aborts the run when its window is destroyed', async () => {
    const { engine } = controllableEngine();
    const { call, wc, registry } = setup(engine);
    const running = call('diagnosis:start', { runId: RUN, email: 'taro@example.jp' });
    await flush();
    wc.destroy();
    expect(await running).toMatchObject({ ok: false, code: 'cancelled' });
    expect(registry.size.active).toBe(0);
    expect(wc.listenerCount('destroyed')).toBe(0);
  });
});

describe('diagnosis:cancel', () => {
  it('cancels a running diagnosis, which then answers cancelled', async () => {
    const { engine } = controllableEngine();
    const { call, wc } = setup(engine);
    const running = call('diagnosis:start', { runId: RUN, email: 'taro@example.jp' });
    await flush();
    expect(await call('diagnosis:cancel', { runId: RUN })).toEqual({
      ok: true,
      value: { cancelled: true },
    });
    expect(await running).toEqual({
      ok: false,
      code: 'cancelled',
      message: 'the run was cancelled',
    });
    // Nothing more is sent once the run is cancelled.
    const sentBefore = wc.sent.length;
    expect(await call('diagnosis:cancel', { runId: RUN })).toEqual({
      ok: true,
      value: { cancelled: false },
    });
    expect(wc.sent.length).toBe(sentBefore);
  });

  it('cannot cancel another window’s run', async () => {
    const { engine, pending } = controllableEngine();
    const { call } = setup(engine);
    const other = new FakeWebContents();
    trustWebContents(other.asWebContents());
    const running = call('diagnosis:start', { runId: RUN, email: 'taro@example.jp' });
    expect(await call('diagnosis:cancel', { runId: RUN }, other)).toEqual({
      ok: true,
      value: { cancelled: false },
    });
    must(pending[0]).resolve(sampleReport());
    expect((await running).ok).toBe(true);
  });
});

describe('diagnosis:login-test', () => {
  const refusedReports: Array<[string, DiagnosisReport]> = [
    ['no recommendation', sampleReport()],
    ['a suggestion the user has not confirmed', suggestedReport('certificate_other_name')],
    ['a suggested SRV target', suggestedReport('srv_other_domain')],
    ['settings that are not fully verified', unverifiedReport()],
    ['published settings only', REPORTS.offline],
  ];
  for (const [what, report] of refusedReports) {
    it(`refuses ${what} without calling the engine (the password goes nowhere)`, async () => {
      const engine: EngineApi = {
        runDiagnosis: vi.fn(async () => report),
        runLoginTest: vi.fn(async () => report),
      };
      const { call, logs, wc } = setup(engine);
      await call('diagnosis:start', { runId: RUN, email: 'taro@example.jp' });
      const res = await call('diagnosis:login-test', { runId: RUN, password: CANARY });
      expect(res).toEqual({
        ok: false,
        code: 'bad_request',
        message: 'the recommended settings are not verified: no login test',
      });
      expect(engine.runLoginTest).not.toHaveBeenCalled();
      expect(JSON.stringify({ res, logs, sent: wc.sent })).not.toContain(CANARY);
    });
  }

  it('runs once the user confirmed the suggestion and the new run verified it', async () => {
    const engine: EngineApi = {
      runDiagnosis: vi.fn(async () => acceptedReport()),
      runLoginTest: vi.fn(async () => acceptedReport()),
    };
    const { call } = setup(engine);
    await call('diagnosis:start', {
      runId: RUN,
      email: 'taro@example.jp',
      acceptSuggested: [SUGGESTIONS.certificate_other_name.host],
    });
    expect((await call('diagnosis:login-test', { runId: RUN, password: CANARY })).ok).toBe(true);
    expect(engine.runLoginTest).toHaveBeenCalledTimes(1);
  });

  it('answers not_found before the diagnosis has finished', async () => {
    const engine: EngineApi = { runDiagnosis: vi.fn(), runLoginTest: vi.fn() };
    const { call } = setup(engine);
    expect(await call('diagnosis:login-test', { runId: RUN, password: CANARY })).toMatchObject({
      ok: false,
      code: 'not_found',
    });
    expect(engine.runLoginTest).not.toHaveBeenCalled();
  });

  it('runs the login test on the kept report, every time from the diagnosis itself', async () => {
    const report = verifiedReport();
    const withLogin = { ...verifiedReport(), elapsedMs: 9999 };
    const engine: EngineApi = {
      runDiagnosis: vi.fn(async () => report),
      runLoginTest: vi.fn(async () => withLogin),
    };
    const { call } = setup(engine);
    await call('diagnosis:start', { runId: RUN, email: 'taro@example.jp' });
    expect(await call('diagnosis:login-test', { runId: RUN, password: CANARY })).toEqual({
      ok: true,
      value: withLogin,
    });
    await call('diagnosis:login-test', { runId: RUN, password: 'second try' });
    expect(vi.mocked(engine.runLoginTest).mock.calls.map((c) => c[0])).toEqual([report, report]);
    expect(must(vi.mocked(engine.runLoginTest).mock.calls[0])[1]).toBe(CANARY);
  });

  it('never logs or answers the password, even when the engine quotes it', async () => {
    const engine: EngineApi = {
      runDiagnosis: vi.fn(async () => verifiedReport()),
      runLoginTest: vi.fn(async (_r: DiagnosisReport, password: string) => {
        throw new Error(`AUTH PLAIN failed for ${password}`);
      }),
    };
    const { call, logs, wc } = setup(engine);
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
    await call('diagnosis:start', { runId: RUN, email: 'taro@example.jp' });
    const res = await call('diagnosis:login-test', { runId: RUN, password: CANARY });
    expect(res).toEqual({ ok: false, code: 'internal', message: 'the login test failed' });
    const everything = JSON.stringify({ res, logs, sent: wc.sent, console: spy.mock.calls });
    expect(everything).not.toContain(CANARY);
    expect(logs).toEqual(['[ipc] diagnosis:login-test failed (Error)']);
    spy.mockRestore();
  });

  it('refuses a bad password without echoing it', async () => {
    const engine: EngineApi = {
      runDiagnosis: vi.fn(async () => verifiedReport()),
      runLoginTest: vi.fn(),
    };
    const { call } = setup(engine);
    await call('diagnosis:start', { runId: RUN, email: 'taro@example.jp' });
    const res = await call('diagnosis:login-test', { runId: RUN, password: `${CANARY}\n` });
    expect(res).toEqual({
      ok: false,
      code: 'bad_request',
      message: 'password must not contain control characters',
    });
    expect(engine.runLoginTest).not.toHaveBeenCalled();
  });

  it('can be cancelled like a diagnosis', async () => {
    const { engine, pending } = controllableEngine();
    const { call } = setup(engine);
    const start = call('diagnosis:start', { runId: RUN, email: 'taro@example.jp' });
    await flush();
    must(pending[0]).resolve(verifiedReport());
    await start;
    const login = call('diagnosis:login-test', { runId: RUN, password: CANARY });
    await flush();
    expect(await call('diagnosis:cancel', { runId: RUN })).toEqual({
      ok: true,
      value: { cancelled: true },
    });
    expect(await login).toMatchObject({ ok: false, code: 'cancelled' });
  });

  it('cannot use another window’s report', async () => {
    const engine: EngineApi = {
      runDiagnosis: vi.fn(async () => verifiedReport()),
      runLoginTest: vi.fn(),
    };
    const { call } = setup(engine);
    const other = new FakeWebContents();
    trustWebContents(other.asWebContents());
    await call('diagnosis:start', { runId: RUN2, email: 'taro@example.jp' });
    expect(
      await call('diagnosis:login-test', { runId: RUN2, password: CANARY }, other),
    ).toMatchObject({
      ok: false,
      code: 'not_found',
    });
  });
});

describe('app:info', () => {
  it('answers version, locale and platform', async () => {
    const { call } = setup({ runDiagnosis: vi.fn(), runLoginTest: vi.fn() });
    expect(await call('app:info', {})).toEqual({
      ok: true,
      value: { version: '0.1.0', locale: 'ja-JP', platform: 'win32' },
    });
  });
});
