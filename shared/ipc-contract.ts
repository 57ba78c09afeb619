/** The one IPC contract: every channel, its request and its response. Main and preload are checked against it. */
import type { FixRefusal, HandStep, MailAccount, ProgramStatus } from './accounts.js';
import type { Action, DiagnosisReport, MailProgram, ProgressEvent } from './diagnosis.js';
import type { PublishedSettings } from './published-settings.js';
import type { CurrentSettings, SettingChange } from './settings-to-write.js';
import type { DecodeResult } from './reference-code.js';
import type { ReportFile, ReportFileError } from './report-file-format.js';
import type { Lang } from './verdict.js';

/** Every IPC answer: a result union, never a thrown error (a throw loses all but its text). */
export type IpcResult<T> =
  { ok: true; value: T } | { ok: false; code: IpcErrorCode; message: string };

/** Why an IPC call failed. */
export type IpcErrorCode =
  | 'bad_request' // the payload did not pass the channel's validator
  | 'forbidden' // the sender is not the app's own window
  | 'not_found' // e.g. no diagnosis with that runId
  | 'cancelled'
  | 'internal';

/** Request/response pairs, one request object per channel. */
export interface IpcChannels {
  'diagnosis:start': {
    request: {
      /** Chosen by the renderer (crypto.randomUUID) so it can cancel before the answer comes. */
      runId: string;
      email: string;
      server?: string;
      port?: number;
      mailProgram?: MailProgram;
      /**
       * Host names the network suggested that the user confirmed on the settings card ("I have
       * checked: use this server"); ASCII host names, never IP literals, at most
       * MAX_ACCEPTED_SUGGESTIONS (below).
       */
      acceptSuggested?: string[];
    };
    response: DiagnosisReport;
  };
  'diagnosis:cancel': {
    request: { runId: string };
    response: { cancelled: boolean };
  };
  'diagnosis:login-test': {
    /**
     * The password passes in this one call, lives only in the main process and is dropped after
     * AUTH. Refused (bad_request, no engine call) unless the run's recommendation is verified and
     * not a suggestion (shared/trust-gate.ts loginAllowed).
     */
    request: { runId: string; password: string };
    /** The same diagnosis with the login probe added and the verdict recomputed. */
    response: DiagnosisReport;
  };
  'app:info': {
    request: Record<string, never>;
    response: { version: string; locale: string; platform: string };
  };
  'settings:language': {
    /** Without lang: which language to show. With lang: the user chose it; remember it. */
    request: { lang?: Lang };
    /** The language in force: the user's saved choice, or the OS's (shared/language.ts). */
    response: { lang: Lang; source: 'saved' | 'system' };
  };
  'accounts:list': {
    /** Sent only after the user said yes to "May SendCheck look at your mail program's settings?". */
    request: Record<string, never>;
    /** Accounts without their sources (no file paths), and what each program's reader found. */
    response: { accounts: MailAccount[]; programs: ProgramStatus[] };
  };
  'accounts:fix': {
    /**
     * Writes the recommended settings of that run's report into a Thunderbird account listed to
     * this window, only when shared/trust-gate.ts writeDecision allows it and the user pressed
     * Change in the main process's own confirmation dialog showing the changes.
     */
    request: { accountId: string; runId: string };
    response: AccountWriteResult;
  };
  'accounts:undo': {
    /**
     * Undoes a fix of this account: the one this window made last, or else the newest not yet
     * undone. Only the settings that fix wrote and that still hold what it wrote go back.
     */
    request: { accountId: string };
    response: AccountWriteResult;
  };
  'diagnosis:check': {
    /**
     * "I've changed it: check again": probes the settings in use now, read again from the account
     * when accountId is given (only an account listed to this window), otherwise as typed (server,
     * port). The password, if any, is for one login test on those settings and is dropped after AUTH.
     */
    request: {
      runId: string;
      email: string;
      accountId?: string;
      server?: string;
      port?: number;
      password?: string;
    };
    response: CheckResult;
  };
  'report:save': {
    /**
     * The report on screen; main checks it like a file, asks where to save, and writes it. With
     * includeLog, the app's log (electron/app-log.ts) goes into the file too, for support staff.
     */
    request: { report: DiagnosisReport; lang: Lang; includeLog?: boolean };
    /** saved false: the user closed the dialog. The path never comes back to the renderer. */
    response: { saved: boolean };
  };
  'report:open': {
    request: Record<string, never>;
    response: OpenReportResult;
  };
  'code:encode': {
    /** The reference code of a report on screen (main holds the provider list and the version). */
    request: { report: DiagnosisReport };
    response: { code: string };
  };
  'code:decode': {
    /** A code as typed by support staff (hyphens, spaces, lower case allowed). */
    request: { code: string };
    /**
     * The decoded code; a code that decodes also brings its verdict's usual next steps (the
     * engine's, which the renderer cannot read), so the staff console reads out what the customer sees.
     */
    response: DecodeResult & { steps?: Action[] };
  };
  'provider:lookup': {
    /** An address whose provider's published settings to show; nothing is probed. */
    request: { email: string };
    response: PublishedSettings;
  };
}

