/**
 * The accounts API for the main process and the CLI: list what the mail programs use, read one
 * account again, write the recommended settings into Thunderbird, undo that. Plain Node.
 */
import {
  READABLE_PROGRAMS,
  type AccountList,
  type AccountSettings,
  type FixRefusal,
  type ProgramStatus,
  type ReadableProgram,
  type SourcedAccount,
} from '../../shared/accounts.js';
import { basename } from 'node:path';
import type { SettingChange } from '../../shared/settings-to-write.js';
import { readAppleMail, NotPermittedError } from './apple-mail.js';
import { readBecky } from './becky.js';
import { processAccountsEnv, type AccountsEnv } from './env.js';
import { readOutlook } from './outlook.js';
import { undoThunderbirdChange, writeThunderbirdSettings } from './thunderbird-fix.js';
import { settingOfPref } from './thunderbird-journal.js';
import { readThunderbird } from './thunderbird.js';

export { processAccountsEnv, type AccountsEnv } from './env.js';

const READERS: Record<ReadableProgram, (env: AccountsEnv) => Promise<SourcedAccount[] | null>> = {
  thunderbird: readThunderbird,
  becky: readBecky,
  outlook_classic: readOutlook,
  apple_mail: readAppleMail,
};

async function readOne(
  program: ReadableProgram,
  env: AccountsEnv,
): Promise<{ accounts: SourcedAccount[]; status: ProgramStatus }> {
  try {
    const accounts = (await READERS[program](env)) ?? [];
    const status = accounts.length > 0 ? 'found' : 'none';
    return { accounts, status: { program, status, count: accounts.length } };
  } catch (err) {
    // Details are for helpdesk staff: the home folder is written as ~ so no user name shows.
    const detail = (err instanceof Error ? err.message : String(err)).split(env.home).join('~');
    const status = err instanceof NotPermittedError ? 'not_permitted' : 'error';
    return { accounts: [], status: { program, status, count: 0, detail } };
  }
}

/** Every account of every readable mail program, with a status per program. Never throws. */
export async function listAccounts(env: AccountsEnv = processAccountsEnv()): Promise<AccountList> {
  const results = await Promise.all(READABLE_PROGRAMS.map((p) => readOne(p, env)));
  return {
    accounts: results.flatMap((r) => r.accounts),
    programs: results.map((r) => r.status),
  };
}

/** One account, read again now (null when it no longer exists). */
export async function readAccount(
  id: string,
  env: AccountsEnv = processAccountsEnv(),
): Promise<SourcedAccount | null> {
  const program = READABLE_PROGRAMS.find((p) => id.startsWith(`${p}:`));
  if (!program) return null;
  const { accounts } = await readOne(program, env);
  return accounts.find((a) => a.id === id) ?? null;
}

/**
 * The outcome of a fix or an undo, with the account as it reads afterwards: the whole-file backup
 * and the fix's record (file paths for a fix, file names for an undo), and for an undo the settings
 * left alone because they changed after the fix.
 */
export type AccountWriteOutcome =
  | {
      ok: true;
      account: SourcedAccount;
      backup: string;
      fix: string;
      kept?: SettingField[];
      /** Thunderbird had left a lock behind when it stopped (a crash); it was not running. */
      staleLock?: boolean;
    }
  | { ok: false; code: FixRefusal; detail: string };

/** One of the five settings of an outgoing server. */
export type SettingField = SettingChange['field'];

async function thunderbirdAccount(
  id: string,
  env: AccountsEnv,
): Promise<
  | { ok: true; account: SourcedAccount; profileDir: string; smtpKey: string; hash: string }
  | {
      ok: false;
      code: FixRefusal;
      detail: string;
    }
> {
  const account = await readAccount(id, env);
  if (!account) return { ok: false, code: 'not_found', detail: id };
  const s = account.source;
  if (s.kind !== 'thunderbird') return { ok: false, code: 'not_fixable', detail: account.program };
  return { ok: true, account, profileDir: s.profileDir, smtpKey: s.smtpKey, hash: s.prefsSha256 };
}

async function reread(
  id: string,
  env: AccountsEnv,
  done: { backup: string; fix: string; kept?: SettingField[]; staleLock?: boolean },
): Promise<AccountWriteOutcome> {
  const account = await readAccount(id, env);
  return account
    ? { ok: true, account, ...done }
    : { ok: false, code: 'not_found', detail: `${id} after writing` };
}

/**
 * Writes settings into a Thunderbird account. expectSha256 is the prefs.js hash of the account as
 * it was shown to the user (SourcedAccount.source.prefsSha256): a file changed since is refused.
 */
export async function fixThunderbird(
  id: string,
  settings: AccountSettings,
  opts: { expectSha256?: string; env?: AccountsEnv; now?: Date } = {},
): Promise<AccountWriteOutcome> {
  const env = opts.env ?? processAccountsEnv();
  const found = await thunderbirdAccount(id, env);
  if (!found.ok) return found;
  const out = await writeThunderbirdSettings({
    profileDir: found.profileDir,
    smtpKey: found.smtpKey,
    settings,
    expectSha256: opts.expectSha256 ?? found.hash,
    env,
    ...(opts.now ? { now: opts.now } : {}),
  });
  if (!out.ok) return out;
  return reread(id, env, { backup: out.backup, fix: out.fix, staleLock: out.staleLock });
}

/**
 * Undoes one fix of this account's outgoing server: the one named (its record's file name, as a
 * fix answered it), or else the newest not yet undone. Only the settings that fix wrote and that
 * still hold what it wrote go back; kept names the others.
 */
export async function undoThunderbirdFix(
  id: string,
  opts: { env?: AccountsEnv; fix?: string; now?: Date } = {},
): Promise<AccountWriteOutcome> {
  const env = opts.env ?? processAccountsEnv();
  const found = await thunderbirdAccount(id, env);
  if (!found.ok) return found;
  const out = await undoThunderbirdChange({
    profileDir: found.profileDir,
    smtpKey: found.smtpKey,
    env,
    ...(opts.fix !== undefined ? { fix: basename(opts.fix) } : {}),
    ...(opts.now ? { now: opts.now } : {}),
  });
  if (!out.ok) return out;
  const kept = [...new Set(out.kept.map(settingOfPref).filter((f) => f !== null))];
  return reread(id, env, { backup: out.backup, fix: out.fix, kept, staleLock: out.staleLock });
}
