import { describe, expect, it } from 'vitest';
import { RunRegistry } from './run-registry.js';
import { sampleReport } from '../../test/support/ipc-fakes.js';

const A = 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa';
const B = 'bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb';

describe('RunRegistry', () => {
  it('tracks a run, keeps its report when it ends, and forgets the run', () => {
    const reg = new RunRegistry();
    const begun = reg.begin(A, 1);
    if (!begun.ok) throw new Error('begin failed');
    const report = sampleReport();
    reg.end(A, 1, begun.signal, report);
    expect(reg.size).toEqual({ active: 0, reports: 1 });
    expect(reg.report(A, 1)).toBe(report);
  });

  it('refuses a runId that is already going', () => {
    const reg = new RunRegistry();
    expect(reg.begin(A, 1).ok).toBe(true);
    expect(reg.begin(A, 1)).toEqual({ ok: false, error: 'busy' });
    expect(reg.begin(A, 2)).toEqual({ ok: false, error: 'busy' });
  });

  it('cancels only the owner’s run, and aborts its signal', () => {
    const reg = new RunRegistry();
    const begun = reg.begin(A, 1);
    if (!begun.ok) throw new Error('begin failed');
    expect(reg.cancel(A, 2)).toBe(false);
    expect(begun.signal.aborted).toBe(false);
    expect(reg.cancel(A, 1)).toBe(true);
    expect(begun.signal.aborted).toBe(true);
    expect(reg.cancel(A, 1)).toBe(false);
  });

  it('keeps no report for a run that was cancelled', () => {
    const reg = new RunRegistry();
    const begun = reg.begin(A, 1);
    if (!begun.ok) throw new Error('begin failed');
    reg.cancel(A, 1);
    reg.end(A, 1, begun.signal, sampleReport());
    expect(reg.report(A, 1)).toBeUndefined();
  });

  it('gives one window one run: a new run aborts the earlier one', () => {
    const reg = new RunRegistry();
    const first = reg.begin(A, 1);
    const other = reg.begin(B, 2);
    const second = reg.begin(B.replace('b', 'c'), 1);
    if (!first.ok || !other.ok || !second.ok) throw new Error('begin failed');
    expect(first.signal.aborted).toBe(true);
    expect(other.signal.aborted).toBe(false);
    // The superseded run ending late must not end its successor.
    reg.end(A, 1, first.signal);
    expect(reg.size.active).toBe(2);
  });

  it('cancels every run of a window that went away', () => {
    const reg = new RunRegistry();
    const a = reg.begin(A, 1);
    const b = reg.begin(B, 2);
    reg.cancelAll(1);
    expect(a.ok && a.signal.aborted).toBe(true);
    expect(b.ok && b.signal.aborted).toBe(false);
  });

  it('lets no window read another window’s report', () => {
    const reg = new RunRegistry();
    const begun = reg.begin(A, 1);
    if (!begun.ok) throw new Error('begin failed');
    reg.end(A, 1, begun.signal, sampleReport());
    expect(reg.report(A, 2)).toBeUndefined();
  });

  it('keeps a bounded number of reports, dropping the least recently used', () => {
    const reg = new RunRegistry(3);
    const ids = [
      '00000000-0000-4000-8000-000000000000',
      '00000001-0000-4000-8000-000000000000',
      '00000002-0000-4000-8000-000000000000',
      '00000003-0000-4000-8000-000000000000',
    ] as const;
    const finish = (id: string): void => {
      const begun = reg.begin(id, 1);
      if (!begun.ok) throw new Error('begin failed');
      reg.end(id, 1, begun.signal, sampleReport());
    };
    finish(ids[0]);
    finish(ids[1]);
    finish(ids[2]);
    expect(reg.report(ids[0], 1)).toBeDefined(); // touched: now the most recent
    finish(ids[3]);
    expect(reg.size.reports).toBe(3);
    expect(reg.report(ids[1], 1)).toBeUndefined();
    expect(reg.report(ids[0], 1)).toBeDefined();
    expect(reg.report(ids[3], 1)).toBeDefined();
  });
});
