import type { IpcEvents } from '../../shared/ipc-contract.js';
import { callBridge, failureOf } from './bridge-call.js';
import { doneRun, INITIAL_RUN, runIdOf, type LiveProbe } from './run-state.js';
import type { AppState, RunSlice, SliceCreator, StartRequest } from './types.js';

/** The diagnosis run: start, cancel, the moves between screens, and the live probe list. */
export const createRunSlice: SliceCreator<RunSlice> = (set, get, deps) => ({
  run: INITIAL_RUN,
  runRequest: null,
  begin: () => set({ run: { status: 'idle', screen: 'address' } }),
  backToStart: () => set({ run: INITIAL_RUN }),
  startDiagnosis: async (req) => {
    const runId = deps.newRunId();
    set({
      run: { status: 'running', runId, startedAt: deps.now(), probes: [] },
      runRequest: { runId, request: req },
      supportOpen: false,
    });
    const res = await callBridge(deps.api.startDiagnosis, { runId, ...req });
    // A newer run (or "check again") has taken over: this answer is stale.
    if (runIdOf(get().run) !== runId) return;
    if (res.ok) set({ run: doneRun(res.value, runId) });
    else if (res.code === 'cancelled') set({ run: { status: 'cancelled' } });
    else set({ run: { status: 'failed', error: failureOf(res) } });
  },
  cancelDiagnosis: async () => {
    const { run } = get();
    if (run.status !== 'running') return;
    set({ run: { ...run, status: 'cancelling' } });
    const res = await callBridge(deps.api.cancelDiagnosis, { runId: run.runId });
    // If the engine had already finished, startDiagnosis's answer decides where we go.
    const now = get().run;
    if (!res.ok && now.status === 'cancelling' && now.runId === run.runId)
      set({ run: { ...now, status: 'running' } });
  },
  checkAgain: () => set({ run: { status: 'idle', screen: 'address' }, supportOpen: false }),
  recheckAs: (email) => {
    if (get().run.status !== 'done') return;
    const before = requestOf(get());
    get().setField('email', email);
    void get().startDiagnosis({ ...before, email });
  },
  acceptSuggestion: (host) => {
    const { run, runAccount } = get();
    if (run.status !== 'done') return;
    const before = requestOf(get());
    const accepted = [...new Set([...(before.acceptSuggested ?? []), host.toLowerCase()])];
    void get().startDiagnosis({ ...before, acceptSuggested: accepted });
    // The run is still for the same account: "Fix it for me" may follow once it is verified.
    const runId = runIdOf(get().run);
    if (runAccount !== null && runAccount.runId === run.runId && runId !== null)
      set({ runAccount: { runId, account: runAccount.account } });
  },
});

/** The request of the finished run on screen; rebuilt from its report when none was kept. */
function requestOf(state: AppState): StartRequest {
  const { run, runRequest, mailProgram } = state;
  if (runRequest !== null && runRequest.runId === runIdOf(run)) return runRequest.request;
  const report = run.status === 'done' ? run.report : null;
  return {
    email: report?.email.display ?? state.email,
    ...(report?.request.server ? { server: report.request.server } : {}),
    ...(report?.request.port ? { port: report.request.port } : {}),
    ...(mailProgram !== null ? { mailProgram } : {}),
  };
}

/** Applies one progress event to the live probe list; events of other runs are ignored. */
export function applyProgress(
  state: AppState,
  payload: IpcEvents['diagnosis:progress'],
  seenAt: number,
): Partial<AppState> | null {
  const { run } = state;
  if (run.status !== 'running' && run.status !== 'cancelling') return null;
  if (payload.runId.toLowerCase() !== run.runId.toLowerCase()) return null;
  const probes = nextProbes(run.probes, payload.event, seenAt);
  return probes === null ? null : { run: { ...run, probes } };
}

/** The live probe list after one event, or null when the event changes nothing. */
function nextProbes(
  probes: LiveProbe[],
  ev: IpcEvents['diagnosis:progress']['event'],
  seenAt: number,
): LiveProbe[] | null {
  if (ev.type === 'probe_started') {
    if (probes.some((p) => p.id === ev.id)) return null;
    const { id, kind, role, host, port, at } = ev;
    return [
      ...probes,
      { id, kind, role, host, port, startedAt: at, finishedAt: null, outcome: null, seenAt },
    ];
  }
  if (ev.type === 'probe_finished') {
    const r = ev.result;
    if (probes.some((p) => p.id === r.id))
      return probes.map((p) =>
        p.id === r.id ? { ...p, finishedAt: ev.at, outcome: r.outcome } : p,
      );
    // A finish without a start (e.g. a probe answered from cache): show it as started and done at once.
    const { id, kind, role, host, port, outcome } = r;
    const startedAt = Math.max(0, ev.at - r.ms);
    return [
      ...probes,
      { id, kind, role, host, port, startedAt, finishedAt: ev.at, outcome, seenAt },
    ];
  }
  return null;
}
