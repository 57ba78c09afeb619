/**
 * DNS probes through c-ares (dns.promises.Resolver), never getaddrinfo: getaddrinfo has no
 * timeout. Each query gets the Resolver's per-try timeout plus our own overall deadline, after
 * which the Resolver is cancelled. The functions never reject and leave no timer behind.
 */
import { getServers } from 'node:dns';
import { Resolver } from 'node:dns/promises';
import { isIP } from 'node:net';
import type { DnsOutcome } from '../../shared/probe.js';
import type { DnsPace } from './dns-pace.js';

/** How long to wait and where to ask. */
export interface DnsOptions {
  /** c-ares' timeout for the first try (later tries back off). */
  timeoutMs: number;
  /** c-ares' tries per server. */
  tries: number;
  /** Our own hard limit for the whole look-up, from the call. */
  deadlineMs: number;
  signal?: AbortSignal;
  /** 'ADDRESS' or 'ADDRESS:PORT' ('[v6]:PORT'); the system's resolvers when absent. */
  servers?: string[];
  /** Answers so far in this diagnosis: a type the resolver drops is given up sooner (dns-pace.ts). */
  pace?: DnsPace;
}

/** What a look-up came to. */
export interface DnsAnswer<T> {
  outcome: DnsOutcome;
  records: T[];
  ms: number;
  /** The resolvers that were asked. */
  servers: string[];
  /** One English line for the helpdesk. */
  detail: string;
  /** The c-ares code (ENOTFOUND, ETIMEOUT ...), 'DEADLINE', 'PACED', 'ABORTED' or 'NULL_MX'; null when found. */
  code: string | null;
}

/** One MX record. */
export interface MxRecord {
  exchange: string;
  priority: number;
}

/** One address. */
export interface AddressRecord {
  address: string;
  family: 4 | 6;
}

/** One SRV record; a name of '.' means "the service is not offered here" (RFC 2782). */
export interface SrvRecord {
  name: string;
  port: number;
  priority: number;
  weight: number;
}

type Raw<T> = { records: T[]; code: null; ms: number } | { records: []; code: string; ms: number };

const OUTCOMES: Record<string, DnsOutcome> = {
  ENOTFOUND: 'nxdomain',
  ENODATA: 'nodata',
  ETIMEOUT: 'timeout',
  DEADLINE: 'timeout',
  PACED: 'timeout',
  ECONNREFUSED: 'refused',
  EREFUSED: 'refused',
  ESERVFAIL: 'servfail',
};

/** The resolvers this process uses by default (from /etc/resolv.conf or the OS). */
export function systemDnsServers(): string[] {
  return getServers();
}

function makeResolver(
  o: DnsOptions,
): { resolver: Resolver; servers: string[] } | { error: string } {
  try {
    const resolver = new Resolver({
      timeout: Math.max(1, Math.round(o.timeoutMs)),
      tries: Math.max(1, o.tries),
    });
    if (o.servers) resolver.setServers(o.servers);
    return { resolver, servers: resolver.getServers() };
  } catch (err) {
    return { error: (err as NodeJS.ErrnoException).code ?? 'EBADSERVER' };
  }
}

/** Codes of a reply from the resolver itself: it answered, whatever it said. */
const ANSWERED = new Set([
  null,
  'ENOTFOUND',
  'ENODATA',
  'ESERVFAIL',
  'EREFUSED',
  'ENOTIMP',
  'EFORMERR',
]);

/**
 * Runs one query of `name` against a fresh Resolver, bounded by the deadline and the abort signal.
 * With a pace (dns-pace.ts), a query still pending once the resolver answered others about the
 * same name is asked again (a second Resolver, the first still listening), then given up.
 */
