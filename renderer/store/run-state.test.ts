import { describe, expect, it } from 'vitest';
import { REPORTS, withLogin } from '../../test/fixtures/renderer/reports.js';
import { doneRun, loginProbeOf, reportOf, runIdOf, stepOf, type RunState } from './run-state.js';

const ID = '11111111-2222-4333-8444-555555555555';
const live = { runId: ID, startedAt: 0, probes: [] };

// One row per state the union allows: the step each shows, its run id and its report.
const TABLE: [RunState, string, string | null, boolean][] = [
  [{ status: 'idle', screen: 'start' }, 'start', null, false],
  [{ status: 'idle', screen: 'address' }, 'address', null, false],
  [{ status: 'running', ...live }, 'checking', ID, false],
  [{ status: 'cancelling', ...live }, 'checking', ID, false],
  [doneRun(REPORTS.ok, ID), 'result', ID, true],
  [{ status: 'failed', error: { code: 'internal', message: 'x' } }, 'address', null, false],
  [{ status: 'cancelled' }, 'address', null, false],
];

describe('run state', () => {
  it.each(TABLE)('%j shows %s', (run, step, runId, hasReport) => {
    expect(stepOf(run)).toBe(step);
    expect(runIdOf(run)).toBe(runId);
    expect(reportOf(run) !== null).toBe(hasReport);
  });

  it('finds the login probe of a report, and none before a login test', () => {
    expect(loginProbeOf(REPORTS.ok)).toBeNull();
    expect(loginProbeOf(null)).toBeNull();
    expect(loginProbeOf(withLogin(REPORTS.port25_blocked, 'accepted'))?.outcome).toBe('accepted');
  });
});
