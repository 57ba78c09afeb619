/**
 * A web proxy as the system applies it (docs/diagnosis.md, "Proxies"): where https:// goes, and
 * the names that bypass it. Read by the command line from the environment, macOS's network
 * settings or Windows' Internet settings (the readers beside this file); in the app, Chromium's
 * own resolution gives one answer per web control (pac-result.ts, electron/chromium-proxy.ts).
 */

/** Where a proxy setting was read. */
export type ProxySource = 'environment' | 'macos' | 'windows' | 'chromium';

/**
 * A proxy the system chooses by a PAC file (`url`), or by automatic detection (WPAD, `url` null):
 * the command line does not run PAC files (they are JavaScript from the network), so it only
 * records that one is configured (docs/diagnosis.md, "Proxies").
 */
export interface ProxyPac {
  url: string | null;
  source: ProxySource;
}

/** The proxy https:// traffic goes through (HTTP CONNECT). Credentials are never kept. */
export interface WebProxy {
  host: string;
  port: number;
  source: ProxySource;
  /** Names that go direct: exact names, `.suffix` / `*.suffix`, `*` for all, `<local>` for names without a dot. */
  bypass: string[];
}

/**
 * host:port from a proxy setting: `host:port`, `http://host:port`, `http://user:pass@host:port/`
 * (the credentials are dropped). Only plain-HTTP proxies take CONNECT the way the engine speaks it:
 * another scheme (https://, socks5://) gives null. A missing port is 80, as in an http:// URL.
 */
export function parseProxyAddress(value: string): { host: string; port: number } | null {
  const text = value.trim();
  if (text === '') return null;
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `http://${text}`;
  let u: URL;
  try {
    u = new URL(withScheme);
  } catch {
    return null;
  }
  if (u.protocol !== 'http:' || u.hostname === '') return null;
  const host = u.hostname.replace(/^\[(.*)\]$/, '$1');
  return { host, port: u.port === '' ? 80 : Number(u.port) };
}

/** A bypass list as written (commas, semicolons or white space between entries). */
export function splitBypass(value: string | null | undefined): string[] {
  return (value ?? '')
    .split(/[\s,;]+/)
    .map((s) => s.trim().toLowerCase())
    .filter(Boolean);
}

/** Does `host` go direct under this bypass list? */
export function bypasses(bypass: readonly string[], host: string): boolean {
  const h = host.toLowerCase().replace(/\.$/, '');
  return bypass.some((entry) => {
    if (entry === '*') return true;
    if (entry === '<local>') return !h.includes('.');
    const e = entry.replace(/^\*/, '').replace(/:\d+$/, '');
    if (e.startsWith('.')) return h.endsWith(e) || h === e.slice(1);
    return h === e;
  });
}

/**
 * The proxy a web control to `host` goes through: Chromium's answer for that very host when the
 * app asked it (`byHost`, null there meaning direct), else the system proxy unless its bypass
 * list exempts the host.
 */
export function proxyForControl(
  host: string,
  system: WebProxy | null,
  byHost: Readonly<Record<string, WebProxy | null>> | null,
): WebProxy | null {
  if (byHost) return byHost[host] ?? null;
  return system && !bypasses(system.bypass, host) ? system : null;
}
