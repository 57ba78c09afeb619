/**
 * "Fix it for me" for Becky! Internet Mail: writes the recommended settings into one mailbox's
 * Mailbox.ini, and "Undo" reverts exactly what one fix changed, with the same safety as
 * Thunderbird's (thunderbird-fix.ts), in this order: refuse while Becky! runs (becky-running.ts);
 * refuse when Mailbox.ini changed since it was read; change only the keys of becky-ini.ts in the
 * [Account] section, every other byte kept, and check the result by reading it again; keep a
 * timestamped backup of the whole file and a record of the keys changed beside it (fix-record.ts),
 * neither ever overwritten; replace the file atomically (electron/atomic-write.ts), looking once
 * more just before the rename.
 *
 * What has no confirmed key is never written and is given as a step by hand (beckyHandSteps): the
 * STARTTLS switch, and the user name (Becky! sends with the incoming server's UserID, which the
 * same importer reads for both; changing it would change how mail is received too).
 */
import { basename, dirname } from 'node:path';
import type { AccountSettings, FixRefusal, HandStep } from '../../shared/accounts.js';
import { planBeckyFix, undoBeckyChanges, type IniChange, BECKY_KEYS } from './becky-ini.js';
import { beckyRunning } from './becky-running.js';
import type { AccountsEnv } from './env.js';
import { FixError } from './fix-error.js';
import {
  chooseFix,
  listRecords,
  readSettingsFile,
  recordedWrite,
  refusal,
  replaceSettingsFile,
  writeUndoneMark,
  type Recorded,
} from './fix-record.js';
import { validSettings } from './thunderbird-fix.js';
import { sha256 } from './thunderbird.js';

/** What a Becky! fix-record file holds. */
export interface BeckyJournal {
  format: 1;
  made: string;
  /** Always "Account": the section of Mailbox.ini the keys are in. */
  section: 'Account';
  backup: string;
  changes: IniChange[];
}

/** A step the user takes by hand in Becky!, because SendCheck may not write it. */
export type BeckyHandStep = HandStep;

/** The outcome of a write or an undo (the same shape as Thunderbird's). */
export type BeckyOutcome =
  | { ok: true; backup: string; fix: string; reverted: string[]; kept: string[]; sha: string }
  | { ok: false; code: FixRefusal; detail: string };

const FILE = 'Mailbox.ini';

/** The steps by hand that a fix to these settings leaves, for an account using username now. */
export function beckyHandSteps(settings: AccountSettings, username: string): BeckyHandStep[] {
  const out: BeckyHandStep[] = [];
  if (settings.security === 'starttls') out.push('starttls');
  if (settings.username !== '' && settings.username !== username) out.push('username');
  return out;
}

async function refuseWhileRunning(env: AccountsEnv): Promise<void> {
  const r = await beckyRunning(env);
  if (r === 'running') throw new FixError('running', 'B2.exe is running');
  if (r === 'unknown') throw new FixError('lock_unknown', 'tasklist could not say');
}

function replaceIni(path: string, bytes: Buffer, mode: number, expect: string, env: AccountsEnv) {
  return replaceSettingsFile(path, bytes, mode, expect, () => refuseWhileRunning(env));
}

/**
 * Writes settings into the mailbox whose Mailbox.ini is iniPath. expectSha256 is the hash of the
 * file when its settings were read and shown; any other content is refused as 'changed'.
 */
