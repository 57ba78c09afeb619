/**
 * The property of Becky!'s fix and undo, over random histories of a data folder's mailboxes: fixes
 * of any mailbox, outside edits (a key's value changed, in Shift_JIS too; a line added anywhere,
 * also in another section that has keys of the same names), new mailboxes, and undos of earlier
 * fixes in any order. The model learns what each fix wrote from the files themselves, not from
 * SendCheck's record, and checks:
 * - a fix changes only the lines of the keys it wrote in that mailbox's [Account] (and adds lines
 *   only for them); every other byte of that file, and every byte of every other file, is kept;
 * - an undo puts a key back exactly when it still held the fix's value, leaves one changed since as
 *   it is (named, unless it already holds its old value), and changes no other byte;
 * - the same fix undone again answers already_undone and writes nothing.
 * Used by the unit test (100 histories) and the fuzz target `becky-undo` (`npm run fuzz`).
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import fc from 'fast-check';
import type { AccountSettings } from '../../shared/accounts.js';
import { undoBeckyChange, writeBeckySettings } from '../../electron/accounts/becky-fix.js';
import { BECKY_KEYS } from '../../electron/accounts/becky-ini.js';
import type { AccountsEnv } from '../../electron/accounts/env.js';
import { iniSection, parseIni } from '../../electron/accounts/ini.js';
import { sha256 } from '../../electron/accounts/thunderbird.js';
import { MAIL_FIXTURES } from './mail-fixtures.js';

/** One event in the life of a Becky! data folder. */
export type Step =
  | { op: 'fix'; box: number; settings: AccountSettings }
  | { op: 'edit'; box: number; line: number; value: number }
  | { op: 'add'; box: number; at: number; line: number }
  | { op: 'mailbox' }
  | { op: 'undo'; which: number };

/** A history: the files' line ending, then the events. */
export interface History {
  eol: '\n' | '\r\n';
  steps: Step[];
}

/** Bytes of Japanese text in Shift_JIS ("山田", "変更", "会社（山田商店）"). */
const SJIS = [
  Buffer.from([0x8e, 0x52, 0x93, 0x63]),
  Buffer.from([0x95, 0xcf, 0x8d, 0x58]),
  Buffer.from('89ef8ed0816993c79363a48f949358816a', 'hex'),
];
const HOSTS = ['smtp.ocn.ne.jp', 'mail.example.com', 'smtp.example.ne.jp'];
// Values that collide with what fixes write and what was there, so edits hit both cases.
const VALUES: Buffer[] = [
  ...['25', '587', '465', '2525', '0', '1', '2', ...HOSTS, ''].map((v) => Buffer.from(v)),
  ...SJIS,
];
const LINES: Buffer[] = [
  Buffer.from(''),
  Buffer.from('; 手で変更'),
  Buffer.from('Signature=1'),
  Buffer.concat([Buffer.from('Memo='), SJIS[2] as Buffer]),
  Buffer.from('[Filter]'),
  Buffer.from('SMTPPort=10025'),
  Buffer.from('SSLSMTP=1'),
];

const settings = fc.record({
  host: fc.constantFrom(...HOSTS),
  port: fc.constantFrom(25, 465, 587, 2525),
  security: fc.constantFrom('none', 'starttls', 'tls'),
  auth: fc.boolean(),
  username: fc.constantFrom('', 'taro.yamada@ocn.ne.jp'),
}) as fc.Arbitrary<AccountSettings>;
const step: fc.Arbitrary<Step> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ op: fc.constant('fix'), box: fc.nat(9), settings }) },
  {
    weight: 3,
    arbitrary: fc.record({
      op: fc.constant('edit'),
      box: fc.nat(9),
      line: fc.nat(),
      value: fc.nat(VALUES.length - 1),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      op: fc.constant('add'),
      box: fc.nat(9),
      at: fc.nat(),
      line: fc.nat(LINES.length - 1),
    }),
  },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('mailbox') }) },
  { weight: 4, arbitrary: fc.record({ op: fc.constant('undo'), which: fc.nat() }) },
) as fc.Arbitrary<Step>;

/** Random histories of up to 24 events. */
export const historyArbitrary: fc.Arbitrary<History> = fc.record({
  eol: fc.constantFrom('\n', '\r\n'),
  steps: fc.array(step, { maxLength: 24 }),
}) as fc.Arbitrary<History>;

/** What the histories did, summed: so a run shows it reached the cases that matter. */
export interface UndoTally {
  fixes: number;
  undos: number;
  reverted: number;
  kept: number;
  twice: number;
  refused: number;
}

/** A tally at zero. */
export function emptyTally(): UndoTally {
  return { fixes: 0, undos: 0, reverted: 0, kept: 0, twice: 0, refused: 0 };
}