function bounded<T>(
  resolver: Resolver,
  o: DnsOptions,
  name: string,
  run: (r: Resolver) => Promise<T[]>,
): Promise<Raw<T>> {
  const started = performance.now();
  const elapsed = (): number => Math.round(performance.now() - started);
  if (o.signal?.aborted) return Promise.resolve({ records: [], code: 'ABORTED', ms: 0 });
  return new Promise((resolve) => {
    const resolvers = [resolver];
    let settled = false;
    let resent = false;
    let paceTimer: NodeJS.Timeout | undefined;
    let offPace = (): void => undefined;
    const finish = (r: Raw<T>): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      clearTimeout(paceTimer);
      offPace();
      o.signal?.removeEventListener('abort', onAbort);
      resolve(r);
    };
    const stop = (code: string): void => {
      // cancel() makes the pending query reject with ECANCELLED; finish() has already run by then.
      for (const r of resolvers) r.cancel();
      finish({ records: [], code, ms: elapsed() });
    };
    const onAbort = (): void => stop('ABORTED');
    const done = (code: string | null, records: T[]): void => {
      if (settled) return;
      const ms = elapsed();
      for (const r of resolvers) r.cancel();
      finish(code === null ? { records, code, ms } : { records: [], code, ms });
      if (ANSWERED.has(code)) o.pace?.answered(name, ms);
    };
    const ask = (r: Resolver): void => {
      run(r).then(
        (records) => done(null, records),
        (err: NodeJS.ErrnoException) => done(err.code ?? 'EUNKNOWN', []),
      );
    };
    const pace = (): void => {
      const step = settled ? null : (o.pace?.stepFor(name) ?? null);
      clearTimeout(paceTimer);
      if (step === null) return;
      const now = performance.now() - started;
      if (!resent && now >= step.resendAfterMs) {
        resent = true;
        const again = makeResolver(o);
        if ('resolver' in again) {
          resolvers.push(again.resolver);
          ask(again.resolver);
        }
      }
      if (now >= step.giveUpAfterMs) {
        stop('PACED');
        return;
      }
      const next = resent ? step.giveUpAfterMs : step.resendAfterMs;
      paceTimer = setTimeout(pace, Math.max(0, next - now));
    };
    const timer = setTimeout(() => stop('DEADLINE'), Math.max(0, o.deadlineMs));
    o.signal?.addEventListener('abort', onAbort, { once: true });
    ask(resolver);
    if (o.pace) {
      offPace = o.pace.subscribe(pace);
      pace();
    }
  });
}

function via(servers: string[]): string {
  return servers.length > 0 ? servers.join(', ') : 'no resolver';
}

function failureText(code: string, o: DnsOptions, servers: string[], rrtype: string): string {
  switch (code) {
    case 'ENOTFOUND':
      return 'no such domain (NXDOMAIN)';
    case 'ENODATA':
      return `the name exists but has no ${rrtype} records (NODATA)`;
    case 'ETIMEOUT':
      return `no answer from ${via(servers)} (timed out after ${o.tries} tries)`;
    case 'DEADLINE':
      return `no answer from ${via(servers)} within the ${o.deadlineMs} ms deadline`;
    case 'PACED':
      return `no answer from ${via(servers)}, asked twice, while it answered the other look-ups about this name`;
    case 'ECONNREFUSED':
      return `nothing answers DNS at ${via(servers)} (connection refused)`;
    case 'EREFUSED':
      return `${via(servers)} refused the query (REFUSED)`;
    case 'ESERVFAIL':
      return `${via(servers)} could not answer (SERVFAIL)`;
    case 'ABORTED':
      return 'cancelled';
    default:
      return `look-up failed (${code})`;
  }
}

function answer<T>(
  rrtype: string,
  name: string,
  raw: Raw<T>,
  o: DnsOptions,
  servers: string[],
  show: (r: T) => string,
): DnsAnswer<T> {
  const head = `${rrtype} ${name}:`;
  const tail = `(${raw.ms} ms via ${via(servers)})`;
  if (raw.code === null && raw.records.length > 0) {
    const shown = raw.records.slice(0, 6).map(show).join(', ');
    const more = raw.records.length > 6 ? ` and ${raw.records.length - 6} more` : '';
    return {
      outcome: 'found',
      records: raw.records,
      ms: raw.ms,
      servers,
      detail: `${head} ${shown}${more} ${tail}`,
      code: null,
    };
  }
  const code = raw.code ?? 'ENODATA';
  const outcome = OUTCOMES[code] ?? 'error';
  return {
    outcome,
    records: [],
    ms: raw.ms,
    servers,
    detail: `${head} ${failureText(code, o, servers, rrtype)} ${tail}`,
    code,
  };
}

function badResolver<T>(rrtype: string, name: string, code: string, o: DnsOptions): DnsAnswer<T> {
  const detail = `${rrtype} ${name}: unusable DNS server setting ${JSON.stringify(o.servers ?? [])} (${code})`;
  return { outcome: 'error', records: [], ms: 0, servers: o.servers ?? [], detail, code };
}

function cleanName(name: string): string {
  const n = name.toLowerCase().replace(/\.$/, '');
  return n === '' ? '.' : n;
}

