/**
 * Fuzz target: the provider-data reader (parseProviderData in shared/providers/validate-data.ts)
 * and the look-up over what it accepts. Inputs are the bundled data, cut down to a few entries
 * and bent at random places (a field replaced by any JSON value or a nasty string or number, a
 * key removed or added, an entry duplicated), or any JSON value at all, or deep nesting. Besides
 * "never throws", it checks:
 * - an accepted database is accepted again unchanged (the reader is idempotent);
 * - every accepted server has an integer port in 1-65535 and a known socket type;
 * - looking up one of its domains, or a name under it, finds that domain or a nearer one.
 */
import fc from 'fast-check';
import data from '../../../shared/providers/providers.json' with { type: 'json' };
import { buildDomainIndex, lookupInIndex } from '../../../shared/providers/lookup.js';
import { parseProviderData } from '../../../shared/providers/validate-data.js';
import type { CheckResult, SyncTarget } from '../harness.js';

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

/** One mutation: where (an index into the list of paths) and what. */
type Mutation =
  | { op: 'set'; at: number; value: Json }
  | { op: 'delete'; at: number }
  | { op: 'add'; at: number; key: string; value: Json }
  | { op: 'duplicate'; at: number };

/** One generated database (or anything else) and the names to look up if it is accepted. */
export interface ProviderInput {
  db: unknown;
  queries: string[];
}

const real = data as unknown as { source: Json; providers: Json[] };

const nastyString = fc.oneof(
  fc.constantFrom(
    '',
    ' ',
    'jp',
    'co.jp',
    'ne.jp',
    'EXAMPLE.JP',
    'example.jp.',
    'xn--',
    'a..b',
    '%EMAILDOMAIN%',
    '%FOO%',
    'smtp.%EMAILDOMAIN%',
    'http://x',
    'https://',
    'javascript:alert(1)',
    '2026-02-30',
    '9999-99-99',
    '__proto__',
    'a\u0000b',
    'é.jp',
    '\ud800',
  ),
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.domain(),
  fc.integer({ min: 1990, max: 5000 }).map((n) => 'x'.repeat(n)),
);
const nastyNumber = fc.oneof(
  fc.constantFrom(0, -1, 1, 25, 465, 587, 2525, 65535, 65536, 1.5, -0, 1e308),
  fc.integer(),
  fc.double({ noNaN: true }),
);
const value: fc.Arbitrary<Json> = fc.oneof(
  { weight: 2, arbitrary: nastyString },
  { weight: 2, arbitrary: nastyNumber },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }) as fc.Arbitrary<Json> },
  { weight: 1, arbitrary: fc.constantFrom<Json>(null, true, false, [], {}) },
);
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ op: fc.constant('set' as const), at: fc.nat(), value }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('delete' as const), at: fc.nat() }) },
  {
    weight: 1,
    arbitrary: fc.record({
      op: fc.constant('add' as const),
      at: fc.nat(),
      key: fc.oneof(
        fc.string({ maxLength: 12 }),
        fc.constantFrom('__proto__', 'constructor', 'origin', 'restriction'),
      ),
      value,
    }),
  },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('duplicate' as const), at: fc.nat() }) },
);

// Every container (object or array) in the tree, with its parent, as places to mutate.
function containers(root: Json): (Json[] | { [k: string]: Json })[] {
  const out: (Json[] | { [k: string]: Json })[] = [];
  const stack: Json[] = [root];
  while (stack.length > 0) {
    const v = stack.pop() as Json;
    if (v !== null && typeof v === 'object') {
      out.push(v);
      stack.push(...(Array.isArray(v) ? v : Object.values(v)));
    }
  }
  return out;
}

