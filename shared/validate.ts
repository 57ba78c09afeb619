/**
 * Validation of what the user types: the address, the outgoing server and the port.
 * Shared by the renderer (messages next to the field) and the engine/IPC (the same rules again),
 * so it is plain TypeScript with no node: imports.
 */
import { hostToAscii, hostToUnicode } from './punycode.js';
import type { LocalizedText } from './verdict.js';

/** An e-mail address split and converted: Unicode for display, ASCII (punycode domain) for probing. */
export interface ParsedEmail {
  /** local@domain with the domain in Unicode. */
  display: string;
  /** local@domainAscii. */
  ascii: string;
  local: string;
  /** Unicode, lower case. */
  domain: string;
  /** Punycode (xn--...), lower case: what is looked up and probed. */
  domainAscii: string;
}

/** Which input field a problem is about. */
export type InputField = 'email' | 'server' | 'port';

/** Why an input was refused. */
export type InputErrorCode =
  | 'empty'
  | 'no_at'
  | 'too_long'
  | 'control_chars'
  | 'bad_local'
  | 'bad_domain'
  | 'bad_host'
  | 'bad_port';

/** A parsed value, or the field, the reason and a short friendly message in both languages. */
export type Validated<T> =
  | { ok: true; value: T }
  | { ok: false; field: InputField; code: InputErrorCode; message: LocalizedText };

const MAX_ADDRESS = 254;
const MAX_LOCAL = 64;
const MAX_HOST = 253;

function fail<T>(field: InputField, code: InputErrorCode, ja: string, en: string): Validated<T> {
  return { ok: false, field, code, message: { ja, en } };
}