/** MX records of a domain, by priority. A lone null MX (RFC 7505) comes back as nodata, code NULL_MX. */
export async function resolveMx(domain: string, o: DnsOptions): Promise<DnsAnswer<MxRecord>> {
  const made = makeResolver(o);
  if ('error' in made) return badResolver('MX', domain, made.error, o);
  const raw = await bounded(made.resolver, o, domain, (r) => r.resolveMx(domain));
  const all = raw.records.map((m) => ({ exchange: cleanName(m.exchange), priority: m.priority }));
  // A "." exchange among real ones is a misconfiguration; it carries no host to try.
  const usable = all
    .filter((m) => m.exchange !== '.')
    .sort(
      (a, b) =>
        a.priority - b.priority || (a.exchange < b.exchange ? -1 : a.exchange > b.exchange ? 1 : 0),
    );
  if (raw.code === null && all.length > 0 && usable.length === 0) {
    const detail = `MX ${domain}: null MX (RFC 7505), this domain accepts no mail (${raw.ms} ms via ${via(made.servers)})`;
    return {
      outcome: 'nodata',
      records: [],
      ms: raw.ms,
      servers: made.servers,
      detail,
      code: 'NULL_MX',
    };
  }
  const fixed: Raw<MxRecord> = raw.code === null ? { ...raw, records: usable } : raw;
  return answer('MX', domain, fixed, o, made.servers, (m) => `${m.priority} ${m.exchange}`);
}

/** SRV records of a name, by priority, then by weight (heaviest first). */
export async function resolveSrv(name: string, o: DnsOptions): Promise<DnsAnswer<SrvRecord>> {
  const made = makeResolver(o);
  if ('error' in made) return badResolver('SRV', name, made.error, o);
  const raw = await bounded(made.resolver, o, name, (r) => r.resolveSrv(name));
  const records = raw.records
    .map((s) => ({ name: cleanName(s.name), port: s.port, priority: s.priority, weight: s.weight }))
    .sort((a, b) => a.priority - b.priority || b.weight - a.weight);
  const fixed: Raw<SrvRecord> = raw.code === null ? { ...raw, records } : raw;
  return answer(
    'SRV',
    name,
    fixed,
    o,
    made.servers,
    (s) => `${s.priority} ${s.weight} ${s.port} ${s.name}`,
  );
}

async function resolveFamily(
  host: string,
  family: 4 | 6,
  o: DnsOptions,
): Promise<DnsAnswer<AddressRecord>> {
  const rrtype = family === 4 ? 'A' : 'AAAA';
  const made = makeResolver(o);
  if ('error' in made) return badResolver(rrtype, host, made.error, o);
  const raw = await bounded(made.resolver, o, host, async (r) =>
    (family === 4 ? await r.resolve4(host) : await r.resolve6(host)).map((address) => ({
      address,
      family,
    })),
  );
  return answer(rrtype, host, raw, o, made.servers, (a) => a.address);
}

// When no family found anything, the most telling failure wins: a name that does not exist, then
// a real failure (it may hide addresses), and only then "exists but has no addresses".
const FAILURE_ORDER: DnsOutcome[] = [
  'nxdomain',
  'timeout',
  'servfail',
  'refused',
  'error',
  'nodata',
];

/** A and AAAA of a host in parallel; found when either has addresses. IP literals come back as they are. */
export async function resolveAddresses(
  host: string,
  o: DnsOptions & { families?: (4 | 6)[] },
): Promise<DnsAnswer<AddressRecord>> {
  const families = o.families ?? [4, 6];
  const literal = isIP(host);
  if (literal === 4 || literal === 6) {
    const wanted = families.includes(literal);
    return {
      outcome: wanted ? 'found' : 'nodata',
      records: wanted ? [{ address: host, family: literal }] : [],
      ms: 0,
      servers: [],
      detail: `${host} is an IP address${wanted ? '' : ` of a family not asked for (IPv${literal})`}; no DNS look-up`,
      code: null,
    };
  }
  const parts = await Promise.all(families.map((f) => resolveFamily(host, f, o)));
  const ms = Math.max(0, ...parts.map((p) => p.ms));
  const servers = [...new Set(parts.flatMap((p) => p.servers))];
  const detail = parts.map((p) => p.detail).join('; ');
  const records = parts.flatMap((p) => p.records);
  if (records.length > 0) return { outcome: 'found', records, ms, servers, detail, code: null };
  const worst = [...parts].sort(
    (a, b) => FAILURE_ORDER.indexOf(a.outcome) - FAILURE_ORDER.indexOf(b.outcome),
  )[0];
  return {
    outcome: worst?.outcome ?? 'nodata',
    records: [],
    ms,
    servers,
    detail,
    code: worst?.code ?? 'ENODATA',
  };
}
