/**
 * Windows' Internet settings (the user's "Proxy" settings, which browsers and WinINet apply), read
 * with `reg.exe query` from HKCU\Software\Microsoft\Windows\CurrentVersion\Internet Settings:
 * ProxyEnable (REG_DWORD 0/1), ProxyServer (REG_SZ: `host:port` for every protocol, or
 * `http=host:port;https=host:port`, the syntax WINHTTP_PROXY_INFO's remarks document),
 * ProxyOverride (REG_SZ, `;`-separated, may hold `<local>`), AutoConfigURL (REG_SZ, a PAC file)
 * and AutoDetect (REG_DWORD 1: automatic detection, WPAD). The same choices are also kept in the
 * binary value Connections\DefaultConnectionSettings, whose layout Microsoft does not document: it
 * is not read.
 * Microsoft documents these values only through the API that fills them; they are kept in step for
 * compatibility, so they are read here for the command line, read-only.
 */
import { parseRegQuery, regDword, regString } from '../../accounts/outlook.js';
import { parseProxyAddress, splitBypass, type ProxyPac, type WebProxy } from './settings.js';

/** The key `reg.exe query` is asked for. */
export const INTERNET_SETTINGS_KEY =
  'HKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\CurrentVersion\\Internet Settings';

function valuesOf(text: string) {
  return [...parseRegQuery(text).values()][0] ?? new Map();
}

/** The https:// proxy from ProxyServer: its `https=` entry, else the entry for every protocol. */
export function httpsEntry(proxyServer: string): string | null {
  const entries = proxyServer.split(/[;\s]+/).filter(Boolean);
  const https = entries.find((e) => /^https=/i.test(e));
  if (https) return https.slice('https='.length);
  return entries.find((e) => !e.includes('=')) ?? null;
}

/** The https:// proxy these settings apply, or null (off, or only a PAC file: not evaluated here). */
export function proxyFromRegistry(text: string): WebProxy | null {
  const v = valuesOf(text);
  if (regDword(v.get('ProxyEnable')) !== 1) return null;
  const server = regString(v.get('ProxyServer'));
  const entry = server === null ? null : httpsEntry(server);
  const address = entry === null ? null : parseProxyAddress(entry);
  if (!address) return null;
  return { ...address, source: 'windows', bypass: splitBypass(regString(v.get('ProxyOverride'))) };
}

/** The PAC address (AutoConfigURL), or null. */
export function autoConfigFromRegistry(text: string): string | null {
  return regString(valuesOf(text).get('AutoConfigURL')) || null;
}

/** A PAC file named (AutoConfigURL), else automatic detection on (AutoDetect 1), else null. */
export function pacFromRegistry(text: string): ProxyPac | null {
  const url = autoConfigFromRegistry(text);
  if (url !== null) return { url, source: 'windows' };
  return regDword(valuesOf(text).get('AutoDetect')) === 1 ? { url: null, source: 'windows' } : null;
}
