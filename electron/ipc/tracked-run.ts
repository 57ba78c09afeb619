/**
 * Engine work as a tracked run, for every channel that starts one (a diagnosis, the login test,
 * "check again"): cancellable by its runId, aborted when its window goes away, progress sent to
 * that window only, and answered as a result union.
 */
import type { WebContents } from 'electron';
import type { DiagnosisReport, ProgressEvent } from '../../shared/diagnosis.js';
import type { IpcErrorCode, IpcEvents, IpcResult } from '../../shared/ipc-contract.js';
import { referenceCodeFor } from '../../shared/reference-code.js';
import type { HandlerDeps } from './handler-deps.js';

/** A failed answer. */
export function fail(
  code: IpcErrorCode,
  message: string,
): { ok: false; code: IpcErrorCode; message: string } {
  return { ok: false, code, message };
}

const CANCELLED = fail('cancelled', 'the run was cancelled');

/**
 * The engine's InputError (electron/engine/index.ts): input it refused before probing. Its message
 * is one of validate.ts's fixed English texts, never the input itself, so it can go back as is.
 */
function isInputError(err: unknown): err is Error {
  return err instanceof Error && err.name === 'InputError';
}

/** Sends a progress event to the window that started the run, and to no other. */
export function progressTo(sender: WebContents, runId: string, signal: AbortSignal) {
  return (event: ProgressEvent): void => {
    if (signal.aborted || sender.isDestroyed()) return;
    const payload: IpcEvents['diagnosis:progress'] = { runId, event };
    try {
      sender.send('diagnosis:progress', payload);
    } catch {
      // The window went away between the check and the send: nobody is left to tell.
    }
  };
}

/**
 * Runs one piece of engine work as a tracked run: cancellable by runId, aborted when the window
 * goes away, answered as cancelled (not as an error) once aborted.
 */
export async function tracked(
  deps: HandlerDeps,
  runId: string,
  sender: WebContents,
  work: (signal: AbortSignal) => Promise<DiagnosisReport>,
  keep: boolean,
): Promise<IpcResult<DiagnosisReport>> {
  const begun = deps.registry.begin(runId, sender.id);
  if (!begun.ok) return fail('bad_request', 'a run with this runId is already going');
  const { signal } = begun;
  const onGone = (): void => deps.registry.cancelAll(sender.id);
  sender.once('destroyed', onGone);
  try {
    const report = await work(signal);
    if (signal.aborted) return CANCELLED;
    // The code support staff ask for; it carries no address and no password.
    deps.appLog?.write(`diagnosis done: ${referenceCodeFor(report, deps.appInfo().version)}`);
    deps.registry.end(runId, sender.id, signal, keep ? report : undefined);
    return { ok: true, value: report };
  } catch (err) {
    if (signal.aborted) return CANCELLED;
    if (isInputError(err)) return fail('bad_request', err.message);
    throw err;
  } finally {
    deps.registry.end(runId, sender.id, signal);
    sender.removeListener('destroyed', onGone);
  }
}
