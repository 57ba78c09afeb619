/**
 * Apple Mail on current macOS: the accounts live in the system's account store,
 * ~/Library/Accounts/Accounts4.sqlite (a Core Data SQLite database, usually in WAL mode). Tables and
 * columns as published by forensic tools that read it (plaso's macos_accounts parser, mac_apt, and
 * Accounts4Fixer, which edits it):
 *   ZACCOUNTTYPE(Z_PK, ZIDENTIFIER)  com.apple.account.IMAP / .POP / .SMTP …
 *   ZACCOUNT(Z_PK, ZACCOUNTTYPE, ZIDENTIFIER (a UUID), ZACCOUNTDESCRIPTION, ZUSERNAME,
 *            ZPARENTACCOUNT (a provider account such as Google, which may hold the user name))
 *   ZACCOUNTPROPERTY(ZOWNER → ZACCOUNT.Z_PK, ZKEY, ZVALUE = an NSKeyedArchiver archive)
 * A mail account (IMAP or POP) names its outgoing server in the property SendingAccountIdentifier:
 * the ZIDENTIFIER of an account of type SMTP, whose properties hold Hostname, PortNumber (a number,
 * or a number written as text; absent when the default), SSLEnabled (absent when off), SSLIsDirect
 * (TLS from the first byte rather than STARTTLS) and ShouldUseAuthentication. Several of these are
 * known from iOS's shared code rather than from macOS itself, so what is inferred is marked unsure.
 *
 * The file is read into memory (with its -wal log folded in) and queried there: SendCheck never
 * opens, locks or writes the database that accountsd owns.
 */
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Database, SqlValue } from 'sql.js';
import type { SourcedAccount, UnsureField } from '../../shared/accounts.js';
import type { AccountsEnv } from './env.js';
import { unarchive, type ArchivedValue } from './keyed-archive.js';
import { permissionError } from './not-permitted.js';
import { openDatabaseImage } from './sqlite-wasm.js';
import { applyWal } from './sqlite-wal.js';

/** The largest account database (or log) read at all: real ones are well under a megabyte. */
export const ACCOUNTS4_MAX_BYTES = 64 * 1024 * 1024;
const MAX_ROWS = 20_000;

const MAIL_TYPES = ['com.apple.account.IMAP', 'com.apple.account.POP'];
const SMTP_TYPE = 'com.apple.account.SMTP';

/** Where the account store lies in a home folder. */
export function accounts4Path(home: string): string {
  return join(home, 'Library', 'Accounts', 'Accounts4.sqlite');
}

interface Row {
  pk: number;
  type: string;
  identifier: string;
  description: string;
  username: string;
  props: Map<string, ArchivedValue>;
}

const str = (v: SqlValue | undefined): string => (typeof v === 'string' ? v : '');
const text = (v: ArchivedValue | undefined): string =>
  typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '';
const flag = (v: ArchivedValue | undefined): boolean | undefined =>
  v === undefined || v === null
    ? undefined
    : v === true || v === 1 || v === 'YES' || v === 'yes' || v === '1' || v === 'true';
const isAddress = (s: string): boolean => /^[^\s@]+@[^\s@]+$/.test(s);

function query(db: Database, sql: string): SqlValue[][] {
  const [result] = db.exec(sql);
  const rows = result?.values ?? [];
  if (rows.length > MAX_ROWS) throw new Error('Accounts4.sqlite: too many rows');
  return rows;
}

/** The accounts of the types SendCheck reads, with their decoded properties. */
function loadRows(db: Database): Row[] {
  const types = [...MAIL_TYPES, SMTP_TYPE].map((t) => `'${t}'`).join(',');
  const accounts = query(
    db,
    `SELECT a.Z_PK, t.ZIDENTIFIER, a.ZIDENTIFIER, a.ZACCOUNTDESCRIPTION, a.ZUSERNAME,
            p.ZACCOUNTDESCRIPTION, p.ZUSERNAME
       FROM ZACCOUNT a JOIN ZACCOUNTTYPE t ON a.ZACCOUNTTYPE = t.Z_PK
       LEFT JOIN ZACCOUNT p ON p.Z_PK = a.ZPARENTACCOUNT
      WHERE t.ZIDENTIFIER IN (${types}) ORDER BY a.Z_PK`,
  );
  const rows = new Map<number, Row>();
  for (const [pk, type, id, desc, user, parentDesc, parentUser] of accounts) {
    if (typeof pk !== 'number') continue;
    rows.set(pk, {
      pk,
      type: str(type),
      identifier: str(id),
      // A provider's child account may leave these to its parent (msgvault reads them so).
      description: str(desc) || str(parentDesc),
      username: str(user) || str(parentUser),
      props: new Map(),
    });
  }
  for (const [owner, key, value] of query(
    db,
    'SELECT ZOWNER, ZKEY, ZVALUE FROM ZACCOUNTPROPERTY',
  )) {
    const row = typeof owner === 'number' ? rows.get(owner) : undefined;
    if (!row || typeof key !== 'string' || !(value instanceof Uint8Array)) continue;
    try {
      row.props.set(key, unarchive(value));
    } catch {
      // One value that cannot be read costs that value, not the account.
    }
  }
  return [...rows.values()];
}

