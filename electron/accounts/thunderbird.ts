/**
 * Thunderbird: profiles.ini lists the profiles; each profile's prefs.js holds the accounts.
 * mail.accountmanager.accounts -> mail.account.<a>.identities / .server -> mail.identity.<id>.smtpServer
 * -> mail.smtpserver.<key>.hostname / port / try_ssl / authMethod / username (mailnews prefs).
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { AccountSecurity, SourcedAccount, ThunderbirdInstall } from '../../shared/accounts.js';
import type { AccountsEnv } from './env.js';
import { parseIni } from './ini.js';
import { parsePrefs, type ParsedPrefs } from './prefs-js.js';
import {
  absoluteIn,
  profileDirOf,
  realOrNull,
  snapCopyInUse,
  thunderbirdRoots,
  type ThunderbirdRoot,
} from './thunderbird-installs.js';

/** A profile listed in profiles.ini. */
export interface ThunderbirdProfile {
  /** Unique within one look-up: the folder name, e.g. "abcd1234.default-release". */
  id: string;
  name: string;
  dir: string;
  isDefault: boolean;
  /** The Path= of profiles.ini when it is relative: the same in a copy of the whole folder. */
  relativePath: string | null;
  /** The installation whose folder listed it (set by readThunderbird). */
  install?: ThunderbirdInstall;
}

async function readIfExists(path: string): Promise<Buffer | null> {
  try {
    return await readFile(path);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw err;
  }
}

/**
 * The profiles of one root, from its profiles.ini (null when there is none). env: the layout's OS
 * and whether the home is a copy (how an IsRelative=0 path is read); this machine's OS by default.
 */
export async function readProfilesIni(
  root: string,
  env: Pick<AccountsEnv, 'platform' | 'copied' | 'home' | 'appData'> = {
    platform: process.platform,
    home: root,
  },
): Promise<ThunderbirdProfile[] | null> {
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
    const isRelative = s.get('IsRelative') !== '0';
    const dir = profileDirOf(root, path, isRelative, env);
    if (dir === null) continue;
    out.push({
      id: basename(dir),
      name: s.get('Name') ?? basename(dir),
      dir,
      isDefault: s.get('Default') === '1' || installDefaults.has(path),
      relativePath: isRelative && !absoluteIn(env, path) ? path : null,
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
    ...(profile.install ? { install: profile.install } : {}),
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

/**
 * The roots that exist, each once: a root that is a link to another (the snap's folder linked to
 * ~/.thunderbird) is the same folder, used by both installations.
 */
async function distinctRoots(env: AccountsEnv): Promise<ThunderbirdRoot[]> {
  const seen = new Map<string, ThunderbirdRoot>();
  for (const root of await thunderbirdRoots(env)) {
    const real = await realOrNull(root.dir);
    if (real === null) continue;
    const first = seen.get(real);
    if (!first) seen.set(real, { ...root });
    else if (first.install === 'classic' && root.install === 'snap') first.install = 'snap_shared';
  }
  return [...seen.values()];
}

/**
 * Every profile of every installation, each once. The same folder reached twice (a link, an
 * IsRelative=0 path into another root) counts once, by its real path. The snap's own copy of
 * ~/.thunderbird holds the same profiles under the same relative paths: only the copy the
 * installed program uses is kept (snapCopyInUse), so the stale one is neither listed nor fixed.
 */
export async function thunderbirdProfiles(env: AccountsEnv): Promise<ThunderbirdProfile[] | null> {
  const roots = await distinctRoots(env);
  const snapFirst = roots.some((r) => r.install === 'snap') && (await snapCopyInUse(env));
  // The copy in use is read first, so its profiles win over their copies.
  const rank = (r: ThunderbirdRoot) => (r.install === 'snap' ? (snapFirst ? 0 : 2) : 1);
  roots.sort((a, b) => rank(a) - rank(b));
  let sawProfilesIni = false;
  const profiles: ThunderbirdProfile[] = [];
  const seenReal = new Set<string>();
  const seenCopy = new Set<string>();
  for (const root of roots) {
    const found = await readProfilesIni(root.dir, env);
    if (found === null) continue;
    sawProfilesIni = true;
    const copyFamily = root.install === 'classic' || root.install === 'snap';
    for (const p of found) {
      const real = (await realOrNull(p.dir)) ?? p.dir;
      const copyKey = copyFamily && p.relativePath !== null ? p.relativePath : null;
      if (seenReal.has(real) || (copyKey !== null && seenCopy.has(copyKey))) continue;
      seenReal.add(real);
      if (copyKey !== null) seenCopy.add(copyKey);
      // Two roots (e.g. the flatpak and the classic folder) can hold profiles of the same name.
      let id = p.id;
      for (let n = 2; profiles.some((q) => q.id === id); n++) id = `${p.id}~${n}`;
      profiles.push({ ...p, id, install: root.install });
    }
  }
  return sawProfilesIni ? profiles : null;
}

/** Every Thunderbird account of every profile; the default profiles' accounts come first. */
export async function readThunderbird(env: AccountsEnv): Promise<SourcedAccount[] | null> {
  const profiles = await thunderbirdProfiles(env);
  if (profiles === null) return null;
  profiles.sort((a, b) => Number(b.isDefault) - Number(a.isDefault));
  const accounts: SourcedAccount[] = [];
  for (const profile of profiles) {
    const bytes = await readIfExists(join(profile.dir, 'prefs.js'));
    if (bytes === null) continue;
    const found = accountsFromPrefs(parsePrefs(bytes), profile, sha256(bytes));
    // A copied home is only read: nothing there is offered for fixing.
    if (env.copied) for (const a of found) a.fixable = false;
    accounts.push(...found);
  }
  return accounts;
}
