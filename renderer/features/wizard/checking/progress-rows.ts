import type { ProbeOutcome, ProbeRole } from '../../../../shared/probe.js';
import type { LiveProbe } from '../../../store/run-state.js';

/** How one line of the progress list stands. */
export type RowState = 'running' | 'ok' | 'partial' | 'problem' | 'done';

/** One line of the progress list: all probes of one role, in plain words. */
export interface ProgressRow {
  role: ProbeRole;
  state: RowState;
  /** Probes in this row, and how many have finished. */
  total: number;
  finished: number;
  /** Engine clock: first start, and last finish once all are done. */
  startedAt: number;
  finishedAt: number | null;
  /** Renderer clock when the row first appeared, for its live timer. */
  seenAt: number;
}

const GOOD: ReadonlySet<ProbeOutcome> = new Set(['open', 'found', 'accepted']);
// For these roles "nothing there" is an answer, not a fault: most domains publish no SRV record
// and no autoconfig file, and an autoconfig host that cannot be reached only means we look
// elsewhere (it says nothing about the way the customer's mail takes).
const NEUTRAL: Partial<Record<ProbeRole, ReadonlySet<ProbeOutcome>>> = {
  dns_srv: new Set(['nxdomain', 'nodata']),
  autoconfig: new Set([
    'nxdomain',
    'nodata',
    'timeout',
    'servfail',
    'refused',
    'prohibited',
    'filtered',
    'no_route',
    'error',
    'skipped',
  ]),
};

function settle(role: ProbeRole, outcomes: ProbeOutcome[]): RowState {
  const good = outcomes.filter((o) => GOOD.has(o)).length;
  if (good === outcomes.length) return 'ok';
  const neutral = NEUTRAL[role];
  if (neutral && outcomes.every((o) => GOOD.has(o) || neutral.has(o))) return 'done';
  return good > 0 ? 'partial' : 'problem';
}

/** Groups live probes into one row per role, in the order the roles first appeared. */
export function progressRows(probes: readonly LiveProbe[]): ProgressRow[] {
  const byRole = new Map<ProbeRole, LiveProbe[]>();
  for (const p of probes) byRole.set(p.role, [...(byRole.get(p.role) ?? []), p]);
  const rows: ProgressRow[] = [];
  for (const [role, list] of byRole) {
    const finished = list.filter((p) => p.finishedAt !== null && p.outcome !== null);
    const allDone = finished.length === list.length;
    rows.push({
      role,
      state: allDone
        ? settle(
            role,
            finished.map((p) => p.outcome as ProbeOutcome),
          )
        : 'running',
      total: list.length,
      finished: finished.length,
      startedAt: Math.min(...list.map((p) => p.startedAt)),
      finishedAt: allDone ? Math.max(...finished.map((p) => p.finishedAt ?? 0)) : null,
      seenAt: Math.min(...list.map((p) => p.seenAt)),
    });
  }
  return rows;
}
