/**
 * Validators for every IPC request: each parses a payload from `unknown` (whatever a renderer sent)
 * into the channel's request type, or says in plain English what is wrong with it. Pure code with no
 * node: imports, so the renderer may run the same checks before it sends.
 */
import { MAIL_PROGRAMS, type MailProgram } from './diagnosis.js';
import {
  MAIL_PORTS,
  MAX_ACCEPTED_SUGGESTIONS,
  MAX_PASSWORD_LENGTH,
  type IpcChannel,
  type IpcRequest,
} from './ipc-contract.js';
import { isLang } from './language.js';
import { checkReport } from './report-file-schema.js';
import { isIpLiteral, parseEmail, parsePort, parseServer } from './validate.js';

/** A parsed request, or why it was refused (English, for logs and the helpdesk; never echoes a secret). */
export type ParseResult<T> = { ok: true; value: T } | { ok: false; message: string };

/** Parses one channel's raw payload. */
export type IpcValidator<C extends IpcChannel> = (raw: unknown) => ParseResult<IpcRequest<C>>;

// Generous bounds checked before the real parsers run, so a huge string costs nothing.
const MAX_EMAIL_INPUT = 512;
const MAX_SERVER_INPUT = 512;

// RFC 9562 layout; crypto.randomUUID() gives version 4, but any version is a fine identifier.
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
// C0, DEL and C1: nothing a person types into a password field.
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

type Fields = Record<string, unknown>;

function bad<T>(message: string): ParseResult<T> {
  return { ok: false, message };
}

/** A plain object with only the allowed keys; arrays, class instances and extra keys are refused. */
function plainObject(raw: unknown, allowed: readonly string[]): ParseResult<Fields> {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return bad('request must be an object');
  }
  const proto: unknown = Object.getPrototypeOf(raw);
  if (proto !== Object.prototype && proto !== null) return bad('request must be a plain object');
  const extra = Object.keys(raw).filter((k) => !allowed.includes(k));
  if (extra.length > 0) {
    // Key names are the caller's own text: cap them so an error cannot grow without bound.
    const shown = extra.slice(0, 3).map((k) => JSON.stringify(k.slice(0, 40)));
    return bad(`unexpected field(s): ${shown.join(', ')}`);
  }
  return { ok: true, value: raw as Fields };
}

function parseRunId(value: unknown): ParseResult<string> {
  if (typeof value !== 'string' || !UUID.test(value)) return bad('runId must be a UUID string');
  return { ok: true, value: value.toLowerCase() };
}

function parseEmailField(value: unknown): ParseResult<string> {
  if (typeof value !== 'string') return bad('email must be a string');
  if (value.length > MAX_EMAIL_INPUT) return bad('email is too long');
  const parsed = parseEmail(value);
  if (!parsed.ok) return bad(`email: ${parsed.message.en}`);
  return { ok: true, value: value.trim() };
}

/** Absent, or blank (an empty optional field), reads as "not given". */
function parseServerField(value: unknown): ParseResult<string | undefined> {
  if (value === undefined) return { ok: true, value: undefined };
  if (typeof value !== 'string') return bad('server must be a string');
  if (value.length > MAX_SERVER_INPUT) return bad('server is too long');
  if (value.trim() === '') return { ok: true, value: undefined };
  const parsed = parseServer(value);
  if (!parsed.ok) return bad(`server: ${parsed.message.en}`);
  return { ok: true, value: value.trim() };
}

/** The renderer may only ask for mail ports, never an arbitrary socket. */
function parsePortField(value: unknown): ParseResult<number | undefined> {
  if (value === undefined) return { ok: true, value: undefined };
  if (typeof value !== 'number') return bad('port must be a number');
  const parsed = parsePort(value);
  if (!parsed.ok) return bad(`port: ${parsed.message.en}`);
  if (!(MAIL_PORTS as readonly number[]).includes(parsed.value)) {
    return bad(`port must be one of the mail ports ${MAIL_PORTS.join(', ')}`);
  }
  return { ok: true, value: parsed.value };
}

