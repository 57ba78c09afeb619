/**
 * Thunderbird: profiles.ini lists the profiles; each profile's prefs.js holds the accounts.
 * mail.accountmanager.accounts -> mail.account.<a>.identities / .server -> mail.identity.<id>.smtpServer
 * -> mail.smtpserver.<key>.hostname / port / try_ssl / authMethod / username (mailnews prefs).
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { basename, isAbsolute, join } from 'node:path';
import type { AccountSecurity, SourcedAccount } from '../../shared/accounts.js';
import { appDataDir, type AccountsEnv } from './env.js';
import { parseIni } from './ini.js';
import { parsePrefs, type ParsedPrefs } from './prefs-js.js';

/** A profile listed in profiles.ini. */
export interface ThunderbirdProfile {
  /** Unique within one look-up: the folder name, e.g. "abcd1234.default-release". */
  id: string;
  name: string;
  dir: string;
  isDefault: boolean;
}

/** The folders that may hold profiles.ini on this platform (standard, snap, flatpak). */
export function thunderbirdRoots(env: AccountsEnv): string[] {
  if (env.platform === 'win32') return [join(appDataDir(env), 'Thunderbird')];
  if (env.platform === 'darwin') return [join(env.home, 'Library', 'Thunderbird')];
  return [
    join(env.home, '.thunderbird'),
    join(env.home, 'snap', 'thunderbird', 'common', '.thunderbird'),
    join(env.home, '.var', 'app', 'org.mozilla.Thunderbird', '.thunderbird'),
  ];
}

async function readIfExists(path: string): Promise<Buffer | null> {
  try {
    return await readFile(path);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw err;
  }
}

/** The profiles of one root, from its profiles.ini (null when there is none). */
export async function readProfilesIni(root: string): Promise<ThunderbirdProfile[] | null> {
  const bytes = await readIfExists(join(root, 'profiles.ini'));
  if (bytes === null) return null;
  const sections = parseIni(bytes.toString('utf8'));
  // Thunderbird 67+ names the profile in use per installation: [Install<hash>] Default=<path>.
  const installDefaults = new Set(
    sections.filter((s) => /^install/i.test(s.name)).map((s) => s.get('Default') ?? ''),
  );
  const out: ThunderbirdProfile[] = [];
  for (const s of sections) {
    if (!/^profile\d+$/i.test(s.name)) continue;
    const path = s.get('Path');
    if (!path) continue;
    const relative = s.get('IsRelative') !== '0' && !isAbsolute(path);
    // Relative paths always use '/' in profiles.ini, also on Windows.
    const dir = relative ? join(root, ...path.split('/')) : path;
    out.push({
      id: basename(dir),
      name: s.get('Name') ?? basename(dir),
      dir,
      isDefault: s.get('Default') === '1' || installDefaults.has(path),
    });
  }
  return out;
}

function str(prefs: ParsedPrefs, name: string): string | undefined {
  const v = prefs.get(name);
  return typeof v === 'string' ? v : undefined;
}

function int(prefs: ParsedPrefs, name: string): number | undefined {
  const v = prefs.get(name);
  return typeof v === 'number' ? v : undefined;
}

