/**
 * Every call from the store to the bridge (window.sendcheck) goes through callBridge, and every
 * failed answer becomes the store's RunError through failureOf: one mapping for the run, the
 * login test, the accounts, the fix, the reports and the staff screen.
 */
import type { IpcErrorCode, IpcResult } from '../../shared/ipc-contract.js';

/** An IPC failure as the store keeps it. */
export interface RunError {
  code: IpcErrorCode;
  message: string;
}

/** The failure of an answer, as the store keeps it (only these two fields, whatever else came). */
export function failureOf(res: { code: IpcErrorCode; message: string }): RunError {
  return { code: res.code, message: res.message };
}

/** What a bridge without the function answers (a test's bridge, or the dev server's). */
const UNAVAILABLE: RunError = { code: 'internal', message: 'not available in this window' };

/**
 * Calls one function of the bridge and never throws: a bridge without it answers "not available",
 * and a thrown error (e.g. no preload bridge) reads as an internal failure.
 */
export async function callBridge<Q, R>(
  fn: ((req: Q) => Promise<IpcResult<R>>) | undefined,
  req: Q,
): Promise<IpcResult<R>> {
  if (fn === undefined) return { ok: false, ...UNAVAILABLE };
  try {
    return await fn(req);
  } catch (err) {
    return {
      ok: false,
      code: 'internal',
      message: err instanceof Error ? err.message : String(err),
    };
  }
}
