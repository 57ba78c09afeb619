/** The fuzz targets by name, and how to run one. */
import { runAsyncTarget, runSyncTarget, type RunOptions, type TargetReport } from '../harness.js';
import { appleMailFilesTarget } from './apple-mail-files.js';
import { autoconfigXmlTarget } from './autoconfig-xml.js';
import { beckyUndoTarget } from './becky-undo.js';
import { ipcValidatorsTarget } from './ipc-validators.js';
import { prefsUndoTarget } from './prefs-undo.js';
import { providerDataTarget } from './provider-data.js';
import { replyReaderTarget } from './reply-reader.js';
import { smtpSessionTarget } from './smtp-session.js';

/** Every target, in the order the runner takes them. */
export const TARGET_NAMES = [
  'smtp-reply-reader',
  'smtp-session',
  'ipc-validators',
  'provider-data',
  'autoconfig-xml',
  'apple-mail-files',
  'prefs-undo',
  'becky-undo',
] as const;

/**
 * Inputs per target when --runs is not given: 100,000, except where one input is a whole history
 * of file writes (prefs-undo, becky-undo: about 40 ms each on two cores, so 2,000 is a run of
 * minutes).
 */
export function defaultRuns(name: TargetName): number {
  return name === 'prefs-undo' || name === 'becky-undo' ? 2_000 : 100_000;
}

/** A target's name. */
export type TargetName = (typeof TARGET_NAMES)[number];

/** Runs one target by name. */
export function runTarget(name: TargetName, o: RunOptions): Promise<TargetReport> {
  switch (name) {
    case 'smtp-reply-reader':
      return runSyncTarget(replyReaderTarget, o);
    case 'smtp-session':
      return runAsyncTarget(smtpSessionTarget, o);
    case 'ipc-validators':
      return runSyncTarget(ipcValidatorsTarget, o);
    case 'provider-data':
      return runSyncTarget(providerDataTarget, o);
    case 'autoconfig-xml':
      return runSyncTarget(autoconfigXmlTarget, o);
    case 'apple-mail-files':
      return runSyncTarget(appleMailFilesTarget, o);
    case 'prefs-undo':
      return runAsyncTarget(prefsUndoTarget, o);
    case 'becky-undo':
      return runAsyncTarget(beckyUndoTarget, o);
  }
}

/** True when a report has nothing wrong in it. */
export function clean(r: TargetReport): boolean {
  return r.crashes === 0 && r.wrong === 0 && r.hangs === 0 && r.leaks === 0;
}
