/**
 * TEST FIXTURES ONLY: a stand-in for the preload's window.sendcheck that replays fixture reports.
 * The real bridge needs Electron's main process; component tests and screenshot runs use this instead.
 */
import type { DiagnosisReport } from '../../shared/diagnosis.js';
import type { IpcEvents, IpcResult, SendCheckApi } from '../../shared/ipc-contract.js';
import { progressEventsFor } from './progress.js';

/** How the fake behaves. */
export interface FakeApiOptions {
  /** The report a diagnosis ends with (or a function of the request). */
  report:
    DiagnosisReport | ((req: Parameters<SendCheckApi['startDiagnosis']>[0]) => DiagnosisReport);
  /** What a login test returns. */
  loginReport?: (password: string) => DiagnosisReport;
  /** Real ms to wait between progress events (0: next macrotask). */
  stepMs?: number;
  /** When true, startDiagnosis waits for release() (or cancel) after replaying its events. */
  hold?: boolean;
  /** Makes startDiagnosis fail with this error instead. */
  fail?: { code: 'internal' | 'bad_request'; message: string };
}

/** The fake bridge plus what a test may want to inspect or drive. */
export interface FakeApi extends SendCheckApi {
  calls: {
    start: Parameters<SendCheckApi['startDiagnosis']>[0][];
    cancel: string[];
    login: { runId: string; password: string }[];
  };
  /** Lets a held diagnosis finish. */
  release(): void;
  listenerCount(): number;
  /** Sends any progress event, as the main process would. */
  emit(payload: IpcEvents['diagnosis:progress']): void;
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** Creates a fake bridge that streams the report's probes as progress events, then answers with it. */
export function createFakeApi(options: FakeApiOptions): FakeApi {
  const listeners = new Set<(p: IpcEvents['diagnosis:progress']) => void>();
  const calls: FakeApi['calls'] = { start: [], cancel: [], login: [] };
  let cancelled = new Set<string>();
  let releaseHeld: (() => void) | null = null;
  // release() may come before the replay reaches its hold: remember it.
  let released = false;
  const emit = (payload: IpcEvents['diagnosis:progress']) => listeners.forEach((l) => l(payload));

  return {
    calls,
    release: () => {
      released = true;
      releaseHeld?.();
    },
    listenerCount: () => listeners.size,
    emit,
    async startDiagnosis(req) {
      calls.start.push(req);
      if (options.fail) return { ok: false, ...options.fail };
      const report = typeof options.report === 'function' ? options.report(req) : options.report;
      for (const event of progressEventsFor(report)) {
        if (cancelled.has(req.runId)) break;
        await sleep(options.stepMs ?? 0);
        emit({ runId: req.runId, event });
      }
      if (options.hold && !released && !cancelled.has(req.runId)) {
        await new Promise<void>((resolve) => {
          releaseHeld = resolve;
          const poll = setInterval(() => {
            if (cancelled.has(req.runId)) {
              clearInterval(poll);
              resolve();
            }
          }, 5);
        });
      }
      if (cancelled.has(req.runId))
        return { ok: false, code: 'cancelled', message: 'cancelled by the user' };
      return { ok: true, value: report };
    },
    async cancelDiagnosis({ runId }) {
      calls.cancel.push(runId);
      cancelled = new Set([...cancelled, runId]);
      return { ok: true, value: { cancelled: true } };
    },
    async loginTest(req): Promise<IpcResult<DiagnosisReport>> {
      calls.login.push(req);
      if (!options.loginReport)
        return { ok: false, code: 'not_found', message: 'no diagnosis with that runId' };
      await sleep(options.stepMs ?? 0);
      return { ok: true, value: options.loginReport(req.password) };
    },
    async appInfo() {
      return { ok: true, value: { version: '0.1.0-test', locale: 'ja-JP', platform: 'linux' } };
    },
    onProgress(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
