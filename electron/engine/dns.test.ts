import { createSocket } from 'node:dgram';
import { afterAll, beforeAll, describe, it, expect } from 'vitest';
import { startTestDnsServer } from '../../test/support/dns-test-server.js';
import type { TestDnsServer } from '../../test/support/dns-test-server.js';
import { DnsPace } from './dns-pace.js';
import { resolveAddresses, resolveMx, resolveSrv, systemDnsServers } from './dns.js';
import type { DnsOptions } from './dns.js';

let dns: TestDnsServer;
let silent: TestDnsServer;

beforeAll(async () => {
  dns = await startTestDnsServer({
    'example.test': {
      MX: [
        { priority: 20, exchange: 'mx2.example.test' },
        { priority: 10, exchange: 'MX1.Example.Test' },
      ],
      A: ['192.0.2.1'],
    },
    'both.example.test': { A: ['192.0.2.10', '192.0.2.11'], AAAA: ['2001:db8::25'] },
    'v6only.example.test': { AAAA: ['2001:db8:0:1::1'] },
    'v4only.example.test': { A: ['192.0.2.4'] },
    'nullmx.example.test': { MX: [{ priority: 0, exchange: '.' }] },
    'empty.example.test': {},
    'servfail.example.test': { rcode: 'SERVFAIL' },
    'refused.example.test': { rcode: 'REFUSED' },
    'dropped.example.test': { drop: true },
    'nomx.example.test': { dropTypes: ['MX'], A: ['192.0.2.20'] },
    'noaaaa.example.test': { dropTypes: ['AAAA'], A: ['192.0.2.21'] },
    'slow.example.test': {
      delayMs: 700,
      A: ['192.0.2.22'],
      MX: [{ priority: 10, exchange: 'mx.slow.example.test' }],
    },
    'lossy.example.test': {
      loseFirst: { types: ['MX'], count: 1 },
      A: ['192.0.2.23'],
      MX: [{ priority: 10, exchange: 'mx.lossy.example.test' }],
    },
    '_submissions._tcp.example.test': {
      SRV: [
        { priority: 10, weight: 5, port: 465, target: 'b.example.test' },
        { priority: 0, weight: 1, port: 465, target: 'a.example.test.' },
        { priority: 10, weight: 50, port: 465, target: 'c.example.test' },
      ],
    },
    '_submission._tcp.example.test': { SRV: [{ priority: 0, weight: 0, port: 0, target: '.' }] },
  });
  silent = await startTestDnsServer({}, { silent: true });
});

afterAll(async () => {
  await dns.close();
  await silent.close();
});

function opts(extra: Partial<DnsOptions> = {}): DnsOptions {
  return { timeoutMs: 300, tries: 1, deadlineMs: 2000, servers: [dns.server], ...extra };
}

describe('resolveMx', () => {
  it('returns MX records sorted by priority, lower case', async () => {
    const a = await resolveMx('example.test', opts());
    expect(a.outcome).toBe('found');
    expect(a.code).toBeNull();
    expect(a.records).toEqual([
      { exchange: 'mx1.example.test', priority: 10 },
      { exchange: 'mx2.example.test', priority: 20 },
    ]);
    expect(a.servers).toEqual([dns.server]);
    expect(a.detail).toContain('10 mx1.example.test, 20 mx2.example.test');
    expect(a.ms).toBeGreaterThanOrEqual(0);
  });

  it('reports a null MX as nodata that accepts no mail', async () => {
    const a = await resolveMx('nullmx.example.test', opts());
    expect(a).toMatchObject({ outcome: 'nodata', records: [], code: 'NULL_MX' });
    expect(a.detail).toContain('accepts no mail');
  });

  it.each([
    ['nxdomain', 'nope.example.test', 'ENOTFOUND'],
    ['nodata', 'empty.example.test', 'ENODATA'],
    ['servfail', 'servfail.example.test', 'ESERVFAIL'],
    ['refused', 'refused.example.test', 'EREFUSED'],
  ])('classifies %s', async (outcome, name, code) => {
    const a = await resolveMx(name, opts());
    expect(a.outcome).toBe(outcome);
    expect(a.code).toBe(code);
    expect(a.records).toEqual([]);
    expect(a.detail).toMatch(new RegExp(`^MX ${name.replace(/\./g, '\\.')}: `));
  });
});

