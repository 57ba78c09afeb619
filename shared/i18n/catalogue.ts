import type { ja } from './ja/index.js';

/** A catalogue section's shape with any strings as values: what the English side must match. */
export type Widen<T> = T extends string
  ? string
  : T extends readonly (infer U)[]
    ? readonly Widen<U>[]
    : { readonly [K in keyof T]: Widen<T[K]> };

/** The shape every catalogue has: the Japanese catalogue's keys, with any strings as values. */
export type Catalogue = Widen<typeof ja>;

/** Flattens a catalogue to dotted keys ('a.b.0') with their strings, for key and placeholder checks. */
export function flattenCatalogue(value: unknown, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  if (typeof value === 'string') {
    out.set(prefix, value);
    return out;
  }
  if (value !== null && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      for (const [k, v] of flattenCatalogue(child, prefix ? `${prefix}.${key}` : key))
        out.set(k, v);
    }
  }
  return out;
}

/** The {{placeholders}} a message uses, without format arguments, sorted. */
export function placeholders(message: string): string[] {
  const names = [...message.matchAll(/\{\{\s*([\w.]+)[^}]*\}\}/g)].map((m) => m[1] ?? '');
  return [...new Set(names)].sort();
}