/** The mail account's addresses: its aliases (the default first), else the identity address. */
function addresses(mail: Row | undefined): string[] {
  if (!mail) return [];
  const out: string[] = [];
  const aliases = mail.props.get('EmailAliases');
  for (const alias of Array.isArray(aliases) ? aliases : []) {
    const list =
      alias && typeof alias === 'object' && !Array.isArray(alias) ? alias.EmailAddresses : null;
    for (const entry of Array.isArray(list) ? list : []) {
      if (!entry || typeof entry !== 'object' || Array.isArray(entry)) continue;
      const address = text(entry.EmailAddress);
      if (!isAddress(address) || out.includes(address)) continue;
      if (entry.IsDefault === true) out.unshift(address);
      else out.push(address);
    }
  }
  const identity = text(mail.props.get('IdentityEmailAddress'));
  if (out.length === 0 && isAddress(identity)) out.push(identity);
  if (out.length === 0 && isAddress(mail.username)) out.push(mail.username);
  return out;
}

function displayName(mail: Row | undefined): string | null {
  const full = text(mail?.props.get('ACPropertyFullName'));
  if (full) return full;
  const aliases = mail?.props.get('EmailAliases');
  const first = Array.isArray(aliases) ? aliases[0] : undefined;
  const name =
    first && typeof first === 'object' && !Array.isArray(first) ? text(first.DisplayName) : '';
  return name || null;
}

/** One outgoing server as SendCheck shows it, with the mail account that sends through it. */
function toAccount(smtp: Row, mail: Row | undefined, database: string): SourcedAccount | null {
  const host = text(smtp.props.get('Hostname')).trim();
  if (!host) return null;
  const unsure: UnsureField[] = [];
  const ssl = flag(smtp.props.get('SSLEnabled')) ?? false;
  const written = Number(text(smtp.props.get('PortNumber')));
  let port = Number.isInteger(written) && written > 0 && written < 65536 ? written : 0;
  if (port === 0) {
    // Mail leaves the port out when it is the default: 465 with TLS, else 25.
    port = ssl ? 465 : 25;
    unsure.push('port');
  }
  const direct = flag(smtp.props.get('SSLIsDirect'));
  if (ssl && direct === undefined) unsure.push('security');
  const security = !ssl ? 'none' : (direct ?? port === 465) ? 'tls' : 'starttls';
  const explicitAuth = flag(smtp.props.get('ShouldUseAuthentication'));
  if (explicitAuth === undefined) unsure.push('auth');
  const emails = addresses(mail);
  const name = mail?.description || emails[0] || smtp.description || host;
  return {
    id: `apple_mail:${mail ? mail.identifier : smtp.identifier}`,
    program: 'apple_mail',
    account: name,
    displayName: displayName(mail),
    email: emails[0] ?? '',
    otherEmails: emails.slice(1),
    host,
    port,
    security,
    auth: explicitAuth ?? smtp.username !== '',
    username: smtp.username,
    unsure,
    fixable: false,
    where: `Mail / ${name} / ${host}`,
    source: { kind: 'apple_mail', file: database, store: 'accounts4' },
  };
}

/** The outgoing servers of an account database image, each with the mail accounts that use it. */
export async function accounts4Accounts(
  image: Uint8Array,
  database: string,
): Promise<SourcedAccount[]> {
  const db = await openDatabaseImage(image);
  let rows: Row[];
  try {
    rows = loadRows(db);
  } finally {
    db.close();
  }
  const smtpById = new Map(rows.filter((r) => r.type === SMTP_TYPE).map((r) => [r.identifier, r]));
  const used = new Set<string>();
  const out: SourcedAccount[] = [];
  for (const mail of rows.filter((r) => MAIL_TYPES.includes(r.type))) {
    const smtp = smtpById.get(text(mail.props.get('SendingAccountIdentifier')));
    if (!smtp) continue;
    used.add(smtp.identifier);
    const account = toAccount(smtp, mail, database);
    if (account) out.push(account);
  }
  // A server no mail account names is listed too, without an address (as the old plist reader did).
  for (const smtp of smtpById.values()) {
    if (used.has(smtp.identifier)) continue;
    const account = toAccount(smtp, undefined, database);
    if (account) out.push(account);
  }
  return out;
}

async function readCapped(path: string): Promise<Buffer | null> {
  try {
    if ((await stat(path)).size > ACCOUNTS4_MAX_BYTES)
      throw new Error(`${path} is too large to read`);
    return await readFile(path);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    return permissionError(err, path);
  }
}

/**
 * The database image with its log folded in. The log is read before and after the main file and
 * must not have changed meanwhile: accountsd may checkpoint and restart the log at any moment, and
 * a log of another generation over this image would be a database that never existed.
 */
export async function consistentImage(
  path: string,
  read: (path: string) => Promise<Buffer | null> = readCapped,
): Promise<Uint8Array | null> {
  for (let attempt = 0; ; attempt++) {
    const before = await read(`${path}-wal`);
    const image = await read(path);
    if (!image) return null;
    const after = await read(`${path}-wal`);
    const same = before === null ? after === null : after !== null && before.equals(after);
    if (same) return after ? applyWal(image, after) : image;
    if (attempt === 2) throw new Error(`${path} kept changing while it was read`);
  }
}

/**
 * Apple Mail's accounts from ~/Library/Accounts/Accounts4.sqlite: null when there is no such file;
 * NotPermittedError when macOS refuses to let this process read it (no Full Disk Access).
 */
export async function readAccounts4(env: AccountsEnv): Promise<SourcedAccount[] | null> {
  const path = accounts4Path(env.home);
  const image = await consistentImage(path);
  return image ? accounts4Accounts(image, path) : null;
}
