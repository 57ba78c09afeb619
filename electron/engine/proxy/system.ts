/** The command line's own reading of the system's web proxy, the way each system applies it. */
import { regExePath } from '../../accounts/env.js';
import { runCommand, type RunCommand } from '../../accounts/run-command.js';
import { proxyFromEnv } from './env.js';
import { pacFromScutil, proxyFromScutil } from './scutil.js';
import type { ProxyPac, WebProxy } from './settings.js';
import { INTERNET_SETTINGS_KEY, pacFromRegistry, proxyFromRegistry } from './windows.js';

/** What the command line read: the proxy it asks, and a PAC file (or detection) it does not run. */
export interface SystemProxy {
  proxy: WebProxy | null;
  pac: ProxyPac | null;
}

/**
 * Linux (and anything else): the environment. macOS: `scutil --proxy`, else the environment.
 * Windows: the Internet settings through reg.exe by its full path, else the environment. A
 * program that fails or times out gives no proxy: the web is then checked directly, as before.
 * A PAC file or automatic detection is read too, to be recorded, never run.
 */
export async function readSystemProxySettings(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
  run: RunCommand = runCommand,
): Promise<SystemProxy> {
  const fromEnv = proxyFromEnv(env);
  if (platform === 'darwin') {
    const r = await run('/usr/sbin/scutil', ['--proxy'], { timeoutMs: 3000 });
    const ok = r.code === 0;
    return {
      proxy: (ok ? proxyFromScutil(r.stdout) : null) ?? fromEnv,
      pac: ok ? pacFromScutil(r.stdout) : null,
    };
  }
  if (platform === 'win32') {
    const r = await run(regExePath(env), ['query', INTERNET_SETTINGS_KEY], { timeoutMs: 3000 });
    const ok = r.code === 0;
    return {
      proxy: (ok ? proxyFromRegistry(r.stdout) : null) ?? fromEnv,
      pac: ok ? pacFromRegistry(r.stdout) : null,
    };
  }
  return { proxy: fromEnv, pac: null };
}

/** The proxy alone (readSystemProxySettings). */
export async function readSystemProxy(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
  run: RunCommand = runCommand,
): Promise<WebProxy | null> {
  return (await readSystemProxySettings(platform, env, run)).proxy;
}