/**
 * Hosts the user confirmed: host names only (a suggestion never is an IP literal: the engine drops
 * those), as ASCII, without duplicates, at most MAX_ACCEPTED_SUGGESTIONS. Absent or empty: none.
 */
export function parseAcceptSuggested(value: unknown): ParseResult<string[] | undefined> {
  if (value === undefined) return { ok: true, value: undefined };
  if (!Array.isArray(value)) return bad('acceptSuggested must be an array of host names');
  if (value.length > MAX_ACCEPTED_SUGGESTIONS)
    return bad(`acceptSuggested may hold at most ${MAX_ACCEPTED_SUGGESTIONS} host names`);
  const hosts: string[] = [];
  for (const item of value as unknown[]) {
    if (typeof item !== 'string') return bad('acceptSuggested must hold strings');
    if (item.length > MAX_SERVER_INPUT) return bad('acceptSuggested: a host name is too long');
    const parsed = parseServer(item);
    if (!parsed.ok) return bad(`acceptSuggested: ${parsed.message.en}`);
    const ascii = parsed.value.ascii.toLowerCase();
    if (isIpLiteral(ascii)) return bad('acceptSuggested must hold host names, not IP addresses');
    if (!hosts.includes(ascii)) hosts.push(ascii);
  }
  return { ok: true, value: hosts.length > 0 ? hosts : undefined };
}

function parseMailProgram(value: unknown): ParseResult<MailProgram | undefined> {
  if (value === undefined) return { ok: true, value: undefined };
  const known = MAIL_PROGRAMS as readonly unknown[];
  if (typeof value !== 'string' || !known.includes(value)) {
    return bad(`mailProgram must be one of ${MAIL_PROGRAMS.join(', ')}`);
  }
  return { ok: true, value: value as MailProgram };
}

/** Never puts the password, or any part of it, into the message. */
function parsePassword(value: unknown): ParseResult<string> {
  if (typeof value !== 'string') return bad('password must be a string');
  if (value.length === 0) return bad('password must not be empty');
  if (value.length > MAX_PASSWORD_LENGTH) {
    return bad(`password must be at most ${MAX_PASSWORD_LENGTH} characters`);
  }
  if (CONTROL.test(value)) return bad('password must not contain control characters');
  return { ok: true, value };
}

/** diagnosis:start — address, optional server/port/mail program. */
export function parseStartRequest(raw: unknown): ParseResult<IpcRequest<'diagnosis:start'>> {
  const obj = plainObject(raw, [
    'runId',
    'email',
    'server',
    'port',
    'mailProgram',
    'acceptSuggested',
  ]);
  if (!obj.ok) return obj;
  const f = obj.value;
  const runId = parseRunId(f['runId']);
  if (!runId.ok) return runId;
  const email = parseEmailField(f['email']);
  if (!email.ok) return email;
  const server = parseServerField(f['server']);
  if (!server.ok) return server;
  const port = parsePortField(f['port']);
  if (!port.ok) return port;
  const mailProgram = parseMailProgram(f['mailProgram']);
  if (!mailProgram.ok) return mailProgram;
  const accepted = parseAcceptSuggested(f['acceptSuggested']);
  if (!accepted.ok) return accepted;
  const value: IpcRequest<'diagnosis:start'> = { runId: runId.value, email: email.value };
  if (server.value !== undefined) value.server = server.value;
  if (port.value !== undefined) value.port = port.value;
  if (mailProgram.value !== undefined) value.mailProgram = mailProgram.value;
  if (accepted.value !== undefined) value.acceptSuggested = accepted.value;
  return { ok: true, value };
}

/** diagnosis:cancel — the runId only. */
export function parseCancelRequest(raw: unknown): ParseResult<IpcRequest<'diagnosis:cancel'>> {
  const obj = plainObject(raw, ['runId']);
  if (!obj.ok) return obj;
  const runId = parseRunId(obj.value['runId']);
  if (!runId.ok) return runId;
  return { ok: true, value: { runId: runId.value } };
}