interface ModelFix {
  name: string;
  box: number;
  /** Per key: its value before (undefined: absent) and the one written. */
  wrote: Map<string, { before: string | undefined; after: string }>;
  undone: boolean;
}

interface Ctx {
  tally: UndoTally;
  dir: string;
  boxes: string[];
  env: AccountsEnv;
  fixes: ModelFix[];
  problems: string[];
  eol: string;
}

function lines(b: Buffer): Buffer[] {
  const out: Buffer[] = [];
  let from = 0;
  for (let nl = b.indexOf(0x0a, from); nl >= 0; nl = b.indexOf(0x0a, from)) {
    out.push(b.subarray(from, nl + 1));
    from = nl + 1;
  }
  if (from < b.length) out.push(b.subarray(from));
  return out;
}

const dec = (b: Buffer) => new TextDecoder('shift_jis').decode(b);

/** The [Account] keys of a file, as Becky! reads them. */
function account(b: Buffer): Map<string, string> {
  const acct = iniSection(parseIni(dec(b)), 'Account');
  const out = new Map<string, string>();
  for (const k of BECKY_KEYS) {
    const v = acct?.get(k);
    if (v !== undefined) out.set(k, v);
  }
  return out;
}

/** The indexes of the lines of the first [Account] section holding one of these keys. */
function accountKeyLines(b: Buffer, keys: Set<string>): Set<number> {
  const out = new Set<number>();
  let inAccount = false;
  let seenAccount = false;
  lines(b).forEach((l, i) => {
    const t = dec(l).trim();
    const header = /^\[(.*)\]$/.exec(t);
    if (header) {
      inAccount = !seenAccount && (header[1] ?? '').trim().toLowerCase() === 'account';
      seenAccount ||= inAccount;
      return;
    }
    const eq = t.indexOf('=');
    if (!inAccount || eq <= 0 || t.startsWith(';') || t.startsWith('#')) return;
    const key = t.slice(0, eq).trim().toLowerCase();
    if ([...keys].some((k) => k.toLowerCase() === key)) out.add(i);
  });
  return out;
}

/** The lines outside the given [Account] keys, as latin1 strings (every byte compared). */
function outside(b: Buffer, keys: Set<string>): string[] {
  const skip = accountKeyLines(b, keys);
  return (
    lines(b)
      .filter((_, i) => !skip.has(i))
      .map((l) => l.toString('latin1'))
      // A line that gained its missing line ending before added lines is the same line.
      .map((l) => l.replace(/\r?\n$/, ''))
  );
}

async function snapshot(c: Ctx): Promise<Buffer[]> {
  return Promise.all(c.boxes.map((b) => readFile(b)));
}

function othersSame(c: Ctx, before: Buffer[], after: Buffer[], except: number, what: string) {
  before.forEach((b, i) => {
    if (i !== except && !b.equals(after[i] as Buffer))
      c.problems.push(`${what} changed mailbox ${i}, not its own`);
  });
}

async function fixStep(c: Ctx, s: Extract<Step, { op: 'fix' }>, n: number): Promise<void> {
  const box = s.box % c.boxes.length;
  const all = await snapshot(c);
  const before = all[box] as Buffer;
  const out = await writeBeckySettings({
    iniPath: c.boxes[box] as string,
    settings: s.settings,
    expectSha256: sha256(before),
    env: c.env,
    // Two fixes a second, so the backup names need their -2 suffix too.
    now: new Date(2026, 0, 1, 9, 0, Math.floor(n / 2)),
  });
  const now = await snapshot(c);
  const after = now[box] as Buffer;
  othersSame(c, all, now, box, 'a fix');
  if (!out.ok) {
    c.tally.refused++;
    if (!before.equals(after)) c.problems.push(`a refused fix (${out.code}) changed the file`);
    // Refused only when nothing would change, or a key of [Account] is there twice.
    const twice = [...BECKY_KEYS].some((k) => accountKeyLines(before, new Set([k])).size > 1);
    if (!(out.code === 'unchanged' || (out.code === 'unusual_format' && twice)))
      c.problems.push(`fix of mailbox ${box} refused: ${out.code} ${out.detail}`);
    return;
  }
  const [p0, p1] = [account(before), account(after)];
  const wrote = new Map<string, { before: string | undefined; after: string }>();
  for (const k of BECKY_KEYS)
    if (p1.get(k) !== p0.get(k)) wrote.set(k, { before: p0.get(k), after: p1.get(k) as string });
  const keys = new Set(wrote.keys());
  if (JSON.stringify(outside(before, keys)) !== JSON.stringify(outside(after, keys)))
    c.problems.push(`fix of mailbox ${box} changed a line outside its keys`);
  c.tally.fixes++;
  c.fixes.push({
    name: out.fix.slice(out.fix.lastIndexOf('Mailbox.ini')),
    box,
    wrote,
    undone: false,
  });
}

