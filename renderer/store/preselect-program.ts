/**
 * Which mail program the program question starts on, from what the account readers found
 * (docs/mail-programs.md, "Pre-selection"): the program of an account with the address typed;
 * else the one program with accounts; else the one program that is there but could not be read.
 * Null when nothing says which.
 */
import type { MailProgram } from '../../shared/diagnosis.js';
import type { AccountsState } from './fix-state.js';

/** The only element of a list of programs, or null when there are none or several. */
function theOne(programs: Iterable<MailProgram>): MailProgram | null {
  const set = new Set(programs);
  return set.size === 1 ? ([...set][0] ?? null) : null;
}

/** The program to pre-select for the address typed, or null. */
export function preselectProgram(accounts: AccountsState, email: string): MailProgram | null {
  if (accounts.status !== 'loaded') return null;
  const typed = email.trim().toLowerCase();
  if (typed !== '') {
    const own = accounts.accounts.filter(
      (a) =>
        a.email.toLowerCase() === typed || a.otherEmails.some((e) => e.toLowerCase() === typed),
    );
    const match = theOne(own.map((a) => a.program));
    if (match) return match;
  }
  const found = theOne(accounts.accounts.map((a) => a.program));
  if (found) return found;
  if (accounts.accounts.length > 0) return null;
  return theOne(
    accounts.programs.filter((p) => p.status === 'not_permitted').map((p) => p.program),
  );
}
