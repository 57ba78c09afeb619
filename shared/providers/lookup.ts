/**
 * Provider look-up the way Thunderbird does it: the address's exact domain, then its parent
 * domains, then the domains of its MX hosts. Pure functions over the provider list, so that tests
 * can build their own index.
 */
import type { Provider } from './types.js';
import { isPublicSuffix } from '../domain.js';

/** How a provider was found: the domain itself, a parent domain of it, or its MX host's domain. */
export type MatchKind = 'exact' | 'parent' | 'mx';

/** A look-up's answer: the provider, how it matched, and on which name. */
export interface ProviderMatch {
  provider: Provider;
  match: MatchKind;
  /** The data domain that matched (e.g. `ocn.ne.jp` for `bird.ocn.ne.jp`). */
  matchedDomain: string;
  /** For an MX match: the MX host it came from. */
  mxHost?: string;
}

/** Domain (lower case ASCII) to provider. */
export type DomainIndex = ReadonlyMap<string, Provider>;

// Longer than any real host name (RFC 1035: 253), so a hostile input cannot make the walk costly.
const MAX_NAME = 253;

function normalise(name: string): string {
  return name.trim().toLowerCase().replace(/\.$/, '');
}

/** Indexes the providers by each of their domains (the first provider listing a domain wins). */
export function buildDomainIndex(providers: readonly Provider[]): DomainIndex {
  const index = new Map<string, Provider>();
  for (const p of providers) for (const d of p.domains) if (!index.has(d)) index.set(d, p);
  return index;
}

/**
 * The names to try for a domain, nearest first: the domain itself, then each parent that is not
 * a public suffix by the Public Suffix List (`a.b.ocn.ne.jp` → itself, `b.ocn.ne.jp`, `ocn.ne.jp`;
 * never `ne.jp`).
 * Empty for names that are not host names.
 */
export function walkDomain(domain: string): string[] {
  const name = normalise(domain);
  if (name === '' || name.length > MAX_NAME || !/^[a-z0-9._-]+$/.test(name)) return [];
  const labels = name.split('.');
  if (labels.some((l) => l === '')) return [];
  const out: string[] = [];
  for (let i = 0; i < labels.length; i++) {
    const candidate = labels.slice(i).join('.');
    if (isPublicSuffix(candidate)) break;
    out.push(candidate);
  }
  return out;
}

function findOnWalk(index: DomainIndex, domain: string): { p: Provider; on: string } | null {
  for (const name of walkDomain(domain)) {
    const p = index.get(name);
    if (p) return { p, on: name };
  }
  return null;
}

/** Exact domain, then parents, then each MX host (best first) and its parents. */
export function lookupInIndex(
  index: DomainIndex,
  q: { domain: string; mxHosts?: readonly string[] },
): ProviderMatch | null {
  const own = findOnWalk(index, q.domain);
  if (own) {
    const match = own.on === normalise(q.domain) ? 'exact' : 'parent';
    return { provider: own.p, match, matchedDomain: own.on };
  }
  for (const mx of q.mxHosts ?? []) {
    // The MX host itself may be listed (the ISPDB lists e.g. mail.protection.outlook.com); its
    // parents give the hosting company's domain (aspmx.l.google.com → google.com).
    const hit = findOnWalk(index, mx);
    if (hit) return { provider: hit.p, match: 'mx', matchedDomain: hit.on, mxHost: normalise(mx) };
  }
  return null;
}
