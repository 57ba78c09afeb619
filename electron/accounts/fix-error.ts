/** The one error type of Thunderbird's fix and undo: a refusal with its code. */
import type { FixRefusal } from '../../shared/accounts.js';

/** A refusal raised inside the fix or the undo; carries its code to the outcome. */
export class FixError extends Error {
  constructor(
    readonly code: FixRefusal,
    detail: string,
  ) {
    super(detail);
    this.name = 'FixError';
  }
}