describe('timeouts and deadlines', () => {
  it('reports c-ares timeouts as timeout', async () => {
    const started = performance.now();
    const a = await resolveMx(
      'example.test',
      opts({ servers: [silent.server], timeoutMs: 100, tries: 1 }),
    );
    expect(a.outcome).toBe('timeout');
    expect(a.code).toBe('ETIMEOUT');
    expect(performance.now() - started).toBeLessThan(1500);
  });

  it('ends at the deadline when the server never answers', async () => {
    const before = silent.queries.length;
    const started = performance.now();
    const a = await resolveMx(
      'example.test',
      opts({ servers: [silent.server], timeoutMs: 5000, tries: 4, deadlineMs: 400 }),
    );
    const took = performance.now() - started;
    expect(a.outcome).toBe('timeout');
    expect(a.code).toBe('DEADLINE');
    expect(a.detail).toContain('400 ms deadline');
    expect(took).toBeGreaterThanOrEqual(390);
    expect(took).toBeLessThan(400 + 250);
    expect(silent.queries.length).toBeGreaterThan(before);
  });

  it('ends at the deadline when one name is dropped by a working server', async () => {
    const started = performance.now();
    const a = await resolveAddresses(
      'dropped.example.test',
      opts({ timeoutMs: 5000, deadlineMs: 300 }),
    );
    expect(a.outcome).toBe('timeout');
    expect(performance.now() - started).toBeLessThan(300 + 250);
  });
});

describe('cancellation, cleanup and odd servers', () => {
  it('stops at once when aborted, and does not start when already aborted', async () => {
    const ac = new AbortController();
    const started = performance.now();
    const pending = resolveMx(
      'example.test',
      opts({ servers: [silent.server], timeoutMs: 5000, deadlineMs: 5000, signal: ac.signal }),
    );
    setTimeout(() => ac.abort(), 50);
    const a = await pending;
    expect(a).toMatchObject({ outcome: 'error', code: 'ABORTED' });
    expect(performance.now() - started).toBeLessThan(500);

    const b = await resolveMx('example.test', opts({ signal: AbortSignal.abort() }));
    expect(b).toMatchObject({ outcome: 'error', code: 'ABORTED', ms: 0 });
  });

  it('leaves no timer behind, whether it ends by answer, deadline or abort', async () => {
    // Watch the real timers: every one started during the calls must have fired or been cleared.
    const live = new Set<unknown>();
    const realSet = globalThis.setTimeout;
    const realClear = globalThis.clearTimeout;
    const watchedSet = ((fn: () => void, ms?: number) => {
      const handle: unknown = realSet(() => {
        live.delete(handle);
        fn();
      }, ms);
      live.add(handle);
      return handle;
    }) as unknown as typeof setTimeout;
    globalThis.setTimeout = watchedSet;
    globalThis.clearTimeout = ((h: Parameters<typeof clearTimeout>[0]) => {
      live.delete(h);
      realClear(h);
    }) as typeof clearTimeout;
    let leftover: number;
    try {
      await resolveMx('example.test', opts({ deadlineMs: 60_000 }));
      await resolveAddresses('both.example.test', opts({ deadlineMs: 60_000 }));
      await resolveMx(
        'example.test',
        opts({ servers: [silent.server], timeoutMs: 5000, deadlineMs: 100 }),
      );
      const ac = new AbortController();
      const pending = resolveSrv(
        '_submissions._tcp.example.test',
        opts({ servers: [silent.server], deadlineMs: 60_000, signal: ac.signal }),
      );
      ac.abort();
      await pending;
      leftover = live.size;
    } finally {
      globalThis.setTimeout = realSet;
      globalThis.clearTimeout = realClear;
    }
    expect(leftover).toBe(0);
  });

  it('classifies a port where nothing listens as refused', async () => {
    // Bind and close a UDP port so that it is free; queries to it draw ICMP port unreachable.
    const probe = createSocket('udp4');
    await new Promise<void>((r) => probe.bind(0, '127.0.0.1', () => r()));
    const port = probe.address().port;
    await new Promise<void>((r) => probe.close(() => r()));
    const a = await resolveMx(
      'example.test',
      opts({ servers: [`127.0.0.1:${port}`], timeoutMs: 300, deadlineMs: 1500 }),
    );
    expect(a.outcome).toBe('refused');
    expect(a.code).toBe('ECONNREFUSED');
  });

  it('reports an unusable server setting as error without throwing', async () => {
    const a = await resolveMx('example.test', opts({ servers: ['not an address'] }));
    expect(a.outcome).toBe('error');
    expect(a.code).not.toBeNull();
  });
});