// C0, DEL, C1, plus invisible format characters that arrive with copy-and-paste and that the URL
// parser would silently drop (zero-width space, soft hyphen, bidi controls, BOM). ZWJ/ZWNJ stay
// allowed: some scripts need them in IDN labels.
const CONTROL =
  /[\u0000-\u001f\u007f-\u009f\u00ad\u200b\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/;

function controlProblem<T>(
  field: InputField,
  value: string,
  what: LocalizedText,
): Validated<T> | null {
  const m = CONTROL.exec(value);
  if (!m) return null;
  const ch = m[0];
  if (ch === '\r' || ch === '\n') {
    return fail(
      field,
      'control_chars',
      `${what.ja}に改行が入っています。1 行で入力してください。`,
      `The ${what.en} contains a line break. Please type it on one line.`,
    );
  }
  if (ch === '\t') {
    return fail(
      field,
      'control_chars',
      `${what.ja}にタブ文字が入っています。取り除いてください。`,
      `The ${what.en} contains a tab. Please remove it.`,
    );
  }
  return fail(
    field,
    'control_chars',
    `${what.ja}に目に見えない文字が入っています。貼り付けずに、手で入力し直してください。`,
    `The ${what.en} contains an invisible character. Please type it in again instead of pasting.`,
  );
}

const FULL_WIDTH = /[\u3000\uff01-\uff5e]/;
const LDH_LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;
// Syntax the URL parser would read as something other than a host name.
const URL_SYNTAX = /[\s"#%/:<>?@[\\\]^`{|}]/;

/** Checks an ASCII host name against DNS rules: LDH labels of 1-63, at most 253 in all. */
function isLdhHost(ascii: string): boolean {
  if (ascii.length === 0 || ascii.length > MAX_HOST) return false;
  const labels = ascii.split('.');
  if (labels.length < 2) return false;
  if (!labels.every((l) => LDH_LABEL.test(l))) return false;
  // A last label of digits only is an IP-like name, not a domain.
  return !/^[0-9]+$/.test(labels[labels.length - 1] ?? '');
}

/** Converts a host name to ASCII and checks it; null when it is not a usable DNS name. */
function toAsciiHost(host: string): string | null {
  if (host.length === 0 || URL_SYNTAX.test(host)) return null;
  const ascii = hostToAscii(host);
  return ascii !== null && isLdhHost(ascii) ? ascii : null;
}

const LOCAL_ATOM = /^[A-Za-z0-9!#$%&'*+\-/=?^_`{|}~.]+$/;
const LOCAL_QUOTED = /^"(?:[\x20\x21\x23-\x5b\x5d-\x7e]|\\[\x20-\x7e])*"$/;

function checkLocal(local: string): Validated<string> {
  const badLocal = (ja: string, en: string): Validated<string> =>
    fail('email', 'bad_local', ja, en);
  if (local.length === 0) {
    return badLocal(
      '@ の前が空です。例: taro@example.jp',
      'Nothing comes before the @. Example: taro@example.jp',
    );
  }
  if (local.length > MAX_LOCAL) {
    return badLocal(
      '@ の前が長すぎます（64 文字まで）。',
      'The part before the @ is too long (64 characters at most).',
    );
  }
  if (FULL_WIDTH.test(local)) {
    return badLocal(
      '@ の前に全角の文字があります。半角の英数字で入力してください。',
      'The part before the @ has full-width characters. Please use half-width letters and digits.',
    );
  }
  // Dots are not checked for position: Japanese mobile carriers issued addresses like
  // "taro..hanako@" and "taro.@" for years, and people still have to send from them.
  if (LOCAL_ATOM.test(local) || LOCAL_QUOTED.test(local)) return { ok: true, value: local };
  return badLocal(
    '@ の前に使えない文字があります。使えるのは半角の英数字と . _ - + などです。',
    'The part before the @ has a character that cannot be used. Use letters, digits and . _ - + and the like.',
  );
}

function badDomain<T>(): Validated<T> {
  return fail(
    'email',
    'bad_domain',
    '@ の後ろ（ドメイン）が正しくないようです。例: taro@example.jp',
    'The part after the @ (the domain) does not look right. Example: taro@example.jp',
  );
}

/** Parses an e-mail address; IDN domains are accepted and converted to punycode for probing. */
export function parseEmail(input: string): Validated<ParsedEmail> {
  const value = input.trim();
  if (value.length === 0) {
    return fail(
      'email',
      'empty',
      'メールアドレスを入力してください。例: taro@example.jp',
      'Please enter your email address. Example: taro@example.jp',
    );
  }
  const control = controlProblem<ParsedEmail>('email', value, {
    ja: 'メールアドレス',
    en: 'email address',
  });
  if (control) return control;
  const tooLong = fail<ParsedEmail>(
    'email',
    'too_long',
    'メールアドレスが長すぎます（254 文字まで）。',
    'The email address is too long (254 characters at most).',
  );
  if ([...value].length > MAX_ADDRESS) return tooLong;
  const at = value.lastIndexOf('@');
  if (at < 0) {
    return value.includes('＠')
      ? fail(
          'email',
          'no_at',
          '@ が全角になっています。半角の @ で入力してください。',
          'The @ is full-width. Please type a half-width @.',
        )
      : fail(
          'email',
          'no_at',
          'メールアドレスに @ がありません。例: taro@example.jp',
          'The email address has no @. Example: taro@example.jp',
        );
  }
  const local = checkLocal(value.slice(0, at));
  if (!local.ok) return local;
  const domainInput = value.slice(at + 1);
  if (domainInput.length === 0) {
    return fail(
      'email',
      'bad_domain',
      '@ の後ろが空です。例: taro@example.jp',
      'Nothing comes after the @. Example: taro@example.jp',
    );
  }
  const domainAscii = toAsciiHost(domainInput);
  if (domainAscii === null) return badDomain();
  const ascii = `${local.value}@${domainAscii}`;
  if (ascii.length > MAX_ADDRESS) return tooLong;
  const domain = hostToUnicode(domainAscii);
  return {
    ok: true,
    value: { display: `${local.value}@${domain}`, ascii, local: local.value, domain, domainAscii },
  };
}

function badHost<T>(ja: string, en: string): Validated<T> {
  return fail('server', 'bad_host', ja, en);
}

const IPV4 =
  /^(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3}$/;

function parseIpv6(value: string): string | null {
  if (!/^[0-9a-fA-F:.]+$/.test(value) || !value.includes(':')) return null;
  try {
    return new URL(`http://[${value}]/`).hostname.slice(1, -1);
  } catch {
    return null;
  }
}

/** Parses an outgoing server: a host name (IDN ok) or an IPv4/IPv6 literal (IPv6 with or without brackets). */
export function parseServer(input: string): Validated<{ display: string; ascii: string }> {
  const value = input.trim();
  if (value.length === 0) {
    return fail(
      'server',
      'empty',
      '送信サーバー名を入力してください。例: smtp.example.jp',
      'Please enter the outgoing server. Example: smtp.example.jp',
    );
  }
  const control = controlProblem<{ display: string; ascii: string }>('server', value, {
    ja: '送信サーバー名',
    en: 'server name',
  });
  if (control) return control;
  if ([...value].length > MAX_HOST + 2) {
    return fail(
      'server',
      'too_long',
      '送信サーバー名が長すぎます（253 文字まで）。',
      'The server name is too long (253 characters at most).',
    );
  }
  const bracketed = /^\[(.*)\]$/.exec(value);
  const v6 = parseIpv6(bracketed ? (bracketed[1] ?? '') : value);
  if (v6 !== null) return { ok: true, value: { display: v6, ascii: v6 } };
  if (IPV4.test(value)) return { ok: true, value: { display: value, ascii: value } };
  if (/^[0-9.]+$/.test(value)) {
    return badHost(
      'IP アドレスが正しくありません。例: 192.0.2.10',
      'That IP address is not valid. Example: 192.0.2.10',
    );
  }
  if (value.includes('://') || value.includes('/')) {
    return badHost(
      'サーバー名だけを入力してください（「smtp://」や「/」は不要です）。例: smtp.example.jp',
      'Please enter only the server name, without "smtp://" or "/". Example: smtp.example.jp',
    );
  }
  if (/:[0-9]*$/.test(value)) {
    return badHost(
      'ポート番号は「ポート」の欄に入力してください。ここにはサーバー名だけを入力します。',
      'Please put the port number in the Port field; only the server name goes here.',
    );
  }
  // A trailing dot is the fully qualified spelling of the same name.
  const host = value.endsWith('.') ? value.slice(0, -1) : value;
  const ascii = toAsciiHost(host);
  if (ascii === null) {
    return badHost(
      '送信サーバー名が正しくないようです。例: smtp.example.jp',
      'The server name does not look right. Example: smtp.example.jp',
    );
  }
  return { ok: true, value: { display: hostToUnicode(ascii), ascii } };
}

/** Parses a port: a whole number 1-65535 (full-width digits are accepted, as Japanese IMEs type them). */
export function parsePort(input: string | number): Validated<number> {
  const badPort = fail<number>(
    'port',
    'bad_port',
    'ポート番号は 1〜65535 の数字で入力してください。例: 587',
    'The port must be a number from 1 to 65535. Example: 587',
  );
  if (typeof input === 'number') {
    return Number.isInteger(input) && input >= 1 && input <= 65535
      ? { ok: true, value: input }
      : badPort;
  }
  const value = input.trim();
  if (value.length === 0) {
    return fail(
      'port',
      'empty',
      'ポート番号を入力してください。例: 587',
      'Please enter the port number. Example: 587',
    );
  }
  const control = controlProblem<number>('port', value, { ja: 'ポート番号', en: 'port number' });
  if (control) return control;
  const digits = value.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
  if (!/^[0-9]{1,5}$/.test(digits)) return badPort;
  const port = Number(digits);
  return port >= 1 && port <= 65535 ? { ok: true, value: port } : badPort;
}
