/** The command line's own reading of the system's web proxy, the way each system applies it. */
import { regExePath } from '../../accounts/env.js';
import { runCommand, type RunCommand } from '../../accounts/run-command.js';
import { proxyFromEnv } from './env.js';
import { proxyFromScutil } from './scutil.js';
import type { WebProxy } from './settings.js';
import { INTERNET_SETTINGS_KEY, proxyFromRegistry } from './windows.js';

/**
 * Linux (and anything else): the environment. macOS: `scutil --proxy`, else the environment.
 * Windows: the Internet settings through reg.exe by its full path, else the environment. A
 * program that fails or times out gives no proxy: the web is then checked directly, as before.
 */
export async function readSystemProxy(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
  run: RunCommand = runCommand,
): Promise<WebProxy | null> {
  const fromEnv = proxyFromEnv(env);
  if (platform === 'darwin') {
    const r = await run('/usr/sbin/scutil', ['--proxy'], { timeoutMs: 3000 });
    return (r.code === 0 ? proxyFromScutil(r.stdout) : null) ?? fromEnv;
  }
  if (platform === 'win32') {
    const r = await run(regExePath(env), ['query', INTERNET_SETTINGS_KEY], { timeoutMs: 3000 });
    return (r.code === 0 ? proxyFromRegistry(r.stdout) : null) ?? fromEnv;
  }
  return fromEnv;
}