export async function writeBeckySettings(req: {
  iniPath: string;
  settings: AccountSettings;
  expectSha256: string;
  env: AccountsEnv;
  now?: Date;
}): Promise<BeckyOutcome> {
  try {
    const settings = validSettings(req.settings);
    await refuseWhileRunning(req.env);
    const { bytes, mode } = await readSettingsFile(req.iniPath);
    const hash = sha256(bytes);
    if (hash !== req.expectSha256)
      throw new FixError('changed', 'Mailbox.ini changed since its settings were read');
    const { bytes: next, changes } = planBeckyFix(bytes, settings);
    if (changes.length === 0) throw new FixError('unchanged', 'every key holds its value already');
    const now = req.now ?? new Date();
    const { backup, fix } = await recordedWrite({
      dir: dirname(req.iniPath),
      file: FILE,
      bytes,
      mode,
      now,
      record: (backupName): BeckyJournal => ({
        format: 1,
        made: now.toISOString(),
        section: 'Account',
        backup: backupName,
        changes,
      }),
      write: () => replaceIni(req.iniPath, next, mode, hash, req.env),
    });
    return { ok: true, backup, fix, reverted: [], kept: [], sha: sha256(next) };
  } catch (err) {
    return refusal(err);
  }
}

/** A record as read from disk, or null when it is not one SendCheck wrote. */
function asJournal(raw: unknown): BeckyJournal | null {
  const j = raw as Partial<BeckyJournal> | null;
  if (j === null || typeof j !== 'object' || j.format !== 1 || j.section !== 'Account') return null;
  if (typeof j.made !== 'string' || typeof j.backup !== 'string') return null;
  if (!Array.isArray(j.changes)) return null;
  const keys: readonly string[] = BECKY_KEYS;
  const ok = j.changes.every(
    (c: Partial<IniChange>) =>
      typeof c.key === 'string' &&
      keys.includes(c.key) &&
      (c.before === null || typeof c.before === 'string') &&
      typeof c.after === 'string' &&
      !/[\r\n]/.test(`${c.before ?? ''}${c.after}`) &&
      (c.beforeBytes === undefined ||
        (typeof c.beforeBytes === 'string' &&
          /^(?:[0-9a-f]{2})*$/.test(c.beforeBytes) &&
          !/^(?:[0-9a-f]{2})*?(?:0a|0d)/.test(c.beforeBytes))),
  );
  return ok ? (j as BeckyJournal) : null;
}

/** The fixes recorded beside this Mailbox.ini, newest first. */
export function listBeckyFixes(iniPath: string): Promise<Recorded<BeckyJournal>[]> {
  return listRecords(dirname(iniPath), FILE, asJournal);
}

/**
 * Undoes one fix of this mailbox: the one named (its record's file name), or else the newest not
 * yet undone. Only the keys that fix wrote, and only where they still hold what it wrote; refused
 * while Becky! runs; the same fix is undone once.
 */
export async function undoBeckyChange(req: {
  iniPath: string;
  fix?: string;
  env: AccountsEnv;
  now?: Date;
}): Promise<BeckyOutcome> {
  try {
    await refuseWhileRunning(req.env);
    const chosen = chooseFix(await listBeckyFixes(req.iniPath), req.fix && basename(req.fix));
    if (chosen === undefined)
      throw new FixError('no_backup', 'SendCheck has no record of a change to this mailbox');
    if (chosen.undone) throw new FixError('already_undone', chosen.name);
    const { bytes, mode } = await readSettingsFile(req.iniPath);
    const r = undoBeckyChanges(bytes, chosen.journal.changes);
    if (r.reverted.length > 0) await replaceIni(req.iniPath, r.bytes, mode, sha256(bytes), req.env);
    const undone = (req.now ?? new Date()).toISOString();
    await writeUndoneMark(dirname(req.iniPath), chosen.name, {
      undone,
      reverted: r.reverted,
      kept: r.kept,
    });
    const backup = chosen.journal.backup;
    return {
      ok: true,
      backup,
      fix: chosen.name,
      reverted: r.reverted,
      kept: r.kept,
      sha: sha256(r.bytes),
    };
  } catch (err) {
    return refusal(err);
  }
}

/** The setting a Becky! key stands for, for the words shown to the user. */
export function settingOfKey(key: string): 'host' | 'port' | 'security' | 'auth' | null {
  const fields: Record<string, 'host' | 'port' | 'security' | 'auth'> = {
    SMTPServer: 'host',
    SMTPPort: 'port',
    SSLSMTP: 'security',
    SMTPAUTH: 'auth',
  };
  return fields[key] ?? null;
}
