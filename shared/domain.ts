/**
 * "The same domain", said once: the registrable domain of a host name by the Public Suffix List,
 * private suffixes included (tldts). The engine's trust rules (docs/diagnosis.md, "Trust"), its
 * test for unrelated servers (interception, TLS inspection, sign-in pages) and the provider data's
 * look-up and checks all ask here. tldts carries the whole list; the renderer bundles it for the
 * provider look-up on the staff screen (about 108 KB minified, read from the app's own files).
 */
import { getDomain } from 'tldts';

/**
 * The registrable domain of a host name (`smtp.bird.ocn.ne.jp` → `ocn.ne.jp`), case and a
 * trailing dot ignored; null for an IP address, a single label or a bare public suffix.
 */
export function registrableDomain(host: string): string | null {
  const h = host.trim().toLowerCase().replace(/\.$/, '');
  if (h === '') return null;
  return getDomain(h, { allowPrivateDomains: true });
}

/** True when a name is nobody's own domain: a public suffix (`jp`, `ne.jp`, `tokyo.jp`) or an address. */
export function isPublicSuffix(name: string): boolean {
  return registrableDomain(name) === null;
}

/** The registrable domain, or the name itself where it has none (an address, a single label). */
export function domainOf(host: string): string {
  return registrableDomain(host) ?? host.trim().toLowerCase().replace(/\.$/, '');
}
