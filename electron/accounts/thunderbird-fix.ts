/**
 * "Fix it for me" for Thunderbird: writes the recommended settings into one outgoing server of a
 * profile's prefs.js, and "Undo" reverts exactly what one fix changed. Safety first, in this
 * order: refuse while Thunderbird runs; refuse when prefs.js changed since it was read; change
 * only the lines of mail.smtpserver.<key>.{hostname,port,try_ssl,authMethod,username}, every other
 * byte kept; check the result by parsing it again; keep a timestamped backup of the whole file and
 * a record of the prefs changed (thunderbird-journal.ts), neither ever overwritten; replace the
 * file atomically (electron/atomic-write.ts: temporary file in the same folder, fsync, rename).
 */
import { join } from 'node:path';
import type { AccountSettings, FixRefusal } from '../../shared/accounts.js';
import { parsePort, parseServer } from '../../shared/validate.js';
import type { AccountsEnv } from './env.js';
import { FixError } from './fix-error.js';
import { parsePrefs, formatUserPref, type PrefValue } from './prefs-js.js';
import { lineEnding, soleStatement, splitLines } from './prefs-lines.js';
import {
  chooseFix,
  listBackups as backupsOf,
  readSettingsFile,
  recordedWrite,
  refusal,
  replaceSettingsFile,
  writeUndoneMark,
} from './fix-record.js';
import {
  journalChanges,
  listFixes,
  undoChanges,
  type FixJournal,
  type PrefChange,
} from './thunderbird-journal.js';
import { thunderbirdLock } from './thunderbird-lock.js';
import { sha256 } from './thunderbird.js';

export { FixError } from './fix-error.js';

/** The outcome of a write: the backup and the fix record it made, or why nothing was written. */
export type FixOutcome =
  | { ok: true; backup: string; fix: string; prefsSha256: string; staleLock: boolean }
  | { ok: false; code: FixRefusal; detail: string };

/**
 * The outcome of an undo: which fix (its record's file name) and backup, the prefs put back, and
 * those left alone because they changed since the fix; or why nothing was written.
 */
export type UndoOutcome =
  | {
      ok: true;
      fix: string;
      backup: string;
      reverted: string[];
      kept: string[];
      prefsSha256: string;
      /** Thunderbird had left a lock behind (a crash): not running, so SendCheck went ahead. */
      staleLock: boolean;
    }
  | { ok: false; code: FixRefusal; detail: string };

/** The prefs this fix writes for one server, given what is there now. */
export function desiredPrefs(
  settings: AccountSettings,
  current: { hostname: string | undefined; authMethod: number | undefined },
): Map<string, PrefValue> {
  // An authentication method that already works (OAuth2, encrypted password) stays while the
  // server stays; otherwise "normal password" (3). 1 is "no authentication".
  const sameHost = (current.hostname ?? '').toLowerCase() === settings.host.toLowerCase();
  const keep = sameHost && current.authMethod !== undefined && current.authMethod !== 1;
  const out = new Map<string, PrefValue>([
    ['hostname', settings.host],
    ['port', settings.port],
    ['try_ssl', settings.security === 'tls' ? 3 : settings.security === 'starttls' ? 2 : 0],
    ['authMethod', settings.auth ? (keep ? (current.authMethod as number) : 3) : 1],
  ]);
  if (settings.username !== '') out.set('username', settings.username);
  return out;
}

/** The new prefs.js bytes of applySmtpSettings; see there. */
export function applySmtpSettings(
  bytes: Buffer,
  smtpKey: string,
  settings: AccountSettings,
): Buffer {
  return planSmtpFix(bytes, smtpKey, settings).bytes;
}

/**
 * The new prefs.js bytes with one server's settings changed, and the prefs that change (from
 * what to what): existing lines replaced in place, missing ones added after the server's last
 * line. Throws FixError('unusual_format') when a target pref is not alone on its line or the
 * result does not read back as intended.
 */
