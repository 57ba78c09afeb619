/**
 * Validation of what the user types: the address, the outgoing server and the port.
 * Shared by the renderer (messages next to the field) and the engine/IPC (the same rules again),
 * so it is plain TypeScript with no node: imports.
 */
import { hostToAscii, hostToUnicode } from './punycode.js';
import type { ja } from './i18n/ja/index.js';
import { sayBoth } from './i18n/both.js';
import type { LocalizedText } from './verdict.js';

/** The catalogue's words for input problems (the input section of shared/i18n). */
type InputMessageId = keyof typeof ja.input;

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

function fail<T>(field: InputField, code: InputErrorCode, id: InputMessageId): Validated<T> {
  return { ok: false, field, code, message: sayBoth(`input.${id}`) };
}

// C0, DEL, C1, plus invisible format characters that arrive with copy-and-paste and that the URL
// parser would silently drop (zero-width space, soft hyphen, bidi controls, BOM). ZWJ/ZWNJ stay
// allowed: some scripts need them in IDN labels.
const CONTROL =
  /[\u0000-\u001f\u007f-\u009f\u00ad\u200b\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/;

function controlProblem<T>(field: InputField, value: string): Validated<T> | null {
  const m = CONTROL.exec(value);
  if (!m) return null;
  const ch = m[0];
  const kind = ch === '\r' || ch === '\n' ? 'linebreak' : ch === '\t' ? 'tab' : 'invisible';
  return fail(field, 'control_chars', `control_${kind}_${field}`);
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
  const badLocal = (id: InputMessageId): Validated<string> => fail('email', 'bad_local', id);
  if (local.length === 0) {
    return badLocal('local_empty');
  }
  if (local.length > MAX_LOCAL) {
    return badLocal('local_too_long');
  }
  if (FULL_WIDTH.test(local)) {
    return badLocal('local_fullwidth');
  }
  // Dots are not checked for position: Japanese mobile carriers issued addresses like
  // "taro..hanako@" and "taro.@" for years, and people still have to send from them.
  if (LOCAL_ATOM.test(local) || LOCAL_QUOTED.test(local)) return { ok: true, value: local };
  return badLocal('local_bad_char');
}

function badDomain<T>(): Validated<T> {
  return fail('email', 'bad_domain', 'domain_bad');
}

/** Parses an e-mail address; IDN domains are accepted and converted to punycode for probing. */
export function parseEmail(input: string): Validated<ParsedEmail> {
  const value = input.trim();
  if (value.length === 0) {
    return fail('email', 'empty', 'email_empty');
  }
  const control = controlProblem<ParsedEmail>('email', value);
  if (control) return control;
  const tooLong = fail<ParsedEmail>('email', 'too_long', 'email_too_long');
  if ([...value].length > MAX_ADDRESS) return tooLong;
  const at = value.lastIndexOf('@');
  if (at < 0) {
    return value.includes('＠')
      ? fail('email', 'no_at', 'email_fullwidth_at')
      : fail('email', 'no_at', 'email_no_at');
  }
  const local = checkLocal(value.slice(0, at));
  if (!local.ok) return local;
  const domainInput = value.slice(at + 1);
  if (domainInput.length === 0) {
    return fail('email', 'bad_domain', 'domain_empty');
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

function badHost<T>(id: InputMessageId): Validated<T> {
  return fail('server', 'bad_host', id);
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

/** True for an IPv4 or IPv6 literal (IPv6 with or without brackets), false for a host name. */
export function isIpLiteral(value: string): boolean {
  const v = value.trim();
  const bracketed = /^\[(.*)\]$/.exec(v);
  return IPV4.test(v) || parseIpv6(bracketed ? (bracketed[1] ?? '') : v) !== null;
}

/** Parses an outgoing server: a host name (IDN ok) or an IPv4/IPv6 literal (IPv6 with or without brackets). */
export function parseServer(input: string): Validated<{ display: string; ascii: string }> {
  const value = input.trim();
  if (value.length === 0) {
    return fail('server', 'empty', 'server_empty');
  }
  const control = controlProblem<{ display: string; ascii: string }>('server', value);
  if (control) return control;
  if ([...value].length > MAX_HOST + 2) {
    return fail('server', 'too_long', 'server_too_long');
  }
  const bracketed = /^\[(.*)\]$/.exec(value);
  const v6 = parseIpv6(bracketed ? (bracketed[1] ?? '') : value);
  if (v6 !== null) return { ok: true, value: { display: v6, ascii: v6 } };
  if (IPV4.test(value)) return { ok: true, value: { display: value, ascii: value } };
  if (/^[0-9.]+$/.test(value)) {
    return badHost('server_bad_ip');
  }
  if (value.includes('://') || value.includes('/')) {
    return badHost('server_url');
  }
  if (/:[0-9]*$/.test(value)) {
    return badHost('server_with_port');
  }
  // A trailing dot is the fully qualified spelling of the same name.
  const host = value.endsWith('.') ? value.slice(0, -1) : value;
  const ascii = toAsciiHost(host);
  if (ascii === null) {
    return badHost('server_bad');
  }
  return { ok: true, value: { display: hostToUnicode(ascii), ascii } };
}

/** Parses a port: a whole number 1-65535 (full-width digits are accepted, as Japanese IMEs type them). */
export function parsePort(input: string | number): Validated<number> {
  const badPort = fail<number>('port', 'bad_port', 'port_bad');
  if (typeof input === 'number') {
    return Number.isInteger(input) && input >= 1 && input <= 65535
      ? { ok: true, value: input }
      : badPort;
  }
  const value = input.trim();
  if (value.length === 0) {
    return fail('port', 'empty', 'port_empty');
  }
  const control = controlProblem<number>('port', value);
  if (control) return control;
  const digits = value.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
  if (!/^[0-9]{1,5}$/.test(digits)) return badPort;
  const port = Number(digits);
  return port >= 1 && port <= 65535 ? { ok: true, value: port } : badPort;
}