describe('resolveAddresses', () => {
  it('asks A and AAAA in parallel and returns both', async () => {
    const a = await resolveAddresses('both.example.test', opts());
    expect(a.outcome).toBe('found');
    expect(a.records).toEqual([
      { address: '192.0.2.10', family: 4 },
      { address: '192.0.2.11', family: 4 },
      { address: '2001:db8::25', family: 6 },
    ]);
    expect(a.detail).toContain('A both.example.test');
    expect(a.detail).toContain('AAAA both.example.test');
  });

  it('is found when only one family has addresses', async () => {
    expect((await resolveAddresses('v6only.example.test', opts())).records).toEqual([
      { address: '2001:db8:0:1::1', family: 6 },
    ]);
    const v4 = await resolveAddresses('v4only.example.test', opts());
    expect(v4.outcome).toBe('found');
    expect(v4.records).toEqual([{ address: '192.0.2.4', family: 4 }]);
  });

  it('asks only the families requested', async () => {
    const asked = (q: string): number => dns.queries.filter((x) => x === q).length;
    const [a4, a6] = [asked('A both.example.test'), asked('AAAA both.example.test')];
    const a = await resolveAddresses('both.example.test', { ...opts(), families: [6] });
    expect(a.records).toEqual([{ address: '2001:db8::25', family: 6 }]);
    expect(asked('A both.example.test')).toBe(a4);
    expect(asked('AAAA both.example.test')).toBe(a6 + 1);
  });

  it.each([
    ['nxdomain', 'nope.example.test'],
    ['nodata', 'empty.example.test'],
    ['servfail', 'servfail.example.test'],
    ['refused', 'refused.example.test'],
  ])('classifies %s', async (outcome, name) => {
    expect((await resolveAddresses(name, opts())).outcome).toBe(outcome);
  });

  it('returns IP literals without asking DNS', async () => {
    const before = dns.queries.length;
    expect(await resolveAddresses('192.0.2.99', opts())).toMatchObject({
      outcome: 'found',
      records: [{ address: '192.0.2.99', family: 4 }],
      ms: 0,
      code: null,
    });
    expect((await resolveAddresses('2001:db8::1', opts())).records).toEqual([
      { address: '2001:db8::1', family: 6 },
    ]);
    expect((await resolveAddresses('2001:db8::1', { ...opts(), families: [4] })).outcome).toBe(
      'nodata',
    );
    expect(dns.queries.length).toBe(before);
  });
});

describe('resolveSrv', () => {
  it('orders by priority, then heaviest weight first, and cleans target names', async () => {
    const a = await resolveSrv('_submissions._tcp.example.test', opts());
    expect(a.outcome).toBe('found');
    expect(a.records.map((r) => `${r.priority} ${r.weight} ${r.port} ${r.name}`)).toEqual([
      '0 1 465 a.example.test',
      '10 50 465 c.example.test',
      '10 5 465 b.example.test',
    ]);
  });

  it('keeps a "." target so that callers can see "not offered"', async () => {
    const a = await resolveSrv('_submission._tcp.example.test', opts());
    expect(a.outcome).toBe('found');
    expect(a.records).toEqual([{ name: '.', port: 0, priority: 0, weight: 0 }]);
  });

  it('classifies a missing SRV name as nxdomain', async () => {
    expect((await resolveSrv('_submission._tcp.nope.example.test', opts())).outcome).toBe(
      'nxdomain',
    );
  });
});