// Values are cloned on the way in: fast-check hands out shared instances (the constant [] and {}),
// and mutating one of those in place would change later inputs and could even make a cycle.
function apply(root: Json, m: Mutation): void {
  const all = containers(root);
  const c = all[m.at % all.length];
  if (c === undefined) return;
  const keys = Array.isArray(c) ? c.map((_, i) => i) : Object.keys(c);
  const key = keys.length > 0 ? keys[m.at % keys.length] : undefined;
  const obj = c as Record<string | number, Json>;
  if (m.op === 'set' && key !== undefined) obj[key] = structuredClone(m.value);
  else if (m.op === 'delete' && key !== undefined) {
    if (Array.isArray(c)) c.splice(key as number, 1);
    else Reflect.deleteProperty(obj, key);
  } else if (m.op === 'add') {
    if (Array.isArray(c)) c.push(structuredClone(m.value));
    else
      Object.defineProperty(c, m.key, {
        value: structuredClone(m.value),
        enumerable: true,
        configurable: true,
        writable: true,
      });
  } else if (m.op === 'duplicate' && key !== undefined && Array.isArray(c)) {
    c.push(structuredClone(c[key as number] as Json));
  }
}

const mutated = fc
  .tuple(
    fc.uniqueArray(fc.nat({ max: real.providers.length - 1 }), { minLength: 1, maxLength: 4 }),
    fc.array(mutation, { maxLength: 4 }),
  )
  .map(([picks, muts]) => {
    const db: Json = {
      source: structuredClone(real.source),
      providers: picks.map((i) => structuredClone(real.providers[i] as Json)),
    };
    for (const m of muts) apply(db, m);
    return db;
  });
const deep = fc
  .integer({ min: 1000, max: 20_000 })
  .map((n) => JSON.parse('['.repeat(n) + ']'.repeat(n)) as Json);
const query = fc.oneof(
  fc.domain(),
  fc.string({ maxLength: 30 }),
  fc.string({ unit: 'binary', maxLength: 30 }),
);

/** Every generated database with its look-ups. */
export const providerInput: fc.Arbitrary<ProviderInput> = fc.record({
  db: fc.oneof(
    { weight: 8, arbitrary: mutated },
    { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 4 }) },
    { weight: 1, arbitrary: fc.record({ source: fc.constant(real.source), providers: deep }) },
  ),
  queries: fc.array(query, { maxLength: 3 }),
});

function acceptedProblems(
  value: ReturnType<typeof parseProviderData> & { ok: true },
  queries: string[],
): string[] {
  const out: string[] = [];
  const db = value.value;
  for (const p of db.providers) {
    for (const s of p.outgoing) {
      if (!Number.isInteger(s.port) || s.port < 1 || s.port > 65535)
        out.push(`port ${s.port} accepted`);
      if (!['plain', 'starttls', 'tls'].includes(s.socketType))
        out.push(`socket type ${s.socketType} accepted`);
    }
  }
  const index = buildDomainIndex(db.providers);
  const domains = db.providers.flatMap((p) => p.domains);
  for (const d of domains.slice(0, 3)) {
    for (const q of [d, `mail.${d}`, `A.B.${d.toUpperCase()}.`]) {
      if (q.length > 253) continue; // longer than any host name: the walk refuses it on purpose
      const hit = lookupInIndex(index, { domain: q });
      if (!hit) out.push(`${q} not found though ${d} is listed`);
      else if (!`.${q.toLowerCase().replace(/\.$/, '')}`.endsWith(`.${hit.matchedDomain}`))
        out.push(`${q} matched ${hit.matchedDomain}, which is not a parent of it`);
    }
  }
  for (const q of queries) lookupInIndex(index, { domain: q, mxHosts: [q, `mx.${q}`] });
  return out;
}

/** The provider-data target. */
export const providerDataTarget: SyncTarget<ProviderInput> = {
  name: 'provider-data',
  arbitrary: providerInput,
  budgetMs: 1000,
  check({ db, queries }) {
    const r = parseProviderData(db);
    if (!r.ok) {
      return typeof r.error === 'string' && r.error.length > 0 && r.error.length < 3000
        ? []
        : [{ kind: 'wrong', message: 'refusal without a readable error' }];
    }
    const found: CheckResult = acceptedProblems(r, queries).map((message) => ({
      kind: 'wrong',
      message,
    }));
    const again = parseProviderData(JSON.parse(JSON.stringify(r.value)));
    if (!again.ok || JSON.stringify(again.value) !== JSON.stringify(r.value))
      found.push({
        kind: 'wrong',
        message: 'an accepted database is not accepted again unchanged',
      });
    return found;
  },
};
