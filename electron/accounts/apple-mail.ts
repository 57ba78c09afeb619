/**
 * Apple Mail (macOS). Since macOS 10.14 ~/Library/Mail is protected: without Full Disk Access
 * macOS refuses the read (EPERM), and SendCheck says "not permitted" so the UI can point to the
 * manual fields. Newer Mail versions keep accounts in ~/Library/Accounts/Accounts4.sqlite, which is
 * not read here. Older ones (V2 and similar) keep an XML ~/Library/Mail/V<n>/MailData/Accounts.plist:
 * DeliveryAccounts (outgoing servers: Hostname, PortNumber, SSLEnabled, ShouldUseAuthentication,
 * Username) and MailAccounts (AccountName, EmailAddresses, FullUserName, SMTPIdentifier =
 * "host:username"). These key names come from such files as users have published them, not from
 * Apple documentation; SSLEnabled does not say STARTTLS or TLS, so that is inferred from the port
 * (465 TLS, else STARTTLS) and marked unsure.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { SourcedAccount } from '../../shared/accounts.js';
import type { AccountsEnv } from './env.js';
import { parsePlist, type PlistValue } from './plist.js';

/** macOS refused to let this process read Mail's folder. */
export class NotPermittedError extends Error {
  constructor(readonly path: string) {
    super(`macOS did not allow reading ${path}`);
    this.name = 'NotPermittedError';
  }
}

type Dict = { [key: string]: PlistValue };
const isDict = (v: PlistValue | undefined): v is Dict =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const dicts = (v: PlistValue | undefined): Dict[] => (Array.isArray(v) ? v.filter(isDict) : []);
const text = (v: PlistValue | undefined): string =>
  typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '';
const yes = (v: PlistValue | undefined): boolean => v === true || v === 'YES' || v === 'yes';

function permissionError(err: unknown, path: string): never {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === 'EPERM' || code === 'EACCES') throw new NotPermittedError(path);
  throw err;
}

/** The outgoing servers of an Accounts.plist, each with the mail account that uses it. */
export function appleMailAccounts(plist: PlistValue, plistPath: string): SourcedAccount[] {
  if (!isDict(plist)) return [];
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
      source: { kind: 'apple_mail', plist: plistPath },
    });
  }
  return out;
}

/** Apple Mail's accounts from the newest readable Accounts.plist; null when there is none. */
export async function readAppleMail(env: AccountsEnv): Promise<SourcedAccount[] | null> {
  if (env.platform !== 'darwin') return null;
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
