/**
 * Becky!'s Mailbox.ini as lines of bytes, for the fix and its undo: SendCheck changes only the
 * value of its own keys in the mailbox's [Account] section and keeps every other byte (other keys,
 * other sections, the Shift_JIS text of names and signatures, the line endings). Values SendCheck
 * writes are ASCII, so the file's own encoding (the Windows ANSI code page, Shift_JIS on Japanese
 * Windows, or UTF-8) needs no conversion: a line is found by decoding it, and rewritten from the
 * bytes up to its `=` (0x3D is never the second byte of a Shift_JIS character, nor part of a UTF-8
 * sequence).
 *
 * The keys written, and their meaning, as Thunderbird's Becky! importer reads them
 * (mailnews/import/becky/src/nsBeckySettings.cpp): SMTPServer (the outgoing server), SMTPPort
 * (its port; 25 when absent), SSLSMTP ("1": SMTP over SSL), SMTPAUTH ("1": SMTP authentication).
 * Becky!'s STARTTLS switch has no key confirmed by a published source and is never written.
 */
import type { AccountSettings } from '../../shared/accounts.js';
import { decideUndo, type KeyChange } from './fix-record.js';
import { FixError } from './fix-error.js';
import { iniSection, parseIni } from './ini.js';

/** The keys SendCheck writes, as Becky! spells them. */
export const BECKY_KEYS = ['SMTPServer', 'SMTPPort', 'SSLSMTP', 'SMTPAUTH'] as const;
/** One of them. */
export type BeckyKey = (typeof BECKY_KEYS)[number];

/** What each key means when it is absent (the importer's defaults). */
const ABSENT: Record<BeckyKey, string | undefined> = {
  SMTPServer: undefined,
  SMTPPort: '25',
  SSLSMTP: '0',
  SMTPAUTH: '0',
};

/**
 * One key a fix changed (its record in Mailbox.ini.sendcheck-<stamp>.fix.json). beforeBytes: the
 * bytes after its `=` as they were (hex), so an undo puts back a value in Shift_JIS, or with its
 * spaces, exactly.
 */
export type IniChange = KeyChange<string> & { key: BeckyKey; beforeBytes?: string };

interface Line {
  bytes: Buffer;
  /** The line decoded, without its line ending. */
  text: string;
  eol: string;
}

function decoderFor(bytes: Buffer): { decode(b: Uint8Array): string } {
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    throw new FixError('unusual_format', 'Mailbox.ini is in UTF-16');
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return new TextDecoder('utf-8');
  } catch {
    return new TextDecoder('shift_jis');
  }
}

function splitIni(bytes: Buffer): Line[] {
  const dec = decoderFor(bytes);
  const lines: Line[] = [];
  for (let from = 0; from < bytes.length;) {
    const nl = bytes.indexOf(0x0a, from);
    const end = nl < 0 ? bytes.length : nl + 1;
    const line = bytes.subarray(from, end);
    const crlf = nl >= 0 && line.at(-2) === 0x0d;
    const eol = nl < 0 ? '' : crlf ? '\r\n' : '\n';
    const body = line.subarray(0, line.length - eol.length);
    // A lone CR is a line break to Windows' INI reader and to parseIni: too unusual to edit.
    if (body.includes(0x0d)) throw new FixError('unusual_format', 'Mailbox.ini has a lone CR');
    lines.push({ bytes: line, text: dec.decode(body), eol });
    from = end;
  }
  return lines;
}

/** The lines of the first [Account] section: from its header to the next header (exclusive). */
function accountRange(lines: Line[]): { header: number; end: number } {
  const isHeader = (l: Line) => /^\[.*\]$/.test(l.text.replace(/^\ufeff/, '').trim());
  const header = lines.findIndex(
    (l) =>
      isHeader(l) &&
      l.text
        .replace(/^\ufeff/, '')
        .trim()
        .slice(1, -1)
        .trim()
        .toLowerCase() === 'account',
  );
  if (header < 0) throw new FixError('unusual_format', 'Mailbox.ini has no [Account] section');
  let end = header + 1;
  while (end < lines.length && !isHeader(lines[end] as Line)) end++;
  return { header, end };
}

function keyOf(l: Line): string | null {
  const t = l.text.trim();
  if (t.startsWith(';') || t.startsWith('#')) return null;
  const eq = t.indexOf('=');
  return eq > 0 ? t.slice(0, eq).trim().toLowerCase() : null;
}

/** The lines of the section that hold this key (without case). */
function keyLines(lines: Line[], range: { header: number; end: number }, key: string): number[] {
  const out: number[] = [];
  for (let i = range.header + 1; i < range.end; i++)
    if (keyOf(lines[i] as Line) === key.toLowerCase()) out.push(i);
  return out;
}

/** The same line with another value: its bytes up to and with `=` kept, then value and line ending. */
function withValue(l: Line, value: string | Buffer): Buffer {
  const eq = l.bytes.indexOf(0x3d);
  const v = typeof value === 'string' ? Buffer.from(value, 'latin1') : value;
  return Buffer.concat([l.bytes.subarray(0, eq + 1), v, Buffer.from(l.eol, 'latin1')]);
}

/** The bytes of a line's value: after its `=`, without the line ending. */
function valueBytes(l: Line): Buffer {
  return l.bytes.subarray(l.bytes.indexOf(0x3d) + 1, l.bytes.length - l.eol.length);
}

function fileEol(lines: Line[]): string {
  return lines.find((l) => l.eol !== '')?.eol ?? '\r\n';
}

