/**
 * The app's web proxies, as Chromium itself resolves them for the default session: the system's
 * settings, a PAC file or automatic detection included (Chromium evaluates PAC files in its own
 * proxy resolver, which the app does not reimplement). Each web control is asked for as
 * https://host/, and its first plain-HTTP proxy goes to the engine (pac-result.ts). The command
 * line has no Chromium and reads the settings itself (engine/proxy/system.ts).
 */
import { session } from 'electron';
import { resolveConfig, type EngineConfig } from './engine/config.js';
import { firstHttpProxy } from './engine/proxy/pac-result.js';
import type { WebProxy } from './engine/proxy/settings.js';

/** Chromium's PAC result for a URL (Session.resolveProxy). */
export type ResolveProxy = (url: string) => Promise<string>;

const defaultResolve: ResolveProxy = (url) => session.defaultSession.resolveProxy(url);

/** A PAC file can be slow to fetch: past this, that control is taken as direct. */
export const RESOLVE_MS = 3000;

function within<T>(p: Promise<T>, ms: number): Promise<T | null> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<null>((resolve) => {
    timer = setTimeout(() => resolve(null), ms);
  });
  return Promise.race([p, late]).finally(() => clearTimeout(timer));
}

/**
 * For each host, the proxy Chromium would take to https://host/, or null for direct (also when
 * the answer has no plain-HTTP proxy, fails or comes too late).
 */
export async function chromiumProxies(
  hosts: readonly string[],
  resolve: ResolveProxy = defaultResolve,
  timeoutMs: number = RESOLVE_MS,
): Promise<Record<string, WebProxy | null>> {
  const answers = await Promise.all(
    hosts.map(async (host) => {
      const asked = Promise.resolve()
        .then(() => resolve(`https://${host}/`))
        .catch(() => null);
      const result = await within(asked, timeoutMs);
      const address = result === null ? null : firstHttpProxy(result);
      const proxy: WebProxy | null = address
        ? { ...address, source: 'chromium', bypass: [] }
        : null;
      return [host, proxy] as const;
    }),
  );
  return Object.fromEntries(answers);
}

/** The engine settings a run from the app adds: Chromium's proxy for each web control. */
export async function appProxyConfig(
  resolve: ResolveProxy = defaultResolve,
): Promise<Pick<EngineConfig, 'webProxyByHost'>> {
  return { webProxyByHost: await chromiumProxies(resolveConfig().webControls, resolve) };
}
