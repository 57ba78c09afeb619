/**
 * "Did you mean …?" for an address whose domain does not exist: a known provider's domain one
 * edit away (a letter added, missing, changed, or two neighbours swapped: exmaple.jp, ocn.ne.pj).
 * Only one such domain is offered; two or more are a guess SendCheck does not make.
 */
import { providerDb } from './providers/index.js';

/** Whether a and b are one edit apart: insert, delete, substitute, or swap two neighbours. */
export function oneEditApart(a: string, b: string): boolean {
  if (a === b) return false;
  if (Math.abs(a.length - b.length) > 1) return false;
  if (a.length === b.length) {
    const diff: number[] = [];
    for (let i = 0; i < a.length && diff.length <= 2; i++) if (a[i] !== b[i]) diff.push(i);
    if (diff.length === 1) return true;
    const [i, j] = diff;
    return diff.length === 2 && i !== undefined && j === i + 1 && a[i] === b[j] && a[j] === b[i];
  }
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  let i = 0;
  while (i < short.length && short[i] === long[i]) i++;
  return short.slice(i) === long.slice(i + 1);
}

/** The one known domain one edit away from domain, or null (none, or more than one). */
export function nearKnownDomain(domain: string, known: Iterable<string>): string | null {
  const d = domain.toLowerCase();
  const near = new Set<string>();
  for (const k of known) {
    const kd = k.toLowerCase();
    if (kd === d) return null;
    if (oneEditApart(d, kd)) near.add(kd);
  }
  return near.size === 1 ? ([...near][0] ?? null) : null;
}

/** The bundled provider data's domain one edit away from domain, or null. */
export function didYouMean(domain: string): string | null {
  return nearKnownDomain(
    domain,
    providerDb().providers.flatMap((p) => p.domains),
  );
}
