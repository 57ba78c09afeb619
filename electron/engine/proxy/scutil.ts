/**
 * macOS's proxy settings as `scutil --proxy` prints them: a SystemConfiguration dictionary dump
 * (`<dictionary> {`, `Key : value` lines, arrays as `<array> {` with `N : value` lines, booleans as
 * 0/1). The keys are Apple's kSCPropNetProxies constants (HTTPSEnable, HTTPSProxy, HTTPSPort,
 * ExceptionsList, ProxyAutoConfigEnable, ProxyAutoConfigURLString, ProxyAutoDiscoveryEnable), the ones Chromium's
 * proxy_config_service_mac.cc reads. Apple documents no text format, so the parser is tolerant of
 * white space and ignores what it does not know.
 */
import { parseProxyAddress, type ProxyPac, type WebProxy } from './settings.js';

/** What `scutil --proxy` said: plain values, and arrays as lists. */
export function parseScutilProxy(text: string): Map<string, string | string[]> {
  const out = new Map<string, string | string[]>();
  let array: string[] | null = null;
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (array !== null) {
      if (line === '}') array = null;
      else {
        const item = /^\d+\s*:\s*(.*)$/.exec(line);
        if (item) array.push((item[1] ?? '').trim());
      }
      continue;
    }
    const m = /^([A-Za-z0-9]+)\s*:\s*(.*)$/.exec(line);
    if (!m) continue;
    const [, key = '', value = ''] = m;
    if (value.trim() === '<array> {') {
      array = [];
      out.set(key, array);
    } else out.set(key, value.trim());
  }
  return out;
}

/** The https:// proxy of these settings, or null (off, or only a PAC file: not evaluated here). */
export function proxyFromScutil(text: string): WebProxy | null {
  const d = parseScutilProxy(text);
  if (d.get('HTTPSEnable') !== '1') return null;
  const host = d.get('HTTPSProxy');
  const port = d.get('HTTPSPort');
  if (typeof host !== 'string' || host === '') return null;
  const address = parseProxyAddress(typeof port === 'string' ? `${host}:${port}` : host);
  if (!address) return null;
  const exceptions = d.get('ExceptionsList');
  const bypass = (Array.isArray(exceptions) ? exceptions : []).map((e) => e.toLowerCase());
  if (d.get('ExcludeSimpleHostnames') === '1') bypass.push('<local>');
  return { ...address, source: 'macos', bypass };
}

/** The PAC address these settings name, when automatic configuration is on; null otherwise. */
export function autoConfigFromScutil(text: string): string | null {
  const d = parseScutilProxy(text);
  const url = d.get('ProxyAutoConfigURLString');
  return d.get('ProxyAutoConfigEnable') === '1' && typeof url === 'string' ? url : null;
}

/** A PAC file named, else automatic discovery (WPAD) on, else null. */
export function pacFromScutil(text: string): ProxyPac | null {
  const url = autoConfigFromScutil(text);
  if (url !== null) return { url, source: 'macos' };
  const discovery = parseScutilProxy(text).get('ProxyAutoDiscoveryEnable') === '1';
  return discovery ? { url: null, source: 'macos' } : null;
}
