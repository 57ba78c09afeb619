import type { IpcEvents, IpcResult } from '../../shared/ipc-contract.js';
import type { DiagnosisReport } from '../../shared/diagnosis.js';
import type { AppState, LiveProbe, RunError, RunSlice, SliceCreator } from './types.js';

/** Turns a thrown error (e.g. no preload bridge) into the same shape as an IPC failure. */
export function thrownToRunError(err: unknown): RunError {
  return { code: 'internal', message: err instanceof Error ? err.message : String(err) };
}

/** Calls the bridge and never throws: a broken bridge reads as an internal error. */
export async function safeCall<T>(call: () => Promise<IpcResult<T>>): Promise<IpcResult<T>> {
  try {
    return await call();
  } catch (err) {
    return { ok: false, ...thrownToRunError(err) };
  }
}

/** The running diagnosis: start, cancel, and the live probe list fed by progress events. */
export const createRunSlice: SliceCreator<RunSlice> = (set, get, deps) => ({
  runId: null,
  runStatus: 'idle',
  runStartedAt: null,
  probes: [],
  report: null,
  runError: null,
  cancelled: false,
  startDiagnosis: async (req) => {
    const runId = deps.newRunId();
    set({
      runId,
      runStatus: 'running',
      runStartedAt: deps.now(),
      probes: [],
      report: null,
      runError: null,
      cancelled: false,
      supportOpen: false,
      loginStatus: 'idle',
      loginError: null,
      step: 'checking',
    });
    const res = await safeCall(() => deps.api.startDiagnosis({ runId, ...req }));
    // A newer run (or "check again") has taken over: this answer is stale.
    if (get().runId !== runId) return;
    if (res.ok) {
      set({ report: res.value, runStatus: 'idle', step: 'result' });
    } else if (res.code === 'cancelled') {
      set({ runStatus: 'idle', cancelled: true, step: 'address' });
    } else {
      set({
        runStatus: 'idle',
        runError: { code: res.code, message: res.message },
        step: 'address',
      });
    }
  },
  cancelDiagnosis: async () => {
    const { runId, runStatus } = get();
    if (runId === null || runStatus !== 'running') return;
    set({ runStatus: 'cancelling' });
    const res = await safeCall(() => deps.api.cancelDiagnosis({ runId }));
    // If the engine had already finished, startDiagnosis's answer decides where we go.
    if (!res.ok && get().runId === runId && get().runStatus === 'cancelling')
      set({ runStatus: 'running' });
  },
  checkAgain: () => {
    set({
      step: 'address',
      report: null,
      runId: null,
      probes: [],
      cancelled: false,
      runError: null,
      supportOpen: false,
    });
  },
});

/** Applies one progress event to the live probe list; events of other runs are ignored. */
export function applyProgress(
  state: AppState,
  payload: IpcEvents['diagnosis:progress'],
  seenAt: number,
): Partial<AppState> | null {
  if (state.runId === null || payload.runId.toLowerCase() !== state.runId.toLowerCase())
    return null;
  const ev = payload.event;
  if (ev.type === 'probe_started') {
    if (state.probes.some((p) => p.id === ev.id)) return null;
    const probe: LiveProbe = {
      id: ev.id,
      kind: ev.kind,
      role: ev.role,
      host: ev.host,
      port: ev.port,
      startedAt: ev.at,
      finishedAt: null,
      outcome: null,
      seenAt,
    };
    return { probes: [...state.probes, probe] };
  }
  if (ev.type === 'probe_finished') {
    const r = ev.result;
    const known = state.probes.some((p) => p.id === r.id);
    const done = (p: LiveProbe): LiveProbe => ({ ...p, finishedAt: ev.at, outcome: r.outcome });
    if (known) return { probes: state.probes.map((p) => (p.id === r.id ? done(p) : p)) };
    // A finish without a start (e.g. a probe answered from cache): show it as started and done at once.
    const startedAt = Math.max(0, ev.at - r.ms);
    const probe: LiveProbe = {
      id: r.id,
      kind: r.kind,
      role: r.role,
      host: r.host,
      port: r.port,
      startedAt,
      finishedAt: ev.at,
      outcome: r.outcome,
      seenAt,
    };
    return { probes: [...state.probes, probe] };
  }
  return null;
}

/** The login probe of a report, if a login test ran. */
export function loginProbeOf(report: DiagnosisReport | null) {
  return report?.probes.find((p) => p.role === 'login') ?? null;
}