export function planSmtpFix(
  bytes: Buffer,
  smtpKey: string,
  settings: AccountSettings,
): { bytes: Buffer; changes: PrefChange[] } {
  const before = parsePrefs(bytes);
  if (before.errors.length > 0)
    throw new FixError('unusual_format', `prefs.js does not parse: ${before.errors[0]}`);
  const prefix = `mail.smtpserver.${smtpKey}.`;
  const num = (v: PrefValue | undefined) => (typeof v === 'number' ? v : undefined);
  const hostNow = before.get(`${prefix}hostname`);
  const want = desiredPrefs(settings, {
    hostname: typeof hostNow === 'string' ? hostNow : undefined,
    authMethod: num(before.get(`${prefix}authMethod`)),
  });
  const wanted = (name: string) =>
    name.startsWith(prefix) ? want.get(name.slice(prefix.length)) : undefined;

  const lines = splitLines(bytes);
  const out: Buffer[] = [];
  const seen = new Set<string>();
  let replaced = 0;
  let anchor = -1;
  for (const line of lines) {
    const s = soleStatement(line);
    const value = s ? wanted(s.name) : undefined;
    if (s?.name.startsWith(prefix)) anchor = out.length;
    if (s === null || value === undefined) {
      out.push(line);
      continue;
    }
    // Only the statement's own bytes change; indentation, comments and the line ending stay.
    const statement = Buffer.from(formatUserPref(s.name, value), 'utf8');
    out.push(Buffer.concat([line.subarray(0, s.start), statement, line.subarray(s.end)]));
    seen.add(s.name);
    replaced++;
  }
  const targets = before.statements.filter((s) => wanted(s.name) !== undefined).length;
  if (replaced !== targets)
    throw new FixError('unusual_format', 'a setting of this server is not on a line of its own');
  insertMissing(out, anchor, want, prefix, seen, bytes);
  const result = Buffer.concat(out);
  verify(before, parsePrefs(result), prefix, want);
  return { bytes: result, changes: journalChanges(before, prefix, want) };
}

function insertMissing(
  out: Buffer[],
  anchor: number,
  want: Map<string, PrefValue>,
  prefix: string,
  seen: Set<string>,
  whole: Buffer,
): void {
  const missing = [...want.keys()].filter((k) => !seen.has(prefix + k)).sort();
  if (missing.length === 0) return;
  const at = anchor >= 0 ? anchor : out.length - 1;
  const eol = lineEnding(out[at], whole);
  const added = missing.map((k) => formatUserPref(prefix + k, want.get(k) as PrefValue) + eol);
  const last = out[at];
  // The anchor may be the last line without a line ending: give it one before adding lines.
  if (last && last.at(-1) !== 0x0a) out[at] = Buffer.concat([last, Buffer.from(eol)]);
  out.splice(at + 1, 0, Buffer.from(added.join(''), 'utf8'));
}

function verify(
  before: ReturnType<typeof parsePrefs>,
  after: ReturnType<typeof parsePrefs>,
  prefix: string,
  want: Map<string, PrefValue>,
): void {
  const fail = (why: string) => new FixError('unusual_format', `check after editing: ${why}`);
  if (after.errors.length > 0) throw fail(after.errors[0] ?? 'parse error');
  for (const [k, v] of want) if (after.get(prefix + k) !== v) throw fail(`${prefix + k} not set`);
  const names = new Set([...before.statements, ...after.statements].map((s) => s.name));
  for (const name of names) {
    if (name.startsWith(prefix) && want.has(name.slice(prefix.length))) continue;
    if (before.get(name) !== after.get(name)) throw fail(`${name} changed`);
  }
}

/** The settings as Thunderbird may store them, or a FixError. */
export function validSettings(s: AccountSettings): AccountSettings {
  const host = parseServer(s.host);
  if (!host.ok) throw new FixError('bad_settings', host.message.en);
  const port = parsePort(s.port);
  if (!port.ok) throw new FixError('bad_settings', port.message.en);
  if (!['none', 'starttls', 'tls'].includes(s.security))
    throw new FixError('bad_settings', 'unknown security');
  if (s.username.length > 256 || /[\u0000-\u001f\u007f]/.test(s.username))
    throw new FixError('bad_settings', 'the user name has control characters or is too long');
  return {
    host: host.value.ascii,
    port: port.value,
    security: s.security,
    auth: s.auth === true,
    username: s.username,
  };
}