/** diagnosis:login-test — the runId of a finished diagnosis and the password for this one call. */
export function parseLoginTestRequest(
  raw: unknown,
): ParseResult<IpcRequest<'diagnosis:login-test'>> {
  const obj = plainObject(raw, ['runId', 'password']);
  if (!obj.ok) return obj;
  const runId = parseRunId(obj.value['runId']);
  if (!runId.ok) return runId;
  const password = parsePassword(obj.value['password']);
  if (!password.ok) return password;
  return { ok: true, value: { runId: runId.value, password: password.value } };
}

/** An empty request object (or nothing at all). */
function parseEmpty(raw: unknown): ParseResult<Record<string, never>> {
  if (raw === undefined) return { ok: true, value: {} };
  const obj = plainObject(raw, []);
  if (!obj.ok) return obj;
  return { ok: true, value: {} };
}

/** app:info — an empty object (or nothing at all). */
export function parseAppInfoRequest(raw: unknown): ParseResult<IpcRequest<'app:info'>> {
  return parseEmpty(raw);
}

/** settings:language — nothing (a question), or the chosen language, 'ja' or 'en'. */
export function parseLanguageRequest(raw: unknown): ParseResult<IpcRequest<'settings:language'>> {
  const obj = plainObject(raw, ['lang']);
  if (!obj.ok) return obj;
  const lang = obj.value['lang'];
  if (lang === undefined) return { ok: true, value: {} };
  if (!isLang(lang)) return bad('lang must be "ja" or "en"');
  return { ok: true, value: { lang } };
}

// ---- accounts, check again, reports, support staff ----

// Account ids look like "thunderbird:abcd1234.default-release:smtp1" (profile names may be Japanese).
const MAX_ACCOUNT_ID = 512;
const MAX_CODE_INPUT = 200;

function parseAccountId(value: unknown): ParseResult<string> {
  if (typeof value !== 'string' || value.length === 0) return bad('accountId must be a string');
  if (value.length > MAX_ACCOUNT_ID) return bad('accountId is too long');
  if (CONTROL.test(value)) return bad('accountId must not contain control characters');
  return { ok: true, value };
}

/** A report as the renderer holds it, checked field by field like a report file's data. */
function parseReportField(value: unknown): ParseResult<IpcRequest<'code:encode'>['report']> {
  try {
    const checked = checkReport(value);
    return checked.ok ? checked : bad(`${checked.path} ${checked.reason}`);
  } catch {
    return bad('report is not a diagnosis report');
  }
}

/** accounts:list — nothing. */
export const parseListAccountsRequest: IpcValidator<'accounts:list'> = parseEmpty;

/** accounts:fix — a listed account and the run whose recommended settings to write. */
export function parseFixRequest(raw: unknown): ParseResult<IpcRequest<'accounts:fix'>> {
  const obj = plainObject(raw, ['accountId', 'runId']);
  if (!obj.ok) return obj;
  const accountId = parseAccountId(obj.value['accountId']);
  if (!accountId.ok) return accountId;
  const runId = parseRunId(obj.value['runId']);
  if (!runId.ok) return runId;
  return { ok: true, value: { accountId: accountId.value, runId: runId.value } };
}

/** accounts:undo — the account whose profile gets its backup back. */
export function parseUndoRequest(raw: unknown): ParseResult<IpcRequest<'accounts:undo'>> {
  const obj = plainObject(raw, ['accountId']);
  if (!obj.ok) return obj;
  const accountId = parseAccountId(obj.value['accountId']);
  if (!accountId.ok) return accountId;
  return { ok: true, value: { accountId: accountId.value } };
}

