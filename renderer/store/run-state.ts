/**
 * The diagnosis run as one discriminated union. Each state carries exactly the data it needs, and the
 * wizard's step is derived from it, so the screen can never disagree with what the run is doing.
 */
import type { DiagnosisReport } from '../../shared/diagnosis.js';
import type { RunError } from './bridge-call.js';
import type { ProbeKind, ProbeOutcome, ProbeResult, ProbeRole } from '../../shared/probe.js';

/** The wizard's screens, in order. */
export type Step = 'start' | 'address' | 'checking' | 'result';

/** A probe as the progress stream has shown it so far. */
export interface LiveProbe {
  id: string;
  kind: ProbeKind;
  role: ProbeRole;
  host: string;
  port: number | null;
  /** Engine clock, ms since the diagnosis started. */
  startedAt: number;
  finishedAt: number | null;
  outcome: ProbeOutcome | null;
  /** Renderer clock (Date.now) when the start was seen, for live timers. */
  seenAt: number;
}

/** The optional login test on a finished run. Its outcome is the report's login probe. */
export type LoginState =
  | { status: 'idle' }
  | { status: 'testing' }
  | { status: 'tested' }
  | { status: 'failed'; error: RunError };

/** A run in flight: the live probe list and when it began (renderer clock). */
interface Live {
  runId: string;
  startedAt: number;
  probes: LiveProbe[];
}

/** Where the diagnosis is. Only these six states exist; the step follows from them. */
export type RunState =
  /** Nothing running: on the start screen, or on the address step once the user has begun. */
  | { status: 'idle'; screen: 'start' | 'address' }
  | ({ status: 'running' } & Live)
  /** Stop was pressed; the engine's answer (cancelled, or a report that beat it) decides what follows. */
  | ({ status: 'cancelling' } & Live)
  | { status: 'done'; runId: string; report: DiagnosisReport; login: LoginState }
  | { status: 'failed'; error: RunError }
  | { status: 'cancelled' };

/** The run state of a fresh window: the start screen. */
export const INITIAL_RUN: RunState = { status: 'idle', screen: 'start' };

/** The screen a run state shows: the only way the wizard's step is decided. */
export function stepOf(run: RunState): Step {
  switch (run.status) {
    case 'idle':
      return run.screen;
    case 'running':
    case 'cancelling':
      return 'checking';
    case 'done':
      return 'result';
    case 'failed':
    case 'cancelled':
      // Back on the address step, values kept, with a notice saying what happened.
      return 'address';
  }
}

/** The run id the engine knows this run by, while one is in flight or finished. */
export function runIdOf(run: RunState): string | null {
  return run.status === 'running' || run.status === 'cancelling' || run.status === 'done'
    ? run.runId
    : null;
}

/** The finished report, or null when the run has not finished. */
export function reportOf(run: RunState): DiagnosisReport | null {
  return run.status === 'done' ? run.report : null;
}

/** A finished run showing report: the result screen, for tests and previews. */
export function doneRun(report: DiagnosisReport, runId: string): RunState {
  return { status: 'done', runId, report, login: { status: 'idle' } };
}

/** The login probe of a report, if a login test ran. */
export function loginProbeOf(report: DiagnosisReport | null): ProbeResult | null {
  return report?.probes.find((p) => p.role === 'login') ?? null;
}
