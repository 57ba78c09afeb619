import { describe, expect, it } from 'vitest';
import { sampleReport } from '../test/support/ipc-fakes.js';
import { ipcValidators } from './ipc-validators.js';

const RUN = '3b241101-e2bb-4255-8caf-4136c566a962';

describe('validators of the account, report and staff channels', () => {
  it('check: an account, or both a typed server and port; a password without control characters', () => {
    const v = ipcValidators['diagnosis:check'];
    expect(v({ runId: RUN, email: 'taro@example.jp', accountId: 'thunderbird:p:smtp1' }).ok).toBe(
      true,
    );
    expect(
      v({ runId: RUN, email: 'taro@example.jp', server: 'smtp.example.jp', port: 587 }).ok,
    ).toBe(true);
    expect(v({ runId: RUN, email: 'taro@example.jp', server: 'smtp.example.jp' })).toEqual({
      ok: false,
      message: 'server and port are needed when no accountId is given',
    });
    expect(
      v({ runId: RUN, email: 'taro@example.jp', server: 'smtp.example.jp', port: 22 }).ok,
    ).toBe(false);
    const bad = v({ runId: RUN, email: 'taro@example.jp', accountId: 'a', password: 'secret\n' });
    expect(bad).toEqual({ ok: false, message: 'password must not contain control characters' });
  });

  it('fix and undo: an account id of bounded length without control characters', () => {
    expect(ipcValidators['accounts:fix']({ accountId: 'thunderbird:p:smtp1', runId: RUN }).ok).toBe(
      true,
    );
    expect(ipcValidators['accounts:fix']({ accountId: 'x', runId: 'nope' }).ok).toBe(false);
    expect(ipcValidators['accounts:undo']({ accountId: 'a'.repeat(600) }).ok).toBe(false);
    expect(ipcValidators['accounts:undo']({ accountId: 'a\u0000b' }).ok).toBe(false);
    expect(ipcValidators['accounts:list']({ extra: 1 }).ok).toBe(false);
  });

  it('save and encode: only a report that passes the report file check', () => {
    expect(ipcValidators['report:save']({ report: sampleReport(), lang: 'ja' }).ok).toBe(true);
    expect(ipcValidators['report:save']({ report: sampleReport(), lang: 'fr' }).ok).toBe(false);
    const extra = { ...sampleReport(), password: 'x' };
    const res = ipcValidators['code:encode']({ report: extra });
    // Extra fields are dropped by the check, never carried on.
    expect(res.ok && 'password' in res.value.report).toBe(false);
    expect(ipcValidators['code:encode']({ report: { verdict: 1 } }).ok).toBe(false);
  });

  it('decode and lookup: bounded strings', () => {
    expect(ipcValidators['code:decode']({ code: 'k7qm 2xda 9pqrx' }).ok).toBe(true);
    expect(ipcValidators['code:decode']({ code: 'x'.repeat(201) }).ok).toBe(false);
    expect(ipcValidators['provider:lookup']({ email: 'taro@ocn.ne.jp' }).ok).toBe(true);
    expect(ipcValidators['provider:lookup']({ email: 'taro' }).ok).toBe(false);
  });
});
