/**
 * A bridge backend that replays the renderer's TEST FIXTURE reports through the real main-process
 * handlers: for screenshots of every verdict without a network. The address's local part picks the
 * verdict: port25_blocked@example.jp shows REPORTS.port25_blocked.
 */
import type { FixDeps } from '../electron/ipc/all-handlers.js';
import type { EngineApi } from '../electron/ipc/handler-deps.js';
import type { DiagnosisReport } from '../shared/diagnosis.js';
import type { IpcEvents } from '../shared/ipc-contract.js';
import { progressEventsFor } from '../test/fixtures/renderer/progress.js';
import { REPORTS, withLogin } from '../test/fixtures/renderer/reports.js';
import type { BridgeBackend } from './bridge.js';
import { createMainSide, noMailPrograms } from './main-side.js';

const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve) => {
    const onAbort = () => {
      clearTimeout(timer);
      resolve();
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });

function reportFor(email: string): DiagnosisReport {
  const local = email.slice(0, email.lastIndexOf('@'));
  return Object.hasOwn(REPORTS, local) ? REPORTS[local as keyof typeof REPORTS] : REPORTS.ok;
}

/** A replaying engine: each progress event a few ms apart, so the checking step is seen moving. */
function fixtureEngine(stepMs: number): EngineApi {
  return {
    async runDiagnosis(request, options = {}) {
      const report = reportFor(request.email);
      for (const event of progressEventsFor(report)) {
        if (options.signal?.aborted) break;
        await sleep(stepMs, options.signal);
        options.onProgress?.(event);
      }
      return report;
    },
    async runLoginTest(report, password) {
      return withLogin(report, password === 'correct horse' ? 'accepted' : 'rejected');
    },
  };
}

/**
 * Creates the fixture backend. `fixFor` gives the account and report channels' back ends (for
 * the real readers over a temporary home); without it no mail program is found.
 */
export function createFixtureBackend(
  stepMs = 15,
  fixFor: (engine: EngineApi) => FixDeps = noMailPrograms,
): BridgeBackend {
  const listeners = new Set<(p: IpcEvents['diagnosis:progress']) => void>();
  const engine = fixtureEngine(stepMs);
  const main = createMainSide(
    engine,
    (payload) => listeners.forEach((l) => l(payload)),
    (line) => process.stderr.write(`${line}\n`),
    fixFor(engine),
  );
  return {
    invoke: (channel, request) => main.invoke(channel, request),
    onEvent: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