/** The outcome of "Fix it for me" or "Undo": the account as it reads now, or why nothing was written. */
export type AccountWriteResult =
  | {
      written: true;
      account: MailAccount;
      /** File name only (no folder) of the whole-file backup made before the fix. */ backupName: string;
      /** After an undo: the settings left as they are, because they changed after the fix. */
      kept?: SettingChange['field'][];
      /** Thunderbird had left a lock behind when it stopped (a crash); it was not running. */
      staleLock?: true;
      /** After a fix: what the user still changes by hand in the mail program (Becky!). */
      handSteps?: HandStep[];
    }
  | { written: false; refusal: FixRefusal | 'no_recommended' };

/** How the login test of a check went ('not_tried' without a password). */
export type CheckLogin = 'accepted' | 'rejected' | 'not_tried' | 'unavailable' | 'error';

/** The settings a check probed: the account's as read now, or as typed. null: not known (typed). */
export type CheckedSettings = CurrentSettings;

/** The answer of "check again". */
export interface CheckResult {
  /** The settings in use answer as a submission server (and the login, if tried, was accepted). */
  works: boolean;
  checked: CheckedSettings;
  login: CheckLogin;
  /** The diagnosis of those settings: what is still wrong when works is false. */
  report: DiagnosisReport;
  /** The account as read again (when the check was for an account). */
  account?: MailAccount;
}

/** What "Open report" found: nothing chosen, a checked report, or why the file was refused. */
export type OpenReportResult =
  | { status: 'cancelled' }
  | { status: 'opened'; file: ReportFile }
  | { status: 'refused'; error: ReportFileError; path?: string };

/** Any request/response channel name. */
export type IpcChannel = keyof IpcChannels;
/** The request type of a channel. */
export type IpcRequest<C extends IpcChannel> = IpcChannels[C]['request'];
/** The response type of a channel. */
export type IpcResponse<C extends IpcChannel> = IpcChannels[C]['response'];

/** Events from main to the renderer. */
export interface IpcEvents {
  'diagnosis:progress': { runId: string; event: ProgressEvent };
  /** The Help menu's "support staff console" item: the window opens the staff console. */
  'staff:open': Record<string, never>;
}

/** Any event channel name. */
export type IpcEvent = keyof IpcEvents;

/** Ports a renderer may ask the engine to probe: mail ports only, never an arbitrary socket. */
export const MAIL_PORTS = [25, 465, 587, 2525] as const;

/** The longest password we pass on; real ones are far shorter, this only bounds memory and time. */
export const MAX_PASSWORD_LENGTH = 1024;

/** How many suggested hosts one diagnosis may carry as confirmed (a run suggests one at a time). */
export const MAX_ACCEPTED_SUGGESTIONS = 8;
