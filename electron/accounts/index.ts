/**
 * The accounts API for the main process and the CLI: list what the mail programs use, read one
 * account again, write the recommended settings into Thunderbird or Becky!, undo that. Plain Node.
 */
import {
  READABLE_PROGRAMS,
  readHash,
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
import {
  beckyHandSteps,
  settingOfKey,
  undoBeckyChange,
  writeBeckySettings,
  type BeckyHandStep,
} from './becky-fix.js';
import { processAccountsEnv, type AccountsEnv } from './env.js';
import { readOutlook } from './outlook.js';
import { undoThunderbirdChange, writeThunderbirdSettings } from './thunderbird-fix.js';
import { settingOfPref } from './thunderbird-journal.js';
import { readThunderbird } from './thunderbird.js';

export { processAccountsEnv, type AccountsEnv } from './env.js';
export type { BeckyHandStep } from './becky-fix.js';

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
 * and the fix's record (file paths for a fix, file names for an undo), for an undo the settings
 * left alone because they changed after the fix, and the steps left to do by hand in the mail
 * program (Becky!'s STARTTLS switch and user name, which SendCheck does not write).
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
      handSteps?: BeckyHandStep[];
    }
  | { ok: false; code: FixRefusal; detail: string };

/** One of the five settings of an outgoing server. */
export type SettingField = SettingChange['field'];

/** The account, when it exists and SendCheck writes its program's settings. */
async function writableAccount(
  id: string,
  env: AccountsEnv,
): Promise<
  { ok: true; account: SourcedAccount } | { ok: false; code: FixRefusal; detail: string }
> {
  const account = await readAccount(id, env);
  if (!account) return { ok: false, code: 'not_found', detail: id };
  const kind = account.source.kind;
  if (kind !== 'thunderbird' && kind !== 'becky')
    return { ok: false, code: 'not_fixable', detail: account.program };
  return { ok: true, account };
}

async function reread(
  id: string,
  env: AccountsEnv,
  done: Omit<Extract<AccountWriteOutcome, { ok: true }>, 'ok' | 'account'>,
): Promise<AccountWriteOutcome> {
  const account = await readAccount(id, env);
  return account
    ? { ok: true, account, ...done }
    : { ok: false, code: 'not_found', detail: `${id} after writing` };
}

/**
 * Writes settings into a Thunderbird or Becky! account. expectSha256 is the hash of the settings
 * file of the account as it was shown to the user (readHash): a file changed since is refused.
 */
export async function fixAccount(
  id: string,
  settings: AccountSettings,
  opts: { expectSha256?: string; env?: AccountsEnv; now?: Date } = {},
): Promise<AccountWriteOutcome> {
  const env = opts.env ?? processAccountsEnv();
  const found = await writableAccount(id, env);
  if (!found.ok) return found;
  const { account } = found;
  const s = account.source;
  const now = opts.now ? { now: opts.now } : {};
  const expectSha256 = opts.expectSha256 ?? readHash(account);
  if (s.kind === 'becky') {
    const handSteps = beckyHandSteps(settings, account.username);
    const out = await writeBeckySettings({
      iniPath: s.mailboxIni,
      settings,
      expectSha256,
      env,
      ...now,
    });
    if (!out.ok) return out;
    return reread(id, env, { backup: out.backup, fix: out.fix, handSteps });
  }
  if (s.kind !== 'thunderbird') return { ok: false, code: 'not_fixable', detail: account.program };
  const out = await writeThunderbirdSettings({
    profileDir: s.profileDir,
    smtpKey: s.smtpKey,
    settings,
    expectSha256,
    env,
    ...now,
  });
  if (!out.ok) return out;
  return reread(id, env, { backup: out.backup, fix: out.fix, staleLock: out.staleLock });
}

/**
 * Undoes one fix of this account's outgoing server: the one named (its record's file name, as a
 * fix answered it), or else the newest not yet undone. Only the settings that fix wrote and that
 * still hold what it wrote go back; kept names the others.
 */
export async function undoAccountFix(
  id: string,
  opts: { env?: AccountsEnv; fix?: string; now?: Date } = {},
): Promise<AccountWriteOutcome> {
  const env = opts.env ?? processAccountsEnv();
  const found = await writableAccount(id, env);
  if (!found.ok) return found;
  const s = found.account.source;
  const fix = opts.fix !== undefined ? { fix: basename(opts.fix) } : {};
  const now = opts.now ? { now: opts.now } : {};
  const fields = (names: string[], of: (n: string) => SettingField | null) => [
    ...new Set(names.map(of).filter((f) => f !== null)),
  ];
  if (s.kind === 'becky') {
    const out = await undoBeckyChange({ iniPath: s.mailboxIni, env, ...fix, ...now });
    if (!out.ok) return out;
    return reread(id, env, {
      backup: out.backup,
      fix: out.fix,
      kept: fields(out.kept, settingOfKey),
    });
  }
  if (s.kind !== 'thunderbird') return { ok: false, code: 'not_fixable', detail: s.kind };
  const out = await undoThunderbirdChange({
    profileDir: s.profileDir,
    smtpKey: s.smtpKey,
    env,
    ...fix,
    ...now,
  });
  if (!out.ok) return out;
  const kept = fields(out.kept, settingOfPref);
  return reread(id, env, { backup: out.backup, fix: out.fix, kept, staleLock: out.staleLock });
}