/** Refuses while Thunderbird runs; answers true when a lock left by a crash was found (and passed). */
async function refuseWhileRunning(profileDir: string, env: AccountsEnv): Promise<boolean> {
  const lock = await thunderbirdLock(profileDir, env);
  if (lock.state === 'running') throw new FixError('running', `lock held: ${lock.lockFile}`);
  if (lock.state === 'unknown') throw new FixError('lock_unknown', lock.detail);
  return lock.state === 'stale';
}

/** Replaces prefs.js with bytes, unless Thunderbird started or the file changed meanwhile. */
function replacePrefs(
  profileDir: string,
  bytes: Buffer,
  mode: number,
  expectSha256: string,
  env: AccountsEnv,
): Promise<void> {
  return replaceSettingsFile(join(profileDir, 'prefs.js'), bytes, mode, expectSha256, () =>
    refuseWhileRunning(profileDir, env),
  );
}

/**
 * Writes settings into the outgoing server smtpKey of the profile. expectSha256 is the hash of
 * prefs.js when its settings were read and shown; any other content is refused as 'changed'.
 */
export async function writeThunderbirdSettings(req: {
  profileDir: string;
  smtpKey: string;
  settings: AccountSettings;
  expectSha256: string;
  env: AccountsEnv;
  now?: Date;
}): Promise<FixOutcome> {
  try {
    const settings = validSettings(req.settings);
    const staleLock = await refuseWhileRunning(req.profileDir, req.env);
    const { bytes, mode } = await readSettingsFile(join(req.profileDir, 'prefs.js'));
    const hash = sha256(bytes);
    if (hash !== req.expectSha256)
      throw new FixError('changed', 'prefs.js changed since its settings were read');
    const { bytes: next, changes } = planSmtpFix(bytes, req.smtpKey, settings);
    const now = req.now ?? new Date();
    const { backup, fix } = await recordedWrite({
      dir: req.profileDir,
      file: 'prefs.js',
      bytes,
      mode,
      now,
      record: (backupName): FixJournal => ({
        format: 1,
        made: now.toISOString(),
        smtpKey: req.smtpKey,
        backup: backupName,
        changes,
      }),
      write: () => replacePrefs(req.profileDir, next, mode, hash, req.env),
    });
    return { ok: true, backup, fix, prefsSha256: sha256(next), staleLock };
  } catch (err) {
    return refusal(err);
  }
}

/** SendCheck's backups of this profile's prefs.js, newest first. */
export function listBackups(profileDir: string): Promise<string[]> {
  return backupsOf(profileDir, 'prefs.js');
}

/**
 * Undoes one fix of the outgoing server smtpKey: the one named (its record's file name), or else
 * the newest not yet undone. Only the prefs that fix wrote, and only where they still hold what it
 * wrote (thunderbird-journal.ts); refused while Thunderbird runs; the same fix is undone once.
 */
export async function undoThunderbirdChange(req: {
  profileDir: string;
  smtpKey: string;
  fix?: string;
  env: AccountsEnv;
  now?: Date;
}): Promise<UndoOutcome> {
  try {
    const staleLock = await refuseWhileRunning(req.profileDir, req.env);
    const fixes = (await listFixes(req.profileDir)).filter(
      (f) => f.journal.smtpKey === req.smtpKey,
    );
    const chosen = chooseFix(fixes, req.fix);
    if (chosen === undefined)
      throw new FixError('no_backup', 'SendCheck has no record of a change to this server');
    if (chosen.undone) throw new FixError('already_undone', chosen.name);
    const prefsPath = join(req.profileDir, 'prefs.js');
    const { bytes, mode } = await readSettingsFile(prefsPath);
    const r = undoChanges(bytes, chosen.journal.changes);
    if (r.reverted.length > 0)
      await replacePrefs(req.profileDir, r.bytes, mode, sha256(bytes), req.env);
    const { reverted, kept } = r;
    const undone = (req.now ?? new Date()).toISOString();
    await writeUndoneMark(req.profileDir, chosen.name, { undone, reverted, kept });
    const backup = chosen.journal.backup;
    const prefsSha256 = sha256(r.bytes);
    return { ok: true, fix: chosen.name, backup, reverted, kept, prefsSha256, staleLock };
  } catch (err) {
    return refusal(err);
  }
}
