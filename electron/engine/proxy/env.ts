/**
 * The proxy from the environment, as curl and most command-line tools read it: `https_proxy` (or
 * `HTTPS_PROXY`), else `all_proxy` / `ALL_PROXY`, bypassed by `no_proxy` / `NO_PROXY`. This is a
 * convention, not a standard (curl's manual; CHICKEN http-client's "determine-proxy-from-environment"
 * describes the same order); lower case wins when both are set, as in curl and Node.
 */
import { parseProxyAddress, splitBypass, type WebProxy } from './settings.js';

/** The https:// proxy the environment names, or null. */
export function proxyFromEnv(env: NodeJS.ProcessEnv): WebProxy | null {
  const value = env.https_proxy ?? env.HTTPS_PROXY ?? env.all_proxy ?? env.ALL_PROXY;
  const address = value === undefined ? null : parseProxyAddress(value);
  if (!address) return null;
  return { ...address, source: 'environment', bypass: splitBypass(env.no_proxy ?? env.NO_PROXY) };
}
