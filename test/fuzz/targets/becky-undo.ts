/**
 * Fuzz target: Becky!'s fix and undo over random histories of a data folder (fixes of any
 * mailbox, outside edits in Shift_JIS, new mailboxes, undos of earlier fixes in any order), each in
 * its own temporary folder. The invariants are those of test/support/becky-undo-model.ts: no byte
 * outside the keys a fix wrote ever changes, and an undo puts a key back exactly when it still
 * held the fix's value.
 */
import { emptyTally, historyArbitrary, runHistory } from '../../support/becky-undo-model.js';
import { undoHistoriesTarget } from './undo-histories.js';

/** The target. */
export const beckyUndoTarget = undoHistoriesTarget({
  name: 'becky-undo',
  tempPrefix: 'sendcheck-fuzz-becky-',
  historyArbitrary,
  emptyTally,
  runHistory,
  summary: (histories, t) =>
    `${histories} histories: ${t.fixes} fixes, ${t.undos} undos (${t.reverted} keys put back, ` +
    `${t.kept} left alone as changed since), ${t.twice} undos of a fix already undone, ` +
    `${t.refused} fixes refused (nothing to change, or a key twice in [Account])`,
});
