/**
 * What every "Fix it for me" leaves beside the file it changed, and how its undo decides, whatever
 * the mail program (Thunderbird's prefs.js, Becky!'s Mailbox.ini):
 *
 * - `<file>.sendcheck-<stamp>.bak`: the whole file as it was before the fix;
 * - `<file>.sendcheck-<stamp>.fix.json`: the record of the keys it changed, from what to what;
 * - `<file>.sendcheck-<stamp>.undone.json`: written by the undo, so a fix is undone once.
 *
 * All three are created exclusively (electron/atomic-write.ts), never overwritten. An undo puts a
 * key back only where the file still holds the value the fix wrote, on one line of its own; a key
 * changed since is left alone and named, unless it already holds its old value.
 */
import { readdir, readFile, stat, unlink } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { FixRefusal } from '../../shared/accounts.js';
import { replaceFile, writeNewFile } from '../atomic-write.js';
import { FixError } from './fix-error.js';
import { sha256 } from './thunderbird.js';

/** One key a fix changed: its value before (null: it was not in the file) and the one written. */
export interface KeyChange<V> {
  before: V | null;
  after: V;
}

/** A fix record found beside the file: its file name (the fix's id), its record, and whether it was undone. */
export interface Recorded<R> {
  name: string;
  journal: R;
  undone: boolean;
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The names SendCheck gives the files beside one file (e.g. "prefs.js", "Mailbox.ini"). */
export function recordNames(file: string) {
  const stamped = `${escape(file)}\\.sendcheck-(\\d{8}-\\d{6})(?:-(\\d+))?`;
  return {
    backup: new RegExp(`^${stamped}\\.bak$`),
    fix: new RegExp(`^${stamped}\\.fix\\.json$`),
  };
}

/** The fix record's file name for a backup's file name. */
export function journalName(backupName: string): string {
  return backupName.replace(/\.bak$/, '.fix.json');
}

function undoneName(fixName: string): string {
  return fixName.replace(/\.fix\.json$/, '.undone.json');
}

function stamp(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}${p(d.getMonth() + 1)}${p(d.getDate())}-${p(d.getHours())}${p(d.getMinutes())}${p(d.getSeconds())}`;
}

/** Newest first by the stamp (and its -n) in the names. */
function newestFirst(names: string[], pattern: RegExp): string[] {
  const key = (n: string) => {
    const m = pattern.exec(n);
    return `${m?.[1] ?? ''}-${(m?.[2] ?? '1').padStart(3, '0')}`;
  };
  return names.filter((n) => pattern.test(n)).sort((a, b) => key(b).localeCompare(key(a)));
}

/** Writes the whole-file backup of `file` in dir, under a name not used before; answers its path. */
export async function makeBackup(
  dir: string,
  file: string,
  bytes: Buffer,
  mode: number,
  now: Date,
): Promise<string> {
  const taken = new Set(await readdir(dir));
  for (let n = 1; ; n++) {
    const name = `${file}.sendcheck-${stamp(now)}${n === 1 ? '' : `-${n}`}.bak`;
    if (n > 99) throw new Error('more than 99 backups in one second');
    // A fix record left without its backup keeps its name: the backup takes the next one.
    if (taken.has(journalName(name))) continue;
    try {
      await writeNewFile(join(dir, name), bytes, mode);
      return join(dir, name);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
  }
}

/** SendCheck's backups of `file` in dir, newest first. */
export async function listBackups(dir: string, file: string): Promise<string[]> {
  return newestFirst(await readdir(dir), recordNames(file).backup).map((n) => join(dir, n));
}

/**
 * The fix's backup and record, then the write: when the write is refused or fails, both go again
 * (a backup or a record of an untouched file would mislead a later undo). Answers their paths.
 */
export async function recordedWrite<R extends { backup: string }>(req: {
  dir: string;
  file: string;
  bytes: Buffer;
  mode: number;
  now: Date;
  record: (backupName: string) => R;
  write: () => Promise<void>;
}): Promise<{ backup: string; fix: string }> {
  const backup = await makeBackup(req.dir, req.file, req.bytes, req.mode, req.now);
  const made = [backup];
  try {
    const record = req.record(backup.slice(req.dir.length + 1));
    const fix = join(req.dir, journalName(record.backup));
    await writeNewFile(fix, `${JSON.stringify(record, null, 2)}\n`, 0o600);
    made.push(fix);
    await req.write();
    return { backup, fix };
  } catch (err) {
    for (const f of made) await unlink(f).catch(() => undefined);
    throw err;
  }
}

/** Marks a fix as undone (never over an existing mark), with what the undo did. */
export async function writeUndoneMark(
  dir: string,
  fixName: string,
  what: { undone: string; reverted: string[]; kept: string[] },
): Promise<void> {
  await writeNewFile(join(dir, undoneName(fixName)), `${JSON.stringify(what, null, 2)}\n`, 0o600);
}

/**
 * The fixes recorded for `file` in dir, newest first. asRecord answers null for a record SendCheck
 * did not write (hand-edited, cut short): such a record is never acted on.
 */
export async function listRecords<R>(
  dir: string,
  file: string,
  asRecord: (raw: unknown) => R | null,
): Promise<Recorded<R>[]> {
  const names = await readdir(dir);
  const present = new Set(names);
  const out: Recorded<R>[] = [];
  for (const name of newestFirst(names, recordNames(file).fix)) {
    let journal: R | null;
    try {
      journal = asRecord(JSON.parse(await readFile(join(dir, name), 'utf8')));
    } catch {
      journal = null;
    }
    if (journal) out.push({ name, journal, undone: present.has(undoneName(name)) });
  }
  return out;
}

/** The fix to undo: the one named, or else the newest not yet undone (else the newest). */
export function chooseFix<R>(fixes: Recorded<R>[], name?: string): Recorded<R> | undefined {
  if (name !== undefined) return fixes.find((f) => f.name === name);
  return fixes.find((f) => !f.undone) ?? fixes[0];
}

/** What the file holds now for one key: its value in effect, and whether it is alone on one line. */
export interface KeyNow<V> {
  value: V | undefined;
  alone: boolean;
}

/**
 * The undo's decision, key by key: put back (to its old value, null: remove) only a key that still
 * holds what the fix wrote, alone on its line; a key holding anything else is left alone, and
 * listed in kept unless it already holds its old value.
 */
export function decideUndo<V>(
  changes: readonly (KeyChange<V> & { key: string })[],
  now: (key: string) => KeyNow<V>,
): { revert: Map<string, V | null>; kept: string[] } {
  const revert = new Map<string, V | null>();
  const kept: string[] = [];
  for (const c of changes) {
    const { value, alone } = now(c.key);
    if (value === c.after && alone) revert.set(c.key, c.before);
    else if (value !== (c.before ?? undefined)) kept.push(c.key);
  }
  return { revert, kept };
}

/** The settings file's bytes and permissions; a missing file is the refusal no_prefs. */
export async function readSettingsFile(path: string): Promise<{ bytes: Buffer; mode: number }> {
  try {
    const [bytes, st] = await Promise.all([readFile(path), stat(path)]);
    return { bytes, mode: st.mode & 0o777 };
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') throw new FixError('no_prefs', path);
    throw err;
  }
}

/**
 * Replaces the settings file atomically, unless, at a last look just before the rename, the program
 * started (refuseWhileRunning throws) or the file no longer hashes to expectSha256.
 */
export async function replaceSettingsFile(
  path: string,
  bytes: Buffer,
  mode: number,
  expectSha256: string,
  refuseWhileRunning: () => Promise<unknown>,
): Promise<void> {
  await replaceFile(path, bytes, {
    mode,
    beforeRename: async () => {
      await refuseWhileRunning();
      if (sha256((await readSettingsFile(path)).bytes) !== expectSha256)
        throw new FixError('changed', `${basename(path)} changed while SendCheck was writing`);
    },
  });
}

/** A FixError as the refusal a fix or an undo answers with; anything else is thrown on. */
export function refusal(err: unknown): { ok: false; code: FixRefusal; detail: string } {
  if (err instanceof FixError) return { ok: false, code: err.code, detail: err.message };
  throw err;
}
