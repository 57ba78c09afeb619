/**
 * The record of a PAC file (or automatic detection) the command line read and does not run: a
 * PAC file is JavaScript from the network, and Node's vm module is no security boundary, so the
 * proxy it would choose stays unknown here. The record is a probe result 'skipped' ("not
 * checked"), so the verdict can never call the internet down on a PC whose web goes through it
 * (docs/diagnosis.md, "Proxies"). The app never makes one: Chromium runs PAC files itself.
 */
import type { ProbeResult, ProbeRole } from '../../../shared/probe.js';
import type { ProbeRecorder } from '../recorder.js';
import type { ProxyPac } from './settings.js';

/** Where the PAC file lives, as the probe names it: its host and port, or null when the URL is not one. */
function pacAddress(url: string): { host: string; port: number | null } | null {
  try {
    const u = new URL(url);
    if (u.hostname === '') return null;
    const port = u.port !== '' ? Number(u.port) : u.protocol === 'https:' ? 443 : 80;
    return { host: u.hostname.replace(/^\[(.*)\]$/, '$1'), port };
  } catch {
    return null;
  }
}

/** The PAC address as the record shows it: no credentials, no query (it may carry a customer key). */
function shownUrl(url: string): string {
  try {
    const u = new URL(url);
    return `${u.protocol}//${u.host}${u.pathname}`;
  } catch {
    return 'an address that does not parse';
  }
}

/** Records the PAC setting; nothing is sent. */
export function recordProxyPac(rec: ProbeRecorder, pac: ProxyPac): ProbeResult {
  const address = pac.url === null ? null : pacAddress(pac.url);
  const role: ProbeRole = pac.url === null ? 'proxy_auto_detect' : 'proxy_pac';
  const where = { kind: 'http' as const, role, host: address?.host ?? 'wpad', ip: null };
  const id = rec.start({ ...where, port: address?.port ?? null });
  return rec.finish({
    id,
    ...where,
    port: address?.port ?? null,
    outcome: 'skipped',
    ms: 0,
    detail:
      pac.url === null
        ? `automatic proxy detection (WPAD) is on (${pac.source}): a proxy it finds is not checked by the command line`
        : `the proxy is configured by a PAC file (${shownUrl(pac.url)}), not evaluated by the command line`,
  });
}
