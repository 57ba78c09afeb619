/**
 * The property of Thunderbird's undo, over random histories of one prefs.js: fixes of several
 * outgoing servers, outside edits (a pref's value changed, an unrelated line added), new accounts,
 * and undos of earlier fixes in any order. The model knows what each fix wrote from the file itself
 * (the prefs whose value in effect changed), not from SendCheck's record, and after every undo checks:
 * - a pref the fix wrote is back to its old value (gone, if the fix added it) exactly when it still
 *   held the fix's value; one changed since stays as it is, and is named unless it already holds its
 *   old value;
 * - every other line of the file is byte for byte as it was before the undo (line endings included);
 * - the same fix undone again answers already_undone and writes nothing.
 * Used by the unit test (100 histories) and the fuzz target `prefs-undo` (`npm run fuzz`).
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import fc from 'fast-check';
import type { AccountSettings } from '../../shared/accounts.js';
import type { AccountsEnv } from '../../electron/accounts/env.js';
import { formatUserPref, parsePrefs, type PrefValue } from '../../electron/accounts/prefs-js.js';
import { soleStatement, splitLines } from '../../electron/accounts/prefs-lines.js';
import {
  undoThunderbirdChange,
  writeThunderbirdSettings,
} from '../../electron/accounts/thunderbird-fix.js';
import { sha256 } from '../../electron/accounts/thunderbird.js';

/** One event in the life of a prefs.js. */
export type Step =
  | { op: 'fix'; server: number; settings: AccountSettings }
  | { op: 'edit'; line: number; value: PrefValue }
  | { op: 'add'; at: number; line: string }
  | { op: 'account' }
  | { op: 'undo'; which: number };

/** A history: the file's line ending, then the events. */
export interface History {
  eol: '\n' | '\r\n';
  steps: Step[];
}

const HOSTS = ['smtp.example.jp', 'mail.example.com', 'smtp.ocn.ne.jp'];
// Values that collide with what fixes write and what was there, so edits hit both cases.
const value: fc.Arbitrary<PrefValue> = fc.oneof(
  fc.constantFrom<PrefValue>(25, 465, 587, 0, 1, 2, 3, 10, true, false, ...HOSTS, 'taro'),
  fc.integer({ min: -5, max: 70000 }),
  fc.string({ unit: 'grapheme', maxLength: 12 }),
);
const settings = fc.record({
  host: fc.constantFrom(...HOSTS),
  port: fc.constantFrom(25, 465, 587, 2525),
  security: fc.constantFrom('none', 'starttls', 'tls'),
  auth: fc.boolean(),
  username: fc.constantFrom('', 'taro@example.jp', '山田'),
}) as fc.Arbitrary<AccountSettings>;
const unrelated = fc.oneof(
  fc
    .tuple(fc.constantFrom('mail.identity.id9.htmlSigText', 'mail.smtpservers', 'ui.x'), value)
    .map(([n, v]) => formatUserPref(n, v)),
  fc
    .tuple(fc.stringMatching(/^[a-z][a-z0-9_.-]{0,20}$/), value)
    .map(([n, v]) => formatUserPref(`extensions.${n}`, v)),
  fc.constantFrom('', '// 変更 by hand', '/* a comment */'),
);
const step: fc.Arbitrary<Step> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ op: fc.constant('fix'), server: fc.nat(9), settings }) },
  { weight: 3, arbitrary: fc.record({ op: fc.constant('edit'), line: fc.nat(), value }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('add'), at: fc.nat(), line: unrelated }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('account') }) },
  { weight: 4, arbitrary: fc.record({ op: fc.constant('undo'), which: fc.nat() }) },
) as fc.Arbitrary<Step>;

/** Random histories of up to 24 events. */
export const historyArbitrary: fc.Arbitrary<History> = fc.record({
  eol: fc.constantFrom('\n', '\r\n'),
  steps: fc.array(step, { maxLength: 24 }),
}) as fc.Arbitrary<History>;