/** diagnosis:check — the address, an account or the typed server and port, an optional password. */
export function parseCheckRequest(raw: unknown): ParseResult<IpcRequest<'diagnosis:check'>> {
  const obj = plainObject(raw, ['runId', 'email', 'accountId', 'server', 'port', 'password']);
  if (!obj.ok) return obj;
  const f = obj.value;
  const runId = parseRunId(f['runId']);
  if (!runId.ok) return runId;
  const email = parseEmailField(f['email']);
  if (!email.ok) return email;
  const value: IpcRequest<'diagnosis:check'> = { runId: runId.value, email: email.value };
  if (f['accountId'] !== undefined) {
    const accountId = parseAccountId(f['accountId']);
    if (!accountId.ok) return accountId;
    value.accountId = accountId.value;
  }
  const server = parseServerField(f['server']);
  if (!server.ok) return server;
  const port = parsePortField(f['port']);
  if (!port.ok) return port;
  if (value.accountId === undefined && (server.value === undefined || port.value === undefined))
    return bad('server and port are needed when no accountId is given');
  if (server.value !== undefined) value.server = server.value;
  if (port.value !== undefined) value.port = port.value;
  if (f['password'] !== undefined) {
    const password = parsePassword(f['password']);
    if (!password.ok) return password;
    value.password = password.value;
  }
  return { ok: true, value };
}

/** report:save — the report on screen, the language of the readable page, and whether to include the log. */
export function parseSaveReportRequest(raw: unknown): ParseResult<IpcRequest<'report:save'>> {
  const obj = plainObject(raw, ['report', 'lang', 'includeLog']);
  if (!obj.ok) return obj;
  const lang = obj.value['lang'];
  if (!isLang(lang)) return bad('lang must be "ja" or "en"');
  const includeLog = obj.value['includeLog'];
  if (includeLog !== undefined && typeof includeLog !== 'boolean')
    return bad('includeLog must be true or false');
  const report = parseReportField(obj.value['report']);
  if (!report.ok) return report;
  return {
    ok: true,
    value: { report: report.value, lang, ...(includeLog !== undefined ? { includeLog } : {}) },
  };
}

/** report:open — nothing (the file is chosen in the main process's dialog). */
export const parseOpenReportRequest: IpcValidator<'report:open'> = parseEmpty;

/** code:encode — a report. */
export function parseEncodeRequest(raw: unknown): ParseResult<IpcRequest<'code:encode'>> {
  const obj = plainObject(raw, ['report']);
  if (!obj.ok) return obj;
  const report = parseReportField(obj.value['report']);
  if (!report.ok) return report;
  return { ok: true, value: { report: report.value } };
}

/** code:decode — a typed code of bounded length (its content is judged by the decoder). */
export function parseDecodeRequest(raw: unknown): ParseResult<IpcRequest<'code:decode'>> {
  const obj = plainObject(raw, ['code']);
  if (!obj.ok) return obj;
  const code = obj.value['code'];
  if (typeof code !== 'string') return bad('code must be a string');
  if (code.length > MAX_CODE_INPUT) return bad('code is too long');
  return { ok: true, value: { code } };
}

/** provider:lookup — an address. */
export function parseLookupRequest(raw: unknown): ParseResult<IpcRequest<'provider:lookup'>> {
  const obj = plainObject(raw, ['email']);
  if (!obj.ok) return obj;
  const email = parseEmailField(obj.value['email']);
  if (!email.ok) return email;
  return { ok: true, value: { email: email.value } };
}

/** Every channel's validator; the mapped type makes a missing channel a compile error. */
export const ipcValidators: { readonly [C in IpcChannel]: IpcValidator<C> } = {
  'diagnosis:start': parseStartRequest,
  'diagnosis:cancel': parseCancelRequest,
  'diagnosis:login-test': parseLoginTestRequest,
  'app:info': parseAppInfoRequest,
  'settings:language': parseLanguageRequest,
  'accounts:list': parseListAccountsRequest,
  'accounts:fix': parseFixRequest,
  'accounts:undo': parseUndoRequest,
  'diagnosis:check': parseCheckRequest,
  'report:save': parseSaveReportRequest,
  'report:open': parseOpenReportRequest,
  'code:encode': parseEncodeRequest,
  'code:decode': parseDecodeRequest,
  'provider:lookup': parseLookupRequest,
};
