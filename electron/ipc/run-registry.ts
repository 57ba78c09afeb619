/**
 * The runs a window has going (each with its AbortController, for cancel) and the reports of
 * finished ones (for the login test), kept in memory only, bounded, and per window: one window can
 * neither cancel nor read another's run.
 */
import type { DiagnosisReport } from '../../shared/diagnosis.js';

/** How many finished reports are kept in all; the oldest is dropped first. */
export const MAX_KEPT_REPORTS = 16;

interface ActiveRun {
  owner: number;
  controller: AbortController;
}

interface KeptReport {
  owner: number;
  report: DiagnosisReport;
}

/** Why a run could not start. */
export type BeginError = 'busy';

/** Active runs and finished reports, keyed by runId. */
export class RunRegistry {
  private readonly active = new Map<string, ActiveRun>();
  // A Map iterates in insertion order, which makes it a small LRU.
  private readonly reports = new Map<string, KeptReport>();

  constructor(private readonly maxReports = MAX_KEPT_REPORTS) {}

  /**
   * Starts tracking a run for a window. A window has one run at a time: a new one aborts the
   * window's earlier run. A runId already running is refused.
   */
  begin(
    runId: string,
    owner: number,
  ): { ok: true; signal: AbortSignal } | { ok: false; error: BeginError } {
    if (this.active.has(runId)) return { ok: false, error: 'busy' };
    for (const [id, run] of this.active) {
      if (run.owner === owner) {
        run.controller.abort();
        this.active.delete(id);
      }
    }
    const controller = new AbortController();
    this.active.set(runId, { owner, controller });
    return { ok: true, signal: controller.signal };
  }

  /** Stops tracking a run (finished, failed or cancelled); keeps its report when there is one. */
  end(runId: string, owner: number, signal: AbortSignal, report?: DiagnosisReport): void {
    const run = this.active.get(runId);
    // Only the run that began with this signal may end it: a superseded run must not end its successor.
    if (run && run.owner === owner && run.controller.signal === signal) this.active.delete(runId);
    if (report && !signal.aborted) this.keep(runId, owner, report);
  }

  /** Aborts a window's run; false when that window has no such run. */
  cancel(runId: string, owner: number): boolean {
    const run = this.active.get(runId);
    if (!run || run.owner !== owner) return false;
    run.controller.abort();
    this.active.delete(runId);
    return true;
  }

  /** Aborts every run of a window (it closed or crashed). */
  cancelAll(owner: number): void {
    for (const [id, run] of this.active) {
      if (run.owner === owner) this.cancel(id, owner);
    }
  }

  /** The finished report of a window's run, or undefined. */
  report(runId: string, owner: number): DiagnosisReport | undefined {
    const kept = this.reports.get(runId);
    if (!kept || kept.owner !== owner) return undefined;
    // Touch it, so the report in use is the last to be dropped.
    this.reports.delete(runId);
    this.reports.set(runId, kept);
    return kept.report;
  }

  /** How many runs are going and how many reports are kept (for tests and diagnostics). */
  get size(): { active: number; reports: number } {
    return { active: this.active.size, reports: this.reports.size };
  }

  private keep(runId: string, owner: number, report: DiagnosisReport): void {
    this.reports.delete(runId);
    this.reports.set(runId, { owner, report });
    while (this.reports.size > this.maxReports) {
      const oldest = this.reports.keys().next().value;
      if (oldest === undefined) break;
      this.reports.delete(oldest);
    }
  }
}