function initialFile(eol: string): string {
  return [
    '// Mozilla User Preferences',
    '',
    'user_pref("mail.identity.id1.htmlSigText", "山田 太郎\\n東京");',
    'user_pref("mail.smtpserver.smtp1.authMethod", 1);',
    'user_pref("mail.smtpserver.smtp1.hostname", "smtp.ocn.ne.jp");',
    'user_pref("mail.smtpserver.smtp1.port", 25);',
    'user_pref("mail.smtpserver.smtp1.try_ssl", 0);',
    'user_pref("mail.smtpserver.smtp1.username", "taro@ocn.ne.jp");',
    'user_pref("mail.smtpserver.smtp2.hostname", "mail.example.com");',
    'user_pref("mail.smtpservers", "smtp1,smtp2");',
  ].join(eol);
}

interface ModelFix {
  name: string;
  smtpKey: string;
  /** What the fix wrote, as seen in the file: value before (undefined: absent) and after. */
  wrote: Map<string, { before: PrefValue | undefined; after: PrefValue }>;
  undone: boolean;
}

/** What the histories did, summed: so a run shows it reached the cases that matter. */
export interface UndoTally {
  fixes: number;
  undos: number;
  /** Prefs put back, and prefs left alone because they changed since the fix. */
  reverted: number;
  kept: number;
  /** Undos of a fix already undone. */
  twice: number;
}

/** A tally at zero. */
export function emptyTally(): UndoTally {
  return { fixes: 0, undos: 0, reverted: 0, kept: 0, twice: 0 };
}

interface Ctx {
  tally: UndoTally;
  dir: string;
  prefs: string;
  env: AccountsEnv;
  servers: string[];
  fixes: ModelFix[];
  problems: string[];
  eol: string;
}

async function fixStep(c: Ctx, s: Extract<Step, { op: 'fix' }>, n: number): Promise<void> {
  const smtpKey = c.servers[s.server % c.servers.length] as string;
  const before = await readFile(c.prefs);
  const out = await writeThunderbirdSettings({
    profileDir: c.dir,
    smtpKey,
    settings: s.settings,
    expectSha256: sha256(before),
    env: c.env,
    // Two fixes a second, so the backup names need their -2 suffix too.
    now: new Date(2026, 0, 1, 9, 0, Math.floor(n / 2)),
  });
  if (!out.ok) {
    c.problems.push(`fix of ${smtpKey} refused: ${out.code} ${out.detail}`);
    return;
  }
  const p0 = parsePrefs(before);
  const p1 = parsePrefs(await readFile(c.prefs));
  const wrote = new Map<string, { before: PrefValue | undefined; after: PrefValue }>();
  for (const k of ['hostname', 'port', 'try_ssl', 'authMethod', 'username']) {
    const pref = `mail.smtpserver.${smtpKey}.${k}`;
    const after = p1.get(pref);
    if (after !== undefined && after !== p0.get(pref))
      wrote.set(pref, { before: p0.get(pref), after });
  }
  c.tally.fixes++;
  const name = out.fix.slice(c.dir.length + 1);
  c.fixes.push({ name, smtpKey, wrote, undone: false });
}

async function editStep(c: Ctx, s: Extract<Step, { op: 'edit' }>): Promise<void> {
  const lines = splitLines(await readFile(c.prefs));
  const prefLines = lines.flatMap((l, i) => (soleStatement(l) ? [i] : []));
  if (prefLines.length === 0) return;
  const i = prefLines[s.line % prefLines.length] as number;
  const line = lines[i] as Buffer;
  const st = soleStatement(line);
  if (!st) return;
  const statement = Buffer.from(formatUserPref(st.name, s.value), 'utf8');
  lines[i] = Buffer.concat([line.subarray(0, st.start), statement, line.subarray(st.end)]);
  await writeFile(c.prefs, Buffer.concat(lines));
}

async function addLines(c: Ctx, at: number, text: string[]): Promise<void> {
  const lines = splitLines(await readFile(c.prefs));
  const last = lines.at(-1);
  // The last line gets an ending first, as an editor or Thunderbird would give it.
  if (last && last.at(-1) !== 0x0a)
    lines[lines.length - 1] = Buffer.concat([last, Buffer.from(c.eol)]);
  const added = Buffer.from(text.map((l) => l + c.eol).join(''), 'utf8');
  lines.splice(at % (lines.length + 1), 0, added);
  await writeFile(c.prefs, Buffer.concat(lines));
}