/** The values this fix writes (ASCII only: the host is already in its ASCII form). */
export function desiredKeys(settings: AccountSettings): Map<BeckyKey, string> {
  return new Map<BeckyKey, string>([
    ['SMTPServer', settings.host],
    ['SMTPPort', String(settings.port)],
    // STARTTLS has no confirmed key: SSL stays off and the user is told the step by hand.
    ['SSLSMTP', settings.security === 'tls' ? '1' : '0'],
    ['SMTPAUTH', settings.auth ? '1' : '0'],
  ]);
}

function parsed(bytes: Buffer) {
  return parseIni(decoderFor(bytes).decode(bytes));
}

/** What the [Account] section holds for each key (first occurrence, as Windows reads it). */
function accountValues(bytes: Buffer): Map<string, string> {
  const acct = iniSection(parsed(bytes), 'Account');
  const out = new Map<string, string>();
  for (const k of BECKY_KEYS) {
    const v = acct?.get(k);
    if (v !== undefined) out.set(k, v);
  }
  return out;
}

/**
 * The new Mailbox.ini bytes with the outgoing settings of its [Account] section changed, and the
 * keys that change (from what to what). A key already meaning the wanted value is left as it is;
 * one that is missing is added after the section's last key. Throws FixError('unusual_format')
 * when a key is there twice or the result does not read back as intended.
 */
export function planBeckyFix(
  bytes: Buffer,
  settings: AccountSettings,
): { bytes: Buffer; changes: IniChange[] } {
  const lines = splitIni(bytes);
  const range = accountRange(lines);
  const now = accountValues(bytes);
  const changes: IniChange[] = [];
  const out = lines.map((l) => l.bytes);
  const added: string[] = [];
  for (const [key, after] of desiredKeys(settings)) {
    const raw = now.get(key);
    if ((raw ?? ABSENT[key]) === after) continue;
    const at = keyLines(lines, range, key);
    if (at.length > 1) throw new FixError('unusual_format', `${key} is in [Account] twice`);
    const line = at.length === 1 ? lines[at[0] as number] : undefined;
    if (line === undefined) {
      changes.push({ key, before: raw ?? null, after });
      added.push(`${key}=${after}`);
      continue;
    }
    changes.push({
      key,
      before: raw ?? null,
      after,
      beforeBytes: valueBytes(line).toString('hex'),
    });
    out[at[0] as number] = withValue(line, after);
  }
  if (added.length > 0) insertAfterLastKey(out, lines, range, added);
  const result = Buffer.concat(out);
  verify(bytes, result, new Map(changes.map((c) => [c.key, c.after])));
  return { bytes: result, changes };
}

function insertAfterLastKey(
  out: Buffer[],
  lines: Line[],
  range: { header: number; end: number },
  added: string[],
): void {
  let at = range.header;
  for (let i = range.header + 1; i < range.end; i++) if (keyOf(lines[i] as Line) !== null) at = i;
  const eol = fileEol(lines);
  const last = lines[at] as Line;
  // The line before may be the file's last one, without an ending: it gets one first.
  if (last.eol === '') out[at] = Buffer.concat([last.bytes, Buffer.from(eol, 'latin1')]);
  out[at] = Buffer.concat([
    out[at] as Buffer,
    Buffer.from(added.map((a) => a + eol).join(''), 'latin1'),
  ]);
}

/** The names of every key line of a file, lower case. */
function keyNames(bytes: Buffer): Set<string> {
  return new Set(splitIni(bytes).flatMap((l) => keyOf(l) ?? []));
}

/**
 * Every section and key reads as before, except the keys of [Account] in want, which read as want
 * says (null: absent).
 */
function verify(before: Buffer, after: Buffer, want: Map<string, string | null>): void {
  const fail = (why: string) => new FixError('unusual_format', `check after editing: ${why}`);
  const [a, b] = [parsed(before), parsed(after)];
  if (a.length !== b.length) throw fail('the sections changed');
  const wanted = new Map([...want].map(([k, v]) => [k.toLowerCase(), v ?? undefined]));
  const keys = new Set([...keyNames(before), ...keyNames(after)]);
  const account = a.findIndex((s) => s.name.toLowerCase() === 'account');
  a.forEach((s, i) => {
    const t = b[i];
    if (!t || t.name !== s.name) throw fail('a section was renamed');
    for (const k of keys) {
      const expect = i === account && wanted.has(k) ? wanted.get(k) : s.get(k);
      if (t.get(k) !== expect) throw fail(`${s.name}/${k} is not as intended`);
    }
  });
}

/** What an undo does to the bytes: the new bytes, the keys put back, and those left alone. */
export interface IniUndo {
  bytes: Buffer;
  reverted: string[];
  kept: string[];
}

/**
 * Reverts a fix's changes in Mailbox.ini bytes (fix-record.ts decides which): a key still holding
 * what the fix wrote, once in [Account], goes back to its old value, or goes away when the fix
 * added it. Every other line stays byte for byte.
 */
export function undoBeckyChanges(bytes: Buffer, changes: readonly IniChange[]): IniUndo {
  const lines = splitIni(bytes);
  const range = accountRange(lines);
  const now = accountValues(bytes);
  const { revert, kept } = decideUndo(changes, (key) => ({
    value: now.get(key),
    alone: keyLines(lines, range, key).length === 1,
  }));
  const out: (Buffer | null)[] = lines.map((l) => l.bytes);
  const bytesOf = new Map(changes.map((c) => [c.key as string, c.beforeBytes]));
  for (const [key, old] of revert) {
    const i = keyLines(lines, range, key)[0] as number;
    const hex = bytesOf.get(key);
    out[i] = old === null ? null : withValue(lines[i] as Line, hex ? Buffer.from(hex, 'hex') : old);
  }
  const result = Buffer.concat(out.filter((b): b is Buffer => b !== null));
  verify(bytes, result, revert);
  return { bytes: result, reverted: [...revert.keys()], kept };
}
