/**
 * The record of each Thunderbird fix, and its undo. Beside the whole-file backup
 * `prefs.js.sendcheck-<stamp>.bak`, each fix leaves `prefs.js.sendcheck-<stamp>.fix.json`: which
 * prefs of which outgoing server it changed, from what to what. Undo reverts only those prefs, and
 * only where prefs.js still holds the value the fix wrote: a pref changed since (by the user or by
 * Thunderbird) is left alone and named, and every other line (accounts added since, other
 * servers, signatures) stays byte for byte. An undo leaves `prefs.js.sendcheck-<stamp>.undone.json`,
 * so the same fix is never undone twice. All three files are created exclusively, never
 * overwritten. The files' names, the listing and the undo's decision are those of every mail
 * program's fix (fix-record.ts); what is Thunderbird's own here is reading and editing prefs.js.
 */
import type { SettingChange } from '../../shared/settings-to-write.js';
import { decideUndo, listRecords, type Recorded } from './fix-record.js';
import { FixError } from './fix-error.js';
import { formatUserPref, parsePrefs, type ParsedPrefs, type PrefValue } from './prefs-js.js';
import { soleStatement, splitLines } from './prefs-lines.js';

/** One pref a fix changed: its value before (null: it was not in the file) and the one written. */
export interface PrefChange {
  pref: string;
  before: PrefValue | null;
  after: PrefValue;
}

/** What a fix-record file holds. */
export interface FixJournal {
  format: 1;
  /** When the fix was made (ISO 8601). */
  made: string;
  /** The outgoing server (mail.smtpserver.<smtpKey>.*). */
  smtpKey: string;
  /** The file name of the whole-file backup made before the same fix. */
  backup: string;
  changes: PrefChange[];
}

/** A fix found in the profile folder: its file name (the fix's id), its record, and whether it was undone. */
export type RecordedFix = Recorded<FixJournal>;

/** The prefs a fix changes: those whose value in effect differs from the one it writes. */
export function journalChanges(
  before: ParsedPrefs,
  prefix: string,
  want: Map<string, PrefValue>,
): PrefChange[] {
  const out: PrefChange[] = [];
  for (const [key, after] of want) {
    const was = before.get(prefix + key);
    if (was !== after) out.push({ pref: prefix + key, before: was ?? null, after });
  }
  return out;
}

/** The setting a pref of an outgoing server stands for, for the words shown to the user. */
export function settingOfPref(pref: string): SettingChange['field'] | null {
  const key = pref.slice(pref.lastIndexOf('.') + 1);
  const fields: Record<string, SettingChange['field']> = {
    hostname: 'host',
    port: 'port',
    try_ssl: 'security',
    authMethod: 'auth',
    username: 'username',
  };
  return fields[key] ?? null;
}

/** What an undo does to the bytes: the new bytes, the prefs put back, and those left alone. */
export interface UndoResult {
  bytes: Buffer;
  reverted: string[];
  kept: string[];
}

/**
 * Reverts a fix's changes in prefs.js bytes. A pref is put back only when its value in effect is
 * still the one the fix wrote, on one statement alone on its line; one the fix added goes away.
 * A pref holding anything else is left alone, and listed in kept unless it already holds its old
 * value. Every other line stays byte for byte.
 */
export function undoChanges(bytes: Buffer, changes: readonly PrefChange[]): UndoResult {
  const now = parsePrefs(bytes);
  if (now.errors.length > 0)
    throw new FixError('unusual_format', `prefs.js does not parse: ${now.errors[0]}`);
  const lines = splitLines(bytes);
  const sole = lines.map(soleStatement);
  const { revert, kept } = decideUndo(
    changes.map((c) => ({ key: c.pref, before: c.before, after: c.after })),
    (pref) => ({
      value: now.get(pref),
      alone:
        now.statements.filter((s) => s.name === pref).length === 1 &&
        sole.filter((s) => s?.name === pref).length === 1,
    }),
  );
  const out: Buffer[] = [];
  lines.forEach((line, i) => {
    const s = sole[i];
    const old = s ? revert.get(s.name) : undefined;
    if (!s || old === undefined) {
      out.push(line);
      return;
    }
    const head = line.subarray(0, s.start);
    const tail = line.subarray(s.end);
    // A pref the fix added goes with its line, unless something else was put on that line since.
    if (old === null && `${head.toString('latin1')}${tail.toString('latin1')}`.trim() === '')
      return;
    const statement = old === null ? '' : formatUserPref(s.name, old);
    out.push(Buffer.concat([head, Buffer.from(statement, 'utf8'), tail]));
  });
  const result = Buffer.concat(out);
  verifyUndo(now, parsePrefs(result), revert);
  return { bytes: result, reverted: [...revert.keys()], kept };
}

function verifyUndo(
  before: ParsedPrefs,
  after: ParsedPrefs,
  revert: Map<string, PrefValue | null>,
): void {
  const fail = (why: string) => new FixError('unusual_format', `check after undoing: ${why}`);
  if (after.errors.length > 0) throw fail(after.errors[0] ?? 'parse error');
  const names = new Set([...before.statements, ...after.statements].map((s) => s.name));
  for (const name of names) {
    const want = revert.has(name) ? (revert.get(name) ?? undefined) : before.get(name);
    if (after.get(name) !== want) throw fail(`${name} is not as intended`);
  }
}

function isValue(v: unknown): v is PrefValue {
  return typeof v === 'string' || typeof v === 'boolean' || Number.isSafeInteger(v);
}

/** A record as read from disk, or null when it is not one SendCheck wrote (hand-edited, cut short). */
function asJournal(raw: unknown): FixJournal | null {
  const j = raw as Partial<FixJournal> | null;
  if (j === null || typeof j !== 'object' || j.format !== 1) return null;
  if (typeof j.made !== 'string' || typeof j.smtpKey !== 'string') return null;
  if (typeof j.backup !== 'string' || !Array.isArray(j.changes)) return null;
  const prefix = `mail.smtpserver.${j.smtpKey}.`;
  const ok = j.changes.every(
    (c: Partial<PrefChange>) =>
      typeof c.pref === 'string' &&
      c.pref.startsWith(prefix) &&
      (c.before === null || isValue(c.before)) &&
      isValue(c.after),
  );
  return ok ? (j as FixJournal) : null;
}

/** The fixes recorded in a profile folder, newest first (by the date in their names). */
export function listFixes(dir: string): Promise<RecordedFix[]> {
  return listRecords(dir, 'prefs.js', asJournal);
}
