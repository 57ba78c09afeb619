/**
 * Becky! Internet Mail (Windows): each mailbox is a folder (e.g. "4b7c9e2a.mb") in the data folder,
 * with its settings in Mailbox.ini, section [Account], in the Windows ANSI code page.
 *
 * "Fix it for me" writes some of these keys (becky-fix.ts, becky-ini.ts).
 *
 * Keys confirmed by Thunderbird's Becky! importer (mailnews/import/becky/src/nsBeckySettings.cpp):
 * Name, YourName, MailAddress, UserID, SMTPServer, SMTPPort (default 25), SSLSMTP ("1": SMTP over
 * SSL), SMTPAUTH ("1": SMTP authentication on). Becky!'s STARTTLS switch has no key we could
 * confirm from a published source, so without SSLSMTP=1 the security is reported as "none" and
 * marked unsure.
 *
 * Data folders: %USERPROFILE%\Documents\Becky and C:\Becky!\<name> (both from the same importer's
 * nsBeckyUtils.cpp), and the folder in the registry value HKCU\Software\RimArts\B2\Settings\DataDir
 * (that value name is not confirmed by a published source; it is only one more place to look).
 * The user's own profile and registry are the user's; a folder under C:\Becky! may have been made
 * by any local user, so it is read only when the current user owns it (AccountsEnv.ownedByUser).
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { SourcedAccount } from '../../shared/accounts.js';
import type { AccountsEnv } from './env.js';
import { decodeWindowsText, iniSection, parseIni } from './ini.js';
import { sha256 } from './thunderbird.js';

async function subfolders(dir: string): Promise<string[]> {
  try {
    const entries = await readdir(dir, { withFileTypes: true });
    return entries
      .filter((e) => e.isDirectory())
      .map((e) => e.name)
      .sort();
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw err;
  }
}

async function registryDataDir(env: AccountsEnv): Promise<string[]> {
  if (!env.runReg) return [];
  const r = await env.runReg(['query', 'HKCU\\Software\\RimArts\\B2\\Settings', '/v', 'DataDir']);
  const m = /^\s+DataDir\s+REG_(?:EXPAND_)?SZ\s+(.+?)\s*$/m.exec(r.stdout);
  return r.code === 0 && m?.[1] ? [m[1]] : [];
}

/** The folders under C:\Becky! that the current user owns (none without an owner check), or all of a copy's. */
async function ownedClassicFolders(env: AccountsEnv): Promise<string[]> {
  const classic = join(env.systemDrive ?? 'C:\\', 'Becky!');
  const all = (await subfolders(classic)).map((n) => join(classic, n));
  // A copied folder is the support staff's own copy: nobody else could have put a folder in it.
  if (env.copied) return all;
  if (all.length === 0 || !env.ownedByUser) return [];
  const owned = await env.ownedByUser(all);
  return all.filter((p) => owned.has(p));
}

/**
 * A folder as Windows compares it: without letter case and without trailing separators, so the
 * registry's "C:\Becky!\Taro\" and the scanned "C:\Becky!\taro" are one folder.
 */
export function folderKey(path: string): string {
  return path.replace(/[\\/]+$/, '').toLowerCase();
}

/** The folders that may be Becky! data folders, most specific first, each folder once. */
export async function beckyDataFolders(env: AccountsEnv): Promise<string[]> {
  const found = [
    ...(await registryDataDir(env)),
    join(env.home, 'Documents', 'Becky'),
    ...(await ownedClassicFolders(env)),
  ];
  const byKey = new Map<string, string>();
  // The first place a folder is named keeps its rank and spelling.
  for (const path of found) if (!byKey.has(folderKey(path))) byKey.set(folderKey(path), path);
  return [...byKey.values()];
}

/** One mailbox's outgoing settings from its Mailbox.ini text, or null without an SMTP server. */
export function beckyAccount(
  text: string,
  mailboxId: string,
  iniPath: string,
  iniSha256 = '',
): SourcedAccount | null {
  const acct = iniSection(parseIni(text), 'Account');
  const host = acct?.get('SMTPServer');
  if (!acct || !host) return null;
  const port = Number(acct.get('SMTPPort') ?? '25');
  const tls = acct.get('SSLSMTP') === '1';
  const email = acct.get('MailAddress') ?? '';
  return {
    id: `becky:${mailboxId}`,
    program: 'becky',
    account: acct.get('Name') || email || host,
    displayName: acct.get('YourName') || null,
    email,
    otherEmails: [],
    host,
    port: Number.isInteger(port) && port > 0 && port < 65536 ? port : 25,
    security: tls ? 'tls' : 'none',
    auth: acct.get('SMTPAUTH') === '1',
    username: acct.get('UserID') ?? '',
    unsure: tls ? [] : ['security'],
    // Only a file read with its hash can be fixed (becky-fix.ts refuses any other content).
    fixable: iniSha256 !== '',
    where: `Becky! / ${mailboxId}`,
    source: { kind: 'becky', mailboxIni: iniPath, iniSha256 },
  };
}

/** Every Becky! mailbox with an outgoing server; null when no data folder exists. */
export async function readBecky(env: AccountsEnv): Promise<SourcedAccount[] | null> {
  if (env.platform !== 'win32') return null;
  let sawData = false;
  const out: SourcedAccount[] = [];
  for (const data of await beckyDataFolders(env)) {
    for (const box of await subfolders(data)) {
      const iniPath = join(data, box, 'Mailbox.ini');
      let bytes: Buffer;
      try {
        bytes = await readFile(iniPath);
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === 'ENOENT') continue;
        throw err;
      }
      sawData = true;
      let id = box;
      for (let n = 2; out.some((a) => a.id === `becky:${id}`); n++) id = `${box}~${n}`;
      // A copied folder is only read: nothing there is offered for fixing.
      const a = beckyAccount(
        decodeWindowsText(bytes),
        id,
        iniPath,
        env.copied ? '' : sha256(bytes),
      );
      if (a) out.push(a);
    }
  }
  return sawData ? out : null;
}
