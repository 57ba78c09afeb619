/**
 * Apple Mail (macOS). Current Mail keeps its accounts in the system's account store,
 * ~/Library/Accounts/Accounts4.sqlite (apple-accounts4.ts), which is read first. Old Mail kept them
 * in ~/Library/Mail/V<n>/MailData/Accounts.plist, XML or binary (bplist00): DeliveryAccounts
 * (outgoing servers: Hostname, PortNumber, SSLEnabled, ShouldUseAuthentication, Username) and
 * MailAccounts (AccountName, EmailAddresses, FullUserName, SMTPIdentifier = "host:username").
 * These key names come from such files as users have published them and from Apple's own legacy
 * reader, not from Apple documentation; SSLEnabled does not say STARTTLS or TLS, so that is
 * inferred from the port (465 TLS, else STARTTLS) and marked unsure. That file is read only when
 * the account store holds no mail account: on a current Mac it is at most a leftover.
 *
 * Without Full Disk Access macOS refuses the read (EPERM), and SendCheck says "not permitted" so
 * the screen can say how to allow it, or point to the manual fields.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { SourcedAccount } from '../../shared/accounts.js';
import { readAccounts4 } from './apple-accounts4.js';
import type { AccountsEnv } from './env.js';
import { NotPermittedError, permissionError } from './not-permitted.js';
import { parsePlist } from './plist.js';
import { isPlistDict, type PlistDict, type PlistValue } from './plist-value.js';

export { NotPermittedError } from './not-permitted.js';

const dicts = (v: PlistValue | undefined): PlistDict[] =>
  Array.isArray(v) ? v.filter(isPlistDict) : [];
const text = (v: PlistValue | undefined): string =>
  typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '';
const yes = (v: PlistValue | undefined): boolean => v === true || v === 'YES' || v === 'yes';

/** The outgoing servers of an Accounts.plist, each with the mail account that uses it. */
export function appleMailAccounts(plist: PlistValue, plistPath: string): SourcedAccount[] {
  if (!isPlistDict(plist)) return [];
  const mailAccounts = dicts(plist.MailAccounts);
  const out: SourcedAccount[] = [];
  for (const d of dicts(plist.DeliveryAccounts)) {
    const host = text(d.Hostname);
    if (!host) continue;
    const username = text(d.Username);
    const identifier = username ? `${host}:${username}` : host;
    const user = mailAccounts.find((m) => text(m.SMTPIdentifier) === identifier);
    const emails = user && Array.isArray(user.EmailAddresses) ? user.EmailAddresses.map(text) : [];
    const port = Number(text(d.PortNumber) || '0');
    const ssl = yes(d.SSLEnabled);
    const resolvedPort = port > 0 && port < 65536 ? port : ssl ? 465 : 25;
    out.push({
      id: `apple_mail:${identifier}`,
      program: 'apple_mail',
      account: (user && text(user.AccountName)) || emails[0] || host,
      displayName: (user && text(user.FullUserName)) || null,
      email: emails[0] ?? '',
      otherEmails: emails.slice(1),
      host,
      port: resolvedPort,
      security: !ssl ? 'none' : resolvedPort === 465 ? 'tls' : 'starttls',
      // Without the key Mail authenticates when a user name is set.
      auth:
        d.ShouldUseAuthentication === undefined ? username !== '' : yes(d.ShouldUseAuthentication),
      username,
      unsure: ssl ? ['security'] : [],
      fixable: false,
      where: `Mail / ${identifier}`,
      source: { kind: 'apple_mail', file: plistPath, store: 'accounts_plist' },
    });
  }
  return out;
}

/** Apple Mail's accounts from the newest readable Accounts.plist; null when there is none. */
async function readAccountsPlist(env: AccountsEnv): Promise<SourcedAccount[] | null> {
  const mailDir = join(env.home, 'Library', 'Mail');
  let versions: string[];
  try {
    versions = (await readdir(mailDir)).filter((n) => /^V\d+$/.test(n));
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    permissionError(err, mailDir);
  }
  versions.sort((a, b) => Number(b.slice(1)) - Number(a.slice(1)));
  for (const v of versions) {
    const path = join(mailDir, v, 'MailData', 'Accounts.plist');
    let bytes: Buffer;
    try {
      bytes = await readFile(path);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') continue;
      permissionError(err, path);
    }
    return appleMailAccounts(parsePlist(bytes), path);
  }
  return null;
}

/**
 * Apple Mail's accounts: from the account store, else from an old Accounts.plist; null when there
 * is neither. When macOS refuses one of the two and the other holds no account, the refusal is
 * what the user needs to hear (NotPermittedError), since the accounts are probably behind it.
 */
export async function readAppleMail(env: AccountsEnv): Promise<SourcedAccount[] | null> {
  if (env.platform !== 'darwin') return null;
  const failures: unknown[] = [];
  let found: SourcedAccount[] | null = null;
  for (const read of [readAccounts4, readAccountsPlist]) {
    try {
      const accounts = await read(env);
      if (accounts && accounts.length > 0) return accounts;
      found ??= accounts;
    } catch (err) {
      failures.push(err);
    }
  }
  const refused = failures.find((e) => e instanceof NotPermittedError);
  if (refused) throw refused;
  if (failures.length > 0) throw failures[0];
  return found;
}
