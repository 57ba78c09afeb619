/**
 * Reader and writer for Mozilla's prefs.js, following libpref's own parser (modules/libpref/parser):
 * `user_pref("name", value);` with value a string (either quote; escapes \" \' \\ \n \r \xNN
 * \uNNNN with surrogate pairs), an integer (optionally signed) or true/false; comments //, /* *\/
 * and #. The file is bytes: strings are byte strings that are UTF-8 once decoded, so the lexer runs
 * over the bytes (as latin1 characters) and decodes each finished string as UTF-8.
 */

/** A preference value as libpref stores it. */
export type PrefValue = string | number | boolean;

/** One statement of the file, with its byte range (start inclusive, end exclusive). */
export interface PrefStatement {
  kind: 'user_pref' | 'pref' | 'sticky_pref' | 'lockPref';
  name: string;
  value: PrefValue;
  start: number;
  end: number;
}

/** What was read: the statements in order, and what could not be parsed. */
export interface ParsedPrefs {
  statements: PrefStatement[];
  errors: string[];
  /** The value in effect: the last user_pref, else the last other statement. */
  get(name: string): PrefValue | undefined;
}

type Token =
  | { t: 'id'; v: string; at: number }
  | { t: 'str'; v: string; at: number }
  | { t: 'int'; v: number; at: number }
  | { t: 'p'; v: string; at: number }
  | { t: 'eof'; at: number }
  | { t: 'err'; v: string; at: number };

const KINDS = new Set(['user_pref', 'pref', 'sticky_pref', 'lockPref']);
const utf8 = new TextDecoder('utf-8', { fatal: false });

/** Encodes one UTF-16 code point as UTF-8 bytes (as latin1 characters). */
function utf8Bytes(codePoint: number): string {
  return Buffer.from(String.fromCodePoint(codePoint), 'utf8').toString('latin1');
}

class Lexer {
  i = 0;
  constructor(private readonly src: string) {}

  next(): Token {
    for (;;) {
      const start = this.i;
      const c = this.src[this.i++];
      if (c === undefined) return { t: 'eof', at: start };
      if (c === ' ' || c === '\t' || c === '\n' || c === '\r') continue;
      if (c === '#' || (c === '/' && this.src[this.i] === '/')) {
        const nl = this.src.indexOf('\n', this.i);
        this.i = nl < 0 ? this.src.length : nl + 1;
        continue;
      }
      if (c === '/' && this.src[this.i] === '*') {
        const close = this.src.indexOf('*/', this.i + 1);
        if (close < 0) return { t: 'err', v: 'unterminated /* comment', at: start };
        this.i = close + 2;
        continue;
      }
      if (c === '"' || c === "'") return this.string(c, start);
      if (/[0-9]/.test(c)) return this.int(start);
      if (/[A-Za-z_]/.test(c)) {
        while (/[A-Za-z0-9_]/.test(this.src[this.i] ?? '')) this.i++;
        return { t: 'id', v: this.src.slice(start, this.i), at: start };
      }
      if ('(),;+-'.includes(c)) return { t: 'p', v: c, at: start };
      return { t: 'err', v: `unexpected character at byte ${start}`, at: start };
    }
  }

  private int(start: number): Token {
    while (/[0-9]/.test(this.src[this.i] ?? '')) this.i++;
    if (/[A-Za-z_]/.test(this.src[this.i] ?? ''))
      return { t: 'err', v: 'letter in a number', at: start };
    const v = Number(this.src.slice(start, this.i));
    return v > 0xffffffff
      ? { t: 'err', v: 'number too large', at: start }
      : { t: 'int', v, at: start };
  }

  private hex(n: number): number | null {
    const s = this.src.slice(this.i, this.i + n);
    if (s.length !== n || !/^[0-9A-Fa-f]+$/.test(s)) return null;
    this.i += n;
    return parseInt(s, 16);
  }

  private escape(): string | null {
    const e = this.src[this.i++];
    const simple: Record<string, string> = { '"': '"', "'": "'", '\\': '\\', n: '\n', r: '\r' };
    if (e !== undefined && e in simple) return simple[e] as string;
    if (e === 'x') {
      const v = this.hex(2);
      return v === null || v === 0 ? null : String.fromCharCode(v);
    }
    if (e !== 'u') return null;
    const hi = this.hex(4);
    if (hi === null || hi === 0 || (hi & 0xfc00) === 0xdc00) return null;
    if ((hi & 0xfc00) !== 0xd800) return utf8Bytes(hi);
    if (this.src.slice(this.i, this.i + 2) !== '\\u') return null;
    this.i += 2;
    const lo = this.hex(4);
    if (lo === null || (lo & 0xfc00) !== 0xdc00) return null;
    return utf8Bytes(0x10000 + ((hi - 0xd800) << 10) + (lo - 0xdc00));
  }

