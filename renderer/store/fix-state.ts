/**
 * The states of the path from a diagnosis to a working mail program (fix-slice.ts acts on them):
 * the consent question, the accounts found, the account a run was started from, "Fix it for me"
 * and "Undo", "check again", the reference code and "Save report". Types only, below both the
 * slice and the store's shape (types.ts).
 */
import type { HandStep, MailAccount, ProgramStatus } from '../../shared/accounts.js';
import type { DiagnosisReport } from '../../shared/diagnosis.js';
import type { SettingChange } from '../../shared/settings-to-write.js';
import type { AccountWriteResult, CheckResult } from '../../shared/ipc-contract.js';
import type { RunError } from './bridge-call.js';

/** The answer to "May SendCheck look at your mail program's settings?". */
export type Consent = 'unasked' | 'granted' | 'declined';

/** The look-up of the mail programs' accounts. */
export type AccountsState =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'loaded'; accounts: MailAccount[]; programs: ProgramStatus[] }
  | { status: 'failed'; error: RunError };

/** "Fix it for me" / "Undo" for the account of one run. */
export type FixState =
  | { status: 'idle' }
  | { status: 'writing' | 'undoing' }
  /** before: the account as it read before the write, so the change can be said once. */
  | {
      status: 'fixed';
      backupName: string;
      before: MailAccount;
      staleLock?: boolean;
      /** What the user still changes by hand in the mail program (Becky!). */
      handSteps?: HandStep[];
    }
  | { status: 'undone'; kept: SettingChange['field'][]; staleLock?: boolean }
  | { status: 'refused'; refusal: Extract<AccountWriteResult, { written: false }>['refusal'] }
  | { status: 'failed'; error: RunError };

/** "I've changed it: check again". */
export type VerifyState =
  | { status: 'idle' }
  | { status: 'checking'; runId: string }
  | { status: 'checked'; result: CheckResult }
  | { status: 'failed'; error: RunError };

/** The reference code of the report on screen. */
export type CodeState =
  | { status: 'idle' }
  | { status: 'loading'; report: DiagnosisReport }
  | { status: 'ready'; report: DiagnosisReport; code: string }
  | { status: 'failed'; report: DiagnosisReport };

/** "Save report". */
export type SaveState =
  { status: 'idle' | 'saving' | 'saved' | 'cancelled' } | { status: 'failed'; error: RunError };

/** The account a diagnosis was started from, with that run's id (stale once another run begins). */
export interface RunAccount {
  runId: string;
  account: MailAccount;
}

/** The typed settings "check again" probes when no account was read. */
export interface TypedSettings {
  server: string;
  port: number;
}

/** State and actions of the path from a diagnosis to a working mail program. */
export interface FixSlice {
  consent: Consent;
  accounts: AccountsState;
  runAccount: RunAccount | null;
  fix: FixState;
  verify: VerifyState;
  code: CodeState;
  save: SaveState;
  /** Answers the consent question; yes lists the accounts at once. */
  answerConsent(yes: boolean): Promise<void>;
  /** One click: diagnoses the account's address, server and port. */
  diagnoseAccount(account: MailAccount): void;
  fixAccount(): Promise<void>;
  undoFix(): Promise<void>;
  /** Checks the settings in use now: the account read again, or the typed ones. */
  verifySettings(opts: { password?: string; typed?: TypedSettings }): Promise<void>;
  /** Asks the main process for the reference code of a report (once per report). */
  loadCode(report: DiagnosisReport): Promise<void>;
  /** Saves the report; includeLog puts the app's log in the file too (for support staff). */
  saveReport(report: DiagnosisReport, includeLog?: boolean): Promise<void>;
}