/** The bytes of a pref's line around its statement (latin1), or null when it has no line. */
function outside(bytes: Buffer, pref: string): string | null {
  for (const l of splitLines(bytes)) {
    const st = soleStatement(l);
    if (st?.name === pref)
      return `${l.subarray(0, st.start).toString('latin1')}|${l.subarray(st.end).toString('latin1')}`;
  }
  return null;
}

/** The lines of a file without those whose statement is one of names. */
function linesWithout(bytes: Buffer, names: Set<string>): string[] {
  return splitLines(bytes)
    .filter((l) => !names.has(soleStatement(l)?.name ?? ''))
    .map((l) => l.toString('latin1'));
}

async function undoStep(c: Ctx, s: Extract<Step, { op: 'undo' }>): Promise<void> {
  const f = c.fixes[s.which % Math.max(1, c.fixes.length)];
  if (!f) return;
  const b0 = await readFile(c.prefs);
  const out = await undoThunderbirdChange({
    profileDir: c.dir,
    smtpKey: f.smtpKey,
    fix: f.name,
    env: c.env,
  });
  const b1 = await readFile(c.prefs);
  const say = (m: string): void => void c.problems.push(`undo of ${f.name} (${f.smtpKey}): ${m}`);
  if (f.undone) {
    c.tally.twice++;
    if (out.ok || out.code !== 'already_undone') say(`undone twice: ${JSON.stringify(out)}`);
    if (!b0.equals(b1)) say('a second undo changed the file');
    return;
  }
  if (!out.ok) return say(`refused: ${out.code} ${out.detail}`);
  f.undone = true;
  c.tally.undos++;
  c.tally.reverted += out.reverted.length;
  c.tally.kept += out.kept.length;
  const p0 = parsePrefs(b0);
  const p1 = parsePrefs(b1);
  const held = new Set(
    [...f.wrote].filter(([pref, w]) => p0.get(pref) === w.after).map(([p]) => p),
  );
  for (const pref of held) {
    const want = f.wrote.get(pref)?.before;
    if (p1.get(pref) !== want)
      say(`${pref} is ${String(p1.get(pref))}, not back to ${String(want)}`);
    const count = splitLines(b1).filter((l) => soleStatement(l)?.name === pref).length;
    if (count !== (want === undefined ? 0 : 1)) say(`${pref} is on ${count} lines`);
    // Around the statement put back, its line is as it was: indentation, comment, line ending.
    const [was, now] = [b0, b1].map((b) => outside(b, pref));
    if (want !== undefined && was !== now) say(`the line of ${pref} changed around the statement`);
  }
  const a = linesWithout(b0, held);
  const b = linesWithout(b1, held);
  if (JSON.stringify(a) !== JSON.stringify(b)) say('a line the fix did not write changed');
  const kept = [...f.wrote]
    .filter(([pref, w]) => !held.has(pref) && p0.get(pref) !== w.before)
    .map(([p]) => p)
    .sort();
  if (JSON.stringify([...out.kept].sort()) !== JSON.stringify(kept))
    say(`named as kept ${JSON.stringify(out.kept)}, expected ${JSON.stringify(kept)}`);
}

/** Runs one history in an empty profile folder; answers what went wrong (nothing: []). */
export async function runHistory(
  dir: string,
  h: History,
  tally: UndoTally = emptyTally(),
): Promise<string[]> {
  const prefs = join(dir, 'prefs.js');
  await writeFile(prefs, initialFile(h.eol));
  const env: AccountsEnv = { home: dir, platform: 'linux' };
  const c: Ctx = {
    tally,
    dir,
    prefs,
    env,
    servers: ['smtp1', 'smtp2'],
    fixes: [],
    problems: [],
    eol: h.eol,
  };
  let n = 0;
  for (const s of h.steps) {
    if (s.op === 'fix') await fixStep(c, s, n++);
    else if (s.op === 'edit') await editStep(c, s);
    else if (s.op === 'add') await addLines(c, s.at, [s.line]);
    else if (s.op === 'account') {
      const key = `smtp${c.servers.length + 1}`;
      c.servers.push(key);
      await addLines(c, Number.MAX_SAFE_INTEGER, [
        formatUserPref(`mail.smtpserver.${key}.hostname`, 'smtp.example.jp'),
        formatUserPref(`mail.smtpserver.${key}.port`, 25),
      ]);
    } else await undoStep(c, s);
    if (c.problems.length > 0) break;
  }
  return c.problems;
}