  private string(quote: string, start: number): Token {
    let bytes = '';
    let bad: string | null = null;
    for (;;) {
      const c = this.src[this.i++];
      if (c === undefined) return { t: 'err', v: 'unterminated string', at: start };
      if (c === quote) break;
      if (c !== '\\') {
        bytes += c;
        continue;
      }
      const e = this.escape();
      if (e === null) bad ??= `bad escape in string at byte ${this.i}`;
      else bytes += e;
    }
    if (bad !== null) return { t: 'err', v: bad, at: start };
    return { t: 'str', v: utf8.decode(Buffer.from(bytes, 'latin1')), at: start };
  }
}

/** Reads `( "name" , value [, attr]* ) ;` after the keyword; returns the statement or an error. */
function statement(lx: Lexer, kind: PrefStatement['kind'], start: number): PrefStatement | string {
  const expect = (v: string): boolean => {
    const tok = lx.next();
    return tok.t === 'p' && tok.v === v;
  };
  if (!expect('(')) return `expected ( after ${kind}`;
  const name = lx.next();
  if (name.t !== 'str') return 'expected a preference name';
  if (!expect(',')) return 'expected , after the name';
  let tok = lx.next();
  let sign = 1;
  if (tok.t === 'p' && (tok.v === '-' || tok.v === '+')) {
    sign = tok.v === '-' ? -1 : 1;
    tok = lx.next();
    if (tok.t !== 'int') return 'expected a number after the sign';
  }
  let value: PrefValue;
  if (tok.t === 'str' || tok.t === 'int') value = tok.t === 'int' ? sign * tok.v : tok.v;
  else if (tok.t === 'id' && (tok.v === 'true' || tok.v === 'false')) value = tok.v === 'true';
  else return `bad value for ${name.v}`;
  for (;;) {
    tok = lx.next();
    if (tok.t === 'p' && tok.v === ')') break;
    if (!(tok.t === 'p' && tok.v === ',')) return `expected ) after the value of ${name.v}`;
    if (lx.next().t !== 'id') return `expected an attribute for ${name.v}`;
  }
  if (!expect(';')) return `expected ; after ${name.v}`;
  return { kind, name: name.v, value, start, end: lx.i };
}

/** Parses prefs.js bytes; malformed statements are skipped (as libpref does) and reported. */
export function parsePrefs(bytes: Uint8Array): ParsedPrefs {
  const lx = new Lexer(Buffer.from(bytes).toString('latin1'));
  const statements: PrefStatement[] = [];
  const errors: string[] = [];
  for (;;) {
    const tok = lx.next();
    if (tok.t === 'eof') break;
    const s =
      tok.t === 'id' && KINDS.has(tok.v)
        ? statement(lx, tok.v as PrefStatement['kind'], tok.at)
        : tok.t === 'err'
          ? tok.v
          : `unexpected token at byte ${tok.at}`;
    if (typeof s !== 'string') {
      statements.push(s);
      continue;
    }
    errors.push(s);
    // Recover at the next semicolon, like libpref.
    for (let t = lx.next(); t.t !== 'eof' && !(t.t === 'p' && t.v === ';'); t = lx.next());
  }
  return { statements, errors, get: (name) => effectiveValue(statements, name) };
}

function effectiveValue(statements: PrefStatement[], name: string): PrefValue | undefined {
  let user: PrefValue | undefined;
  let other: PrefValue | undefined;
  for (const s of statements) {
    if (s.name !== name) continue;
    if (s.kind === 'user_pref') user = s.value;
    else other = s.value;
  }
  return user ?? other;
}

/** A value written the way Thunderbird writes it (strings escaped like libpref's StrEscape). */
export function formatPrefValue(value: PrefValue): string {
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number') {
    if (!Number.isInteger(value)) throw new Error('prefs.js integers only');
    return String(value);
  }
  const escaped = value.replace(/[\\"\n\r]/g, (c) =>
    c === '\n' ? '\\n' : c === '\r' ? '\\r' : `\\${c}`,
  );
  return `"${escaped}"`;
}

/** One `user_pref("name", value);` statement (no line ending), as UTF-8 text. */
export function formatUserPref(name: string, value: PrefValue): string {
  return `user_pref(${formatPrefValue(name)}, ${formatPrefValue(value)});`;
}