function list(value: string | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/** nsMsgSocketType: 0 plain, 1 trySTARTTLS (old), 2 alwaysSTARTTLS, 3 SSL/TLS. */
export function securityFromTrySsl(trySsl: number): AccountSecurity {
  return trySsl === 3 ? 'tls' : trySsl === 1 || trySsl === 2 ? 'starttls' : 'none';
}

/** The outgoing servers the identities of one profile send through, one account per server. */
export function accountsFromPrefs(
  prefs: ParsedPrefs,
  profile: ThunderbirdProfile,
  prefsSha256: string,
): SourcedAccount[] {
  const defaultSmtp =
    str(prefs, 'mail.smtp.defaultserver') ?? list(str(prefs, 'mail.smtpservers'))[0];
  const byKey = new Map<string, SourcedAccount>();
  for (const acct of list(str(prefs, 'mail.accountmanager.accounts'))) {
    const server = str(prefs, `mail.account.${acct}.server`);
    const accountName = server ? str(prefs, `mail.server.${server}.name`) : undefined;
    for (const id of list(str(prefs, `mail.account.${acct}.identities`))) {
      const email = str(prefs, `mail.identity.${id}.useremail`) ?? '';
      const smtpKey = str(prefs, `mail.identity.${id}.smtpServer`) || defaultSmtp;
      if (!smtpKey) continue;
      const known = byKey.get(smtpKey);
      if (known) {
        if (email && email !== known.email && !known.otherEmails.includes(email))
          known.otherEmails.push(email);
        continue;
      }
      const a = smtpAccount(prefs, profile, smtpKey, prefsSha256);
      if (!a) continue;
      a.email = email;
      a.displayName = str(prefs, `mail.identity.${id}.fullName`) || null;
      a.account = accountName || email || a.host;
      byKey.set(smtpKey, a);
    }
  }
  return [...byKey.values()];
}

function smtpAccount(
  prefs: ParsedPrefs,
  profile: ThunderbirdProfile,
  smtpKey: string,
  prefsSha256: string,
): SourcedAccount | null {
  const p = `mail.smtpserver.${smtpKey}.`;
  const host = str(prefs, `${p}hostname`);
  // Keys without a hostname are not SMTP servers (e.g. an EWS outgoing server).
  if (!host) return null;
  const security = securityFromTrySsl(int(prefs, `${p}try_ssl`) ?? 0);
  // authMethod defaults to 3 (normal password) in mailnews.js; 1 means "no authentication".
  const authMethod = int(prefs, `${p}authMethod`) ?? 3;
  const explicitPort = int(prefs, `${p}port`) ?? 0;
  // Port 0 or missing: Thunderbird's SmtpClient uses 465 for SSL/TLS, else 587.
  const port = explicitPort > 0 ? explicitPort : security === 'tls' ? 465 : 587;
  return {
    id: `thunderbird:${profile.id}:${smtpKey}`,
    program: 'thunderbird',
    account: host,
    displayName: null,
    email: '',
    otherEmails: [],
    host,
    port,
    security,
    auth: authMethod !== 1,
    username: str(prefs, `${p}username`) ?? '',
    unsure: [],
    fixable: true,
    where: `${profile.name} / ${smtpKey}`,
    source: {
      kind: 'thunderbird',
      profileDir: profile.dir,
      profileName: profile.name,
      smtpKey,
      authMethod,
      prefsSha256,
    },
  };
}

/** sha256 of the bytes, hex. */
export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Every Thunderbird account of every profile; the default profile's accounts come first. */
export async function readThunderbird(env: AccountsEnv): Promise<SourcedAccount[] | null> {
  let sawProfilesIni = false;
  const profiles: ThunderbirdProfile[] = [];
  for (const root of thunderbirdRoots(env)) {
    const found = await readProfilesIni(root);
    if (found === null) continue;
    sawProfilesIni = true;
    for (const p of found) {
      // Two roots (e.g. snap and the classic folder) can hold profiles with the same folder name.
      let id = p.id;
      for (let n = 2; profiles.some((q) => q.id === id); n++) id = `${p.id}~${n}`;
      profiles.push({ ...p, id });
    }
  }
  if (!sawProfilesIni) return null;
  profiles.sort((a, b) => Number(b.isDefault) - Number(a.isDefault));
  const accounts: SourcedAccount[] = [];
  for (const profile of profiles) {
    const bytes = await readIfExists(join(profile.dir, 'prefs.js'));
    if (bytes === null) continue;
    accounts.push(...accountsFromPrefs(parsePrefs(bytes), profile, sha256(bytes)));
  }
  return accounts;
}
