import { describe, expect, it } from 'vitest';
import type { LiveProbe } from '../../../store/run-state.js';
import { progressRows } from './progress-rows.js';

function probe(
  id: string,
  role: LiveProbe['role'],
  outcome: LiveProbe['outcome'],
  startedAt: number,
  finishedAt: number | null,
): LiveProbe {
  return {
    id,
    kind: 'smtp',
    role,
    host: 'h',
    port: 587,
    startedAt,
    finishedAt,
    outcome,
    seenAt: 1000 + startedAt,
  };
}

describe('progressRows', () => {
  it('groups by role in first-seen order and settles each row', () => {
    const rows = progressRows([
      probe('a', 'submission', 'open', 10, 50),
      probe('b', 'own_mx', 'filtered', 12, null),
      probe('c', 'submission', 'filtered', 11, 1300),
      probe('d', 'dns_srv', 'nxdomain', 1, 8),
      probe('e', 'web_control', 'open', 3, 20),
    ]);
    expect(rows.map((r) => [r.role, r.state, r.finished, r.total])).toEqual([
      ['submission', 'partial', 2, 2],
      ['own_mx', 'running', 0, 1],
      ['dns_srv', 'done', 1, 1],
      ['web_control', 'ok', 1, 1],
    ]);
    expect(rows[0]).toMatchObject({ startedAt: 10, finishedAt: 1300, seenAt: 1010 });
    expect(rows[1]?.finishedAt).toBeNull();
  });

  it('treats a domain without published settings as checked, not as a problem', () => {
    const rows = progressRows([
      probe('a', 'autoconfig', 'nxdomain', 0, 5),
      probe('b', 'autoconfig', 'filtered', 0, 2500),
      probe('c', 'dns_srv', 'timeout', 0, 4000),
    ]);
    expect(rows.map((r) => [r.role, r.state])).toEqual([
      ['autoconfig', 'done'],
      ['dns_srv', 'problem'],
    ]);
  });

  it('calls a row with nothing answering a problem', () => {
    const rows = progressRows([
      probe('a', 'reference_mx', 'refused', 0, 3),
      probe('b', 'reference_mx', 'prohibited', 0, 4),
    ]);
    expect(rows[0]?.state).toBe('problem');
  });
});
