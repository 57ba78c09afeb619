/**
 * Mail accounts read from the user's mail programs: what the readers return, what the main
 * process keeps to fix or re-read an account, and what the renderer may show.
 * Plain types and pure helpers: no node: imports.
 */
import type { MailProgram } from './diagnosis.js';
import type { WriteBlock } from './trust-gate.js';

/** The mail programs whose settings SendCheck can read. */
export const READABLE_PROGRAMS = ['thunderbird', 'becky', 'outlook_classic', 'apple_mail'] as const;
/** One of the mail programs whose settings SendCheck can read (a subset of MailProgram). */
export type ReadableProgram = (typeof READABLE_PROGRAMS)[number] & MailProgram;

/** How the mail program protects the connection to the outgoing server. */
export type AccountSecurity = 'none' | 'starttls' | 'tls';

/**
 * Which installation of Thunderbird a profile belongs to: the classic one (mozilla.org's installer
 * or tarball, a distribution's package, macOS), Ubuntu's snap with its own copy of the profiles,
 * the snap and the classic one sharing one folder (the snap's folder is a link to ~/.thunderbird),
 * the Flathub flatpak, or the Microsoft Store package.
 */
export type ThunderbirdInstall = 'classic' | 'snap' | 'snap_shared' | 'flatpak' | 'msstore';

/** A field whose value was inferred, not read from a documented key (the UI can say "probably"). */
export type UnsureField = 'security' | 'port' | 'auth';

/** One outgoing-server setting as a mail program uses it. Never a password. Safe to show. */
export interface MailAccount {
  /** Stable between runs, e.g. "thunderbird:abcd1234.default-release:smtp1". */
  id: string;
  program: ReadableProgram;
  /** The account's name as the mail program shows it (may be Japanese). */
  account: string;
  /** The sender's name, when the program stores one. */
  displayName: string | null;
  /** The sender address ('' when the program stores none). */
  email: string;
  /** Other addresses that send through the same outgoing server (Thunderbird identities). */
  otherEmails: string[];
  host: string;
  port: number;
  security: AccountSecurity;
  auth: boolean;
  username: string;
  unsure: UnsureField[];
  /** SendCheck can write the recommended settings itself (Thunderbird, Becky!). */
  fixable: boolean;
  /** For helpdesk staff: which profile and server entry this is (no file paths). */
  where: string;
  /** Thunderbird: which installation the profile belongs to (the screen and the CLI say which). */
  install?: ThunderbirdInstall;
}

/** Where an account's settings live: what the fix and "check again" need. Main process only. */
export type AccountSource =
  | {
      kind: 'thunderbird';
      /** The profile folder (absolute path). */
      profileDir: string;
      /** The profile's name in profiles.ini. */
      profileName: string;
      /** The key in mail.smtpservers, e.g. "smtp1". */
      smtpKey: string;
      /** The raw mail.smtpserver.<key>.authMethod (3 normal password, 10 OAuth2, 1 none). */
      authMethod: number;
      /** sha256 of prefs.js as read: the fix refuses when the file changed since. */
      prefsSha256: string;
    }
  | {
      kind: 'becky';
      mailboxIni: string;
      /** sha256 of Mailbox.ini as read ('' in a copied folder): the fix refuses when it changed since. */
      iniSha256: string;
    }
  | { kind: 'outlook_classic'; registryKey: string }
  | {
      kind: 'apple_mail';
      /** The account database (Accounts4.sqlite) or the old Accounts.plist it was read from. */
      file: string;
      store: 'accounts4' | 'accounts_plist';
    };

/** An account with where it was read from (never sent to the renderer as is). */
export interface SourcedAccount extends MailAccount {
  source: AccountSource;
}

/** What a reader found for one program. */
export type ProgramStatusCode = 'found' | 'none' | 'not_permitted' | 'error';

/** Per-program outcome of a look-up, so the UI can say "not allowed to read Mail's settings". */
export interface ProgramStatus {
  program: ReadableProgram;
  status: ProgramStatusCode;
  /** Number of accounts found. */
  count: number;
  /** Technical detail for helpdesk staff (English, no secrets), when status is error or not_permitted. */
  detail?: string;
}

/** Everything a look-up found. */
export interface AccountList {
  accounts: SourcedAccount[];
  programs: ProgramStatus[];
}

/**
 * A step the user takes by hand after a fix, because SendCheck does not write that setting (no
 * published source says which key holds it): Becky!'s STARTTLS switch, and its user name (shared
 * with receiving).
 */
export type HandStep = 'starttls' | 'username';

/** The outgoing settings of an account, as read or as written (shared/settings-to-write.ts). */
export interface AccountSettings {
  host: string;
  port: number;
  security: AccountSecurity;
  auth: boolean;
  username: string;
}

/**
 * Why "Fix it for me" or "Undo" did not write (each has words in the accounts and fix catalogues).
 * WriteBlock: the recommendation may not be written at all (shared/trust-gate.ts); declined: the
 * user pressed Cancel in the main process's confirmation; unchanged: nothing would change;
 * needs_user_id: the user name is the provider's own user id, which SendCheck does not know;
 * already_undone: that fix was undone before.
 */
export type FixRefusal =
  | WriteBlock
  | 'declined'
  | 'unchanged'
  | 'needs_user_id'
  | 'running'
  | 'lock_unknown'
  | 'changed'
  | 'bad_settings'
  | 'unusual_format'
  | 'no_prefs'
  | 'no_backup'
  | 'already_undone'
  | 'not_found'
  | 'not_fixable';

/** The hash of the settings file as read for this account, which a fix compares with ('' for none). */
export function readHash(a: SourcedAccount): string {
  const s = a.source;
  return s.kind === 'thunderbird' ? s.prefsSha256 : s.kind === 'becky' ? s.iniSha256 : '';
}

/** The account without its source (file paths, registry keys, hashes): what the renderer gets. */
export function publicAccount(a: SourcedAccount): MailAccount {
  // Spelled out rather than spread-and-delete so a new internal field never leaks by default.
  return {
    id: a.id,
    program: a.program,
    account: a.account,
    displayName: a.displayName,
    email: a.email,
    otherEmails: [...a.otherEmails],
    host: a.host,
    port: a.port,
    security: a.security,
    auth: a.auth,
    username: a.username,
    unsure: [...a.unsure],
    fixable: a.fixable,
    where: a.where,
    ...(a.install ? { install: a.install } : {}),
  };
}