async function editStep(c: Ctx, s: Extract<Step, { op: 'edit' }>): Promise<void> {
  const path = c.boxes[s.box % c.boxes.length] as string;
  const ls = lines(await readFile(path));
  const keyed = ls.flatMap((l, i) => (l.indexOf(0x3d) > 0 && l[0] !== 0x3b ? [i] : []));
  if (keyed.length === 0) return;
  const i = keyed[s.line % keyed.length] as number;
  const l = ls[i] as Buffer;
  const eol = l.at(-1) === 0x0a ? (l.at(-2) === 0x0d ? '\r\n' : '\n') : '';
  ls[i] = Buffer.concat([
    l.subarray(0, l.indexOf(0x3d) + 1),
    VALUES[s.value] as Buffer,
    Buffer.from(eol),
  ]);
  await writeFile(path, Buffer.concat(ls));
}

async function addStep(c: Ctx, s: Extract<Step, { op: 'add' }>): Promise<void> {
  const path = c.boxes[s.box % c.boxes.length] as string;
  const ls = lines(await readFile(path));
  const last = ls.at(-1);
  if (last && last.at(-1) !== 0x0a) ls[ls.length - 1] = Buffer.concat([last, Buffer.from(c.eol)]);
  // Never before the [Account] header: a file starts with it.
  const at = 1 + (s.at % ls.length);
  ls.splice(at, 0, Buffer.concat([LINES[s.line] as Buffer, Buffer.from(c.eol)]));
  await writeFile(path, Buffer.concat(ls));
}

async function newMailbox(c: Ctx, from: string): Promise<void> {
  const dir = join(c.dir, `${(0x10000000 + c.boxes.length).toString(16)}.mb`);
  await mkdir(dir);
  const text = (await readFile(join(MAIL_FIXTURES, 'becky', 'Becky!', 'taro', from, 'Mailbox.ini')))
    .toString('latin1')
    .replace(/\r\n/g, c.eol);
  await writeFile(join(dir, 'Mailbox.ini'), Buffer.from(text, 'latin1'));
  c.boxes.push(join(dir, 'Mailbox.ini'));
}

async function undoStep(c: Ctx, s: Extract<Step, { op: 'undo' }>): Promise<void> {
  const f = c.fixes[s.which % Math.max(1, c.fixes.length)];
  if (!f) return;
  const all = await snapshot(c);
  const b0 = all[f.box] as Buffer;
  const out = await undoBeckyChange({ iniPath: c.boxes[f.box] as string, fix: f.name, env: c.env });
  const now = await snapshot(c);
  const b1 = now[f.box] as Buffer;
  const say = (m: string): void =>
    void c.problems.push(`undo of ${f.name} (mailbox ${f.box}): ${m}`);
  othersSame(c, all, now, f.box, 'an undo');
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
  const [p0, p1] = [account(b0), account(b1)];
  const alone = (k: string) => accountKeyLines(b0, new Set([k])).size === 1;
  const held = new Set(
    [...f.wrote].filter(([k, w]) => p0.get(k) === w.after && alone(k)).map(([k]) => k),
  );
  for (const k of held) {
    const want = f.wrote.get(k)?.before;
    if (p1.get(k) !== want) say(`${k} is ${String(p1.get(k))}, not back to ${String(want)}`);
  }
  if (JSON.stringify(outside(b0, held)) !== JSON.stringify(outside(b1, held)))
    say('a line the fix did not write changed');
  const kept = [...f.wrote]
    .filter(([k, w]) => !held.has(k) && p0.get(k) !== w.before)
    .map(([k]) => k)
    .sort();
  if (JSON.stringify([...out.kept].sort()) !== JSON.stringify(kept))
    say(`named as kept ${JSON.stringify(out.kept)}, expected ${JSON.stringify(kept)}`);
}

/** Runs one history in an empty data folder; answers what went wrong (nothing: []). */
export async function runHistory(
  dir: string,
  h: History,
  tally: UndoTally = emptyTally(),
): Promise<string[]> {
  const env: AccountsEnv = {
    home: dir,
    platform: 'win32',
    runTasklist: async () => ({ code: 0, stdout: 'INFO: No tasks are running.\r\n' }),
  };
  const c: Ctx = { tally, dir, boxes: [], env, fixes: [], problems: [], eol: h.eol };
  await newMailbox(c, '4b7c9e2a.mb');
  await newMailbox(c, '6a2b4c8d.mb');
  let n = 0;
  for (const s of h.steps) {
    if (s.op === 'fix') await fixStep(c, s, n++);
    else if (s.op === 'edit') await editStep(c, s);
    else if (s.op === 'add') await addStep(c, s);
    else if (s.op === 'mailbox') await newMailbox(c, '5d1e8f3b.mb');
    else await undoStep(c, s);
    if (c.problems.length > 0) break;
  }
  return c.problems;
}
