/**
 * Classic Outlook (Windows): each mail profile keeps its POP/IMAP accounts under
 * <Profiles>\<profile>\9375CFF0413111d3B88A00104B2A6676\<8 hex digits>, read with `reg query`.
 * Strings are REG_BINARY UTF-16LE with a terminating NUL ("SMTP Server", "Email", "Account Name",
 * "Display Name", "SMTP User"); numbers are REG_DWORD ("SMTP Port", "SMTP Use Auth",
 * "SMTP Secure Connection"). Passwords ("... Password") are never read.
 *
 * "SMTP Secure Connection": 1 is SSL/TLS on connect (seen in published readers); 2 (STARTTLS) and
 * 3 (Auto) follow the order of Outlook's own drop-down and are marked unsure.
 */
import type { AccountSecurity, SourcedAccount, UnsureField } from '../../shared/accounts.js';
import type { AccountsEnv } from './env.js';
import type { RunReg } from './run-command.js';

const ACCOUNTS_KEY = '9375CFF0413111d3B88A00104B2A6676';

/** Where Outlook 2013+ (15.0, 16.0) and Outlook 2010 and older keep their mail profiles. */
export const OUTLOOK_PROFILE_ROOTS = [
  'HKEY_CURRENT_USER\\Software\\Microsoft\\Office\\16.0\\Outlook\\Profiles',
  'HKEY_CURRENT_USER\\Software\\Microsoft\\Office\\15.0\\Outlook\\Profiles',
  'HKEY_CURRENT_USER\\Software\\Microsoft\\Windows NT\\CurrentVersion\\Windows Messaging Subsystem\\Profiles',
];

/** One value of `reg query` output. */
export interface RegValue {
  type: string;
  data: string;
}

/** Parses `reg query` output into keys and their values (value names as printed). */
export function parseRegQuery(text: string): Map<string, Map<string, RegValue>> {
  const keys = new Map<string, Map<string, RegValue>>();
  let current: Map<string, RegValue> | null = null;
  for (const line of text.split(/\r?\n/)) {
    if (/^HKEY_/.test(line)) {
      current = new Map();
      keys.set(line.trim(), current);
      continue;
    }
    // Value lines: four spaces, name, four spaces, REG_ type, four spaces, data (maybe empty).
    const m = /^ {4}(.*?) {4}(REG_[A-Z_]+)(?: {4}(.*))?$/.exec(line);
    // Password values (encrypted by DPAPI) are dropped here, so they never reach an account.
    if (!m || !current || /password/i.test(m[1] ?? '')) continue;
    current.set(m[1] ?? '', { type: m[2] ?? '', data: (m[3] ?? '').trim() });
  }
  return keys;
}

/** A REG_BINARY UTF-16LE string (NUL-terminated) or a REG_SZ, as text; null otherwise. */
export function regString(v: RegValue | undefined): string | null {
  if (!v) return null;
  if (v.type === 'REG_SZ' || v.type === 'REG_EXPAND_SZ') return v.data;
  if (v.type !== 'REG_BINARY' || !/^(?:[0-9A-Fa-f]{2})*$/.test(v.data)) return null;
  return Buffer.from(v.data, 'hex').toString('utf16le').replace(/\0+$/, '');
}

/** A REG_DWORD as a number; null otherwise. */
export function regDword(v: RegValue | undefined): number | null {
  if (!v || v.type !== 'REG_DWORD') return null;
  const n = Number(v.data);
  return Number.isInteger(n) ? n : null;
}

function security(code: number | null): { security: AccountSecurity; unsure: UnsureField[] } {
  if (code === null || code === 0) return { security: 'none', unsure: [] };
  if (code === 1) return { security: 'tls', unsure: [] };
  return { security: 'starttls', unsure: ['security'] };
}

/** The accounts with an outgoing server among one profile's account keys. */
export function outlookAccounts(
  keys: Map<string, Map<string, RegValue>>,
  profile: string,
): SourcedAccount[] {
  const out: SourcedAccount[] = [];
  for (const [key, values] of keys) {
    const sub = /\\([0-9A-Fa-f]{8})$/.exec(key)?.[1];
    const host = regString(values.get('SMTP Server'));
    if (!sub || !host) continue;
    const email = regString(values.get('Email')) ?? '';
    const port = regDword(values.get('SMTP Port'));
    out.push({
      id: `outlook_classic:${profile}:${sub}`,
      program: 'outlook_classic',
      account: regString(values.get('Account Name')) || email || host,
      displayName: regString(values.get('Display Name')) || null,
      email,
      otherEmails: [],
      host,
      // Without a value Outlook uses its default port 25.
      port: port !== null && port > 0 && port < 65536 ? port : 25,
      ...security(regDword(values.get('SMTP Secure Connection'))),
      auth: regDword(values.get('SMTP Use Auth')) === 1,
      // With "use the same settings as my incoming server" there is no SMTP User.
      username:
        regString(values.get('SMTP User')) ??
        regString(values.get('POP3 User')) ??
        regString(values.get('IMAP User')) ??
        '',
      fixable: false,
      where: `Outlook / ${profile} / ${sub}`,
      source: { kind: 'outlook_classic', registryKey: key },
    });
  }
  return out;
}

async function profilesUnder(runReg: RunReg, root: string): Promise<string[]> {
  const r = await runReg(['query', root]);
  if (r.code !== 0) return [];
  return [...parseRegQuery(r.stdout).keys()]
    .filter((k) => k.toLowerCase().startsWith(`${root.toLowerCase()}\\`))
    .map((k) => k.slice(root.length + 1))
    .filter((p) => p !== '' && !p.includes('\\'));
}

/** Every classic Outlook account with an outgoing server; null when no profile exists (or not Windows). */
export async function readOutlook(env: AccountsEnv): Promise<SourcedAccount[] | null> {
  if (env.platform !== 'win32' || !env.runReg) return null;
  let sawProfile = false;
  const out: SourcedAccount[] = [];
  for (const root of OUTLOOK_PROFILE_ROOTS) {
    for (const profile of await profilesUnder(env.runReg, root)) {
      sawProfile = true;
      const r = await env.runReg(['query', `${root}\\${profile}\\${ACCOUNTS_KEY}`, '/s']);
      if (r.code !== 0) continue;
      for (const a of outlookAccounts(parseRegQuery(r.stdout), profile)) {
        // The same profile name under 15.0 and 16.0 (an upgrade) lists the same accounts twice.
        if (!out.some((b) => b.id === a.id)) out.push(a);
      }
    }
  }
  return sawProfile ? out : null;
}
