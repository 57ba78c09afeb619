/**
 * Fuzz target: Thunderbird's fix and undo over random histories of one prefs.js (fixes of several
 * servers, outside edits, new accounts, undos of earlier fixes in any order), each in its own
 * temporary profile folder. The invariants are those of test/support/prefs-undo-model.ts: after
 * every undo, a pref the fix wrote goes back exactly when it still held the fix's value, and every
 * other line stays byte for byte.
 */
import { emptyTally, historyArbitrary, runHistory } from '../../support/prefs-undo-model.js';
import { undoHistoriesTarget } from './undo-histories.js';

/** The target. */
export const prefsUndoTarget = undoHistoriesTarget({
  name: 'prefs-undo',
  tempPrefix: 'sendcheck-fuzz-undo-',
  historyArbitrary,
  emptyTally,
  runHistory,
  summary: (histories, t) =>
    `${histories} histories: ${t.fixes} fixes, ${t.undos} undos (${t.reverted} prefs put back, ` +
    `${t.kept} left alone as changed since), ${t.twice} undos of a fix already undone`,
});