describe('systemDnsServers', () => {
  it('lists the configured resolvers as strings', () => {
    const servers = systemDnsServers();
    expect(Array.isArray(servers)).toBe(true);
    for (const s of servers) expect(typeof s).toBe('string');
  });
});

describe('pacing: a type the resolver drops while it answers the others', () => {
  // The engine's settings: c-ares' own timeouts and our deadline would wait 4 s for a dropped type.
  const slowOpts = (pace: DnsPace): DnsOptions =>
    opts({ timeoutMs: 1500, tries: 2, deadlineMs: 4000, pace });

  it('gives up on a dropped MX soon after the same name answered A, asking it twice', async () => {
    const pace = new DnsPace({ factor: 3, floorMs: 500 });
    const o = slowOpts(pace);
    const before = dns.queries.filter((q) => q === 'MX nomx.example.test').length;
    const started = performance.now();
    const [mx, a] = await Promise.all([
      resolveMx('nomx.example.test', o),
      resolveAddresses('nomx.example.test', { ...o, families: [4] }),
    ]);
    const took = performance.now() - started;
    expect(a.outcome).toBe('found');
    expect(mx).toMatchObject({ outcome: 'timeout', code: 'PACED' });
    expect(mx.detail).toContain('asked twice');
    expect(took).toBeGreaterThanOrEqual(990);
    expect(took).toBeLessThan(1000 + 400);
    const asked = dns.queries.filter((q) => q === 'MX nomx.example.test').length - before;
    expect(asked).toBe(2);
  });

  it('gives up on a dropped AAAA once A answered (a broken DNS proxy), keeping the A records', async () => {
    const o = slowOpts(new DnsPace({ factor: 3, floorMs: 500 }));
    const started = performance.now();
    const a = await resolveAddresses('noaaaa.example.test', o);
    expect(a.outcome).toBe('found');
    expect(a.records).toEqual([{ address: '192.0.2.21', family: 4 }]);
    expect(performance.now() - started).toBeLessThan(1000 + 400);
  });

  it('does not cut a slow resolver short: its answers slow the pace down', async () => {
    const o = slowOpts(new DnsPace({ factor: 3, floorMs: 500 }));
    const [mx, a] = await Promise.all([
      resolveMx('slow.example.test', o),
      resolveAddresses('slow.example.test', { ...o, families: [4] }),
    ]);
    expect(a.outcome).toBe('found');
    expect(mx.outcome).toBe('found');
    expect(mx.ms).toBeGreaterThanOrEqual(690);
  });

  it('asks a lost query again at the pace instead of waiting for c-ares', async () => {
    const o = slowOpts(new DnsPace({ factor: 3, floorMs: 500 }));
    const [mx] = await Promise.all([
      resolveMx('lossy.example.test', o),
      resolveAddresses('lossy.example.test', { ...o, families: [4] }),
    ]);
    expect(mx.outcome).toBe('found');
    // Asked again at 500 ms, long before c-ares' own retry at 1500 ms.
    expect(mx.ms).toBeGreaterThanOrEqual(490);
    expect(mx.ms).toBeLessThan(1000);
  });

  it('waits the full deadline when nothing about the name has answered', async () => {
    const pace = new DnsPace({ factor: 3, floorMs: 50 });
    pace.answered('other.example.test', 1);
    const a = await resolveMx(
      'dropped.example.test',
      opts({ timeoutMs: 5000, deadlineMs: 400, pace }),
    );
    expect(a.code).toBe('DEADLINE');
  });
});
