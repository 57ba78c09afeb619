/**
 * A PAC result, the string a PAC file's FindProxyForURL returns and Chromium hands back from its
 * own proxy resolution (Electron's `session.resolveProxy`): elements separated by `;`, each a type
 * and, except for DIRECT, `host:port` after white space, e.g. `PROXY proxy.corp.example:8080;
 * DIRECT`. The types and their meaning follow Chromium's net/base/proxy_string_util.cc
 * (PacResultElementToProxyServer; the type is matched without regard to case): PROXY is an HTTP
 * proxy (port 80 when none is given), HTTPS a proxy spoken to over TLS (443), SOCKS (meaning
 * SOCKS4), SOCKS4 and SOCKS5 (1080), QUIC in older versions, DIRECT no proxy. An element Chromium
 * cannot parse is skipped (ProxyList::SetFromPacString), as here.
 */
import { parseProxyAddress } from './settings.js';

/** One element of a PAC result. */
export type PacElement =
  | { type: 'direct' }
  | { type: 'http' | 'https' | 'socks4' | 'socks5' | 'quic'; host: string; port: number };

const TYPES: Record<string, { type: Exclude<PacElement['type'], 'direct'>; port: number }> = {
  proxy: { type: 'http', port: 80 },
  https: { type: 'https', port: 443 },
  socks: { type: 'socks4', port: 1080 },
  socks4: { type: 'socks4', port: 1080 },
  socks5: { type: 'socks5', port: 1080 },
  quic: { type: 'quic', port: 443 },
};

/** `host:port`, `[v6]:port` or a bare host (the type's default port); null when it is not one. */
function hostPort(text: string, defaultPort: number): { host: string; port: number } | null {
  const address = parseProxyAddress(text);
  if (!address) return null;
  const explicitPort = /:\d+$/.test(text);
  return explicitPort ? address : { host: address.host, port: defaultPort };
}

/** The elements of a PAC result, in order; those that do not parse are left out. */
export function parsePacResult(result: string): PacElement[] {
  const out: PacElement[] = [];
  for (const raw of result.split(';')) {
    const [word = '', rest = '', ...more] = raw.trim().split(/\s+/);
    const kind = word.toLowerCase();
    if (kind === 'direct') {
      if (rest === '') out.push({ type: 'direct' });
      continue;
    }
    const t = TYPES[kind];
    if (!t || rest === '' || more.length > 0) continue;
    const address = hostPort(rest, t.port);
    if (address) out.push({ type: t.type, ...address });
  }
  return out;
}

/**
 * The first proxy in the result the engine can ask for a tunnel: a plain-HTTP proxy (PROXY), the
 * one HTTP CONNECT is spoken to. A proxy over TLS (HTTPS), SOCKS or QUIC is not, and DIRECT is the
 * direct way the web controls take anyway. Null when the result has none.
 */
export function firstHttpProxy(result: string): { host: string; port: number } | null {
  for (const e of parsePacResult(result))
    if (e.type === 'http') return { host: e.host, port: e.port };
  return null;
}
