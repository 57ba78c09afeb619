import { setMaxListeners } from 'node:events';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Provider, ProviderServer } from '../../../shared/providers/index.js';
import { parseEmail, type ParsedEmail } from '../../../shared/validate.js';
import {
  fakePlanProbes,
  type FakeCall,
  type FakeNetwork,
} from '../../../test/support/fake-plan-probes.js';
import { resolveConfig } from '../config.js';
import { ProbeRecorder } from '../recorder.js';
import { runProbes, type PlanInput } from '../plan.js';

const cfg = resolveConfig(
  {
    referenceMx: ['ref-mx.test'],
    referenceSubmission: ['ref-sub.test'],
    webControls: ['web.test'],
  },
  {},
);

function email(address: string): ParsedEmail {
  const r = parseEmail(address);
  if (!r.ok) throw new Error(address);
  return r.value;
}

const server: ProviderServer = {
  hostname: 'smtp.example.jp',
  port: 587,
  socketType: 'starttls',
  username: '%EMAILADDRESS%',
  authentication: ['password-cleartext'],
  insideIspOnly: false,
};

const provider: Provider = {
  id: 'example',
  displayName: 'Example',
  domains: ['example.jp'],
  outgoing: [server],
};

/** OP25B: controls answer in 5 ms, port 25 is silent everywhere. */
function op25b(extra: Partial<FakeNetwork> = {}): FakeNetwork {
  return {
    addresses: {
      'web.test': ['203.0.113.80'],
      'ref-mx.test': ['203.0.113.25'],
      'ref-sub.test': ['203.0.113.87'],
      'mx.example.jp': ['203.0.113.10'],
      'smtp.example.jp': ['203.0.113.11'],
      'mail.example.jp': ['203.0.113.12'],
      ...extra.addresses,
    },
    mx: { 'example.jp': ['mx.example.jp'] },
    ports: {
      '203.0.113.80:443': { outcome: 'open', ms: 5 },
      '203.0.113.25:25': { outcome: 'silent' },
      '203.0.113.87:587': { outcome: 'open', ms: 5 },
      '203.0.113.87:465': { outcome: 'open', ms: 5 },
      '203.0.113.10:25': { outcome: 'silent' },
      '203.0.113.11:587': { outcome: 'open', ms: 20 },
      '203.0.113.11:465': { outcome: 'open', ms: 20 },
      '203.0.113.12:587': { outcome: 'silent' },
      '203.0.113.12:465': { outcome: 'silent' },
      ...extra.ports,
    },
    ...(extra.autoconfig ? { autoconfig: extra.autoconfig } : {}),
    ...(extra.providers ? { providers: extra.providers } : {}),
    ...(extra.srv ? { srv: extra.srv } : {}),
    ...(extra.globalIpv6 !== undefined ? { globalIpv6: extra.globalIpv6 } : {}),
    ...(extra.ipv4Route !== undefined ? { ipv4Route: extra.ipv4Route } : {}),
    ...(extra.ipv6Route !== undefined ? { ipv6Route: extra.ipv6Route } : {}),
    ...(extra.wrongCertNames ? { wrongCertNames: extra.wrongCertNames } : {}),
  };
}

async function run(net: FakeNetwork, input: Partial<PlanInput> = {}) {
  const { probes, log } = fakePlanProbes(net);
  const started = performance.now();
  const signal = new AbortController().signal;
  // As in runDiagnosis: every pending probe listens on this one signal.
  setMaxListeners(0, signal);
  const planned = runProbes(
    { email: email('taro@example.jp'), ...input },
    cfg,
    new ProbeRecorder(0),
    signal,
    probes,
  );
  await vi.runAllTimersAsync();
  const outcome = await planned;
  return { outcome, log, tookMs: performance.now() - started };
}

function find(calls: FakeCall[], host: string, port: number): FakeCall[] {
  return calls.filter((c) => c.host === host && c.port === port);
}

function only(calls: FakeCall[], host: string, port: number): FakeCall {
  const found = find(calls, host, port);
  expect(found).toHaveLength(1);
  return found[0] as FakeCall;
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('probe scheduler: deadlines', () => {
  it('judges a silent port 25 after three far-away round trips when the controls are near', async () => {
    const { log } = await run(op25b({ providers: { forDomain: provider } }));
    for (const host of ['ref-mx.test', 'mx.example.jp']) {
      const c = only(log.calls, host, 25);
      expect(c.outcome).toBe('filtered');
      expect(c.endedAt - c.startedAt).toBeCloseTo(3 * cfg.unseenRttMs, 0);
    }
  });

  it('follows the slowest control that answered', async () => {
    const net = op25b({ ports: { '203.0.113.80:443': { outcome: 'open', ms: 400 } } });
    const { log } = await run(net);
    const c = only(log.calls, 'ref-mx.test', 25);
    expect(c.outcome).toBe('filtered');
    expect(c.endedAt - c.startedAt).toBeCloseTo(1200, 0);
  });

  it("gives up on a silent port 25 at a few of its own address's round trips when another port of it answers", async () => {
    const net = op25b({
      ports: {
        // The reference MX's address resets 443 (nothing listens there); the own MX accepts 587.
        '203.0.113.25:443': { outcome: 'refused', ms: 2 },
        '203.0.113.10:587': { outcome: 'open', ms: 3 },
      },
    });
    const { log } = await run(net);
    for (const host of ['ref-mx.test', 'mx.example.jp']) {
      const c = only(log.calls, host, 25);
      expect(c.outcome).toBe('filtered');
      // max(3 x max(own, slowest control 5 ms), floor): the floor, not 3 x the far-away 300 ms.
      expect(c.endedAt - c.startedAt).toBeCloseTo(cfg.rttFloorMs, 0);
    }
    expect(log.pathRtts.map((p) => p.ip).sort()).toEqual(['203.0.113.10', '203.0.113.25']);
  });

  it('keeps three of its round trips for a far address, so its lost first SYN costs nothing', async () => {
    const net = op25b({
      ports: {
        '203.0.113.10:443': { outcome: 'refused', ms: 300 },
        // Two connects per port: the second SYN answers after one round trip.
        '203.0.113.10:25': { outcome: 'open', ms: 300 },
        '203.0.113.25:443': { outcome: 'refused', ms: 320 },
      },
    });
    const { log } = await run(net);
    expect(only(log.calls, 'mx.example.jp', 25).outcome).toBe('open');
    const ref = only(log.calls, 'ref-mx.test', 25);
    expect(ref.outcome).toBe('filtered');
    expect(ref.endedAt - ref.startedAt).toBeCloseTo(960, 0);
  });

  it('keeps the far-away floor when the whole address is silent', async () => {
    const { log } = await run(op25b());
    const c = only(log.calls, 'ref-mx.test', 25);
    expect(c.endedAt - c.startedAt).toBeCloseTo(3 * cfg.unseenRttMs, 0);
    expect(log.pathRtts.map((p) => p.ip)).toContain('203.0.113.25');
  });

  it('a far MX that answers late is still open', async () => {
    const net = op25b({ ports: { '203.0.113.10:25': { outcome: 'open', ms: 700 } } });
    const { log } = await run(net);
    expect(only(log.calls, 'mx.example.jp', 25).outcome).toBe('open');
  });
});

describe('probe scheduler: candidates', () => {
  it('cuts later candidates short once an earlier one answers', async () => {
    const { log, outcome } = await run(op25b({ providers: { forDomain: provider } }));
    expect(only(log.calls, 'smtp.example.jp', 587).outcome).toBe('open');
    for (const port of [587, 465]) {
      const guess = only(log.calls, 'mail.example.jp', port);
      expect(guess.outcome).toBe('skipped');
      // Skipped when the provider's server answered (its look-up, then 20 ms), not at a deadline.
      expect(guess.endedAt).toBeLessThan(30);
    }
    expect(outcome.provider?.id).toBe('example');
    expect(outcome.candidates[0]).toMatchObject({ host: 'smtp.example.jp', source: 'provider_db' });
  });

  it('probes the name a certificate gives (shared hosting) once, at the very address that answered', async () => {
    const { log } = await run(
      op25b({
        providers: { forDomain: provider },
        addresses: { 'server9.hosting.test': ['203.0.113.11', '203.0.113.90'] },
        ports: { '203.0.113.90:587': { outcome: 'open', ms: 8 } },
        wrongCertNames: { '203.0.113.11:587': ['server9.hosting.test', '*.hosting.test'] },
      }),
    );
    const followed = only(log.calls, 'server9.hosting.test', 587);
    expect(followed).toMatchObject({ role: 'submission', ip: '203.0.113.11' });
  });

  it('never probes a mail host the user did not type at a local or loopback address', async () => {
    const { log } = await run(
      op25b({
        addresses: {
          'smtp.example.jp': ['127.0.0.1', '203.0.113.11'],
          'mx.example.jp': ['10.0.0.25'],
        },
        ports: { '127.0.0.1:587': { outcome: 'open', ms: 1 } },
      }),
    );
    expect(find(log.calls, 'smtp.example.jp', 587).map((c) => c.ip)).toEqual(['203.0.113.11']);
    expect(find(log.calls, 'mx.example.jp', 25)).toHaveLength(0);
  });

  it('probes the server the user typed wherever it is (a company’s own mail server)', async () => {
    const { log } = await run(
      op25b({
        addresses: { 'mail.corp.example.jp': ['10.0.0.25'] },
        ports: { '10.0.0.25:587': { outcome: 'open', ms: 1 } },
      }),
      { server: 'mail.corp.example.jp', port: 587 },
    );
    expect(only(log.calls, 'mail.corp.example.jp', 587)).toMatchObject({ ip: '10.0.0.25' });
  });

  it('never follows a certificate’s name that resolves elsewhere', async () => {
    const { log } = await run(
      op25b({
        providers: { forDomain: provider },
        addresses: { 'server9.hosting.test': ['203.0.113.90'] },
        ports: { '203.0.113.90:587': { outcome: 'open', ms: 8 } },
        wrongCertNames: { '203.0.113.11:587': ['server9.hosting.test'] },
      }),
    );
    expect(find(log.calls, 'server9.hosting.test', 587)).toHaveLength(0);
  });

  it('takes a plain, different host name from a certificate, never a wildcard', async () => {
    const { certificateName } = await import('./scheduler.js');
    expect(certificateName(['*.hosting.test', 'Server9.Hosting.Test.'], 'smtp.shop.test')).toBe(
      'server9.hosting.test',
    );
    expect(certificateName(['smtp.shop.test'], 'smtp.shop.test')).toBeNull();
    expect(certificateName(['*.x.test', 'bad name', '10.0.0.1'], 'smtp.shop.test')).toBeNull();
  });

  it('does not launch candidates found after the cutoff', async () => {
    const net = op25b({
      addresses: { 'srv.example.jp': ['203.0.113.40'] },
      ports: { '203.0.113.11:587': { outcome: 'open', ms: 2 } },
      srv: {
        '_submission._tcp.example.jp': [
          { name: 'srv.example.jp', port: 587, priority: 0, weight: 0 },
        ],
      },
    });
    net.dnsMs = 10;
    const { log, outcome } = await run(net, { server: '203.0.113.11', port: 587 });
    expect(only(log.calls, '203.0.113.11', 587).outcome).toBe('open');
    expect(find(log.calls, 'srv.example.jp', 587)).toHaveLength(0);
    // Still listed for diagnose(): discovery knew it, it just was not needed.
    expect(outcome.candidates.some((c) => c.host === 'srv.example.jp')).toBe(true);
  });

  it('probes the servers of the provider found through the MX host', async () => {
    const mxProvider: Provider = {
      ...provider,
      id: 'hosting',
      domains: ['hosting.test'],
      outgoing: [{ ...server, hostname: 'smtp.hosting.test' }],
    };
    const net = op25b({
      addresses: { 'smtp.hosting.test': ['203.0.113.50'] },
      ports: { '203.0.113.50:587': { outcome: 'open', ms: 5 } },
      providers: { forMx: mxProvider },
    });
    const { log, outcome } = await run(net);
    expect(only(log.calls, 'smtp.hosting.test', 587).outcome).toBe('open');
    expect(outcome.provider?.id).toBe('hosting');
    expect(outcome.candidates[0]).toMatchObject({
      host: 'smtp.hosting.test',
      source: 'provider_db',
    });
  });
});

describe('probe scheduler: autoconfig', () => {
  const published = {
    ms: 5000,
    servers: [{ ...server, hostname: 'auto.example.jp' }],
  };

  it('is cut short at once when a better-ranked candidate answers', async () => {
    const { log } = await run(op25b({ providers: { forDomain: provider }, autoconfig: published }));
    expect(log.autoconfig.map((a) => a.outcome)).toEqual(['skipped', 'skipped']);
    for (const a of log.autoconfig) expect(a.endedAt).toBeLessThan(30);
  });

  it('gets only a short grace when a guessed server already answered', async () => {
    const { log, tookMs } = await run(op25b({ autoconfig: published }));
    expect(only(log.calls, 'smtp.example.jp', 587).outcome).toBe('open');
    expect(log.autoconfig.map((a) => a.outcome)).toEqual(['skipped', 'skipped']);
    // Everything else is over after the port-25 deadline (DNS + 900 ms); then the grace.
    const rest = Math.max(...log.calls.map((c) => c.endedAt));
    expect(tookMs).toBeCloseTo(rest + cfg.autoconfig.graceMs, 0);
  });

  it('is waited for when nothing answered, and its servers join the candidates', async () => {
    const net = op25b({
      addresses: { 'auto.example.jp': ['203.0.113.30'] },
      ports: {
        '203.0.113.11:587': { outcome: 'silent' },
        '203.0.113.11:465': { outcome: 'silent' },
        '203.0.113.30:587': { outcome: 'open', ms: 5 },
      },
      autoconfig: { ...published, ms: 1500 },
    });
    const { log, outcome } = await run(net);
    const auto = only(log.calls, 'auto.example.jp', 587);
    expect(auto.outcome).toBe('open');
    expect(auto.startedAt).toBeGreaterThanOrEqual(1500);
    expect(outcome.candidates.find((c) => c.host === 'auto.example.jp')?.source).toBe('autoconfig');
  });
});

describe('probe scheduler: address families', () => {
  const dual = {
    addresses: {
      'web.test': [
        '203.0.113.80',
        '203.0.113.81',
        '203.0.113.82',
        '2001:db8::80',
        '2001:db8::81',
        '2001:db8::82',
      ],
    },
    ports: { '2001:db8::80:443': { outcome: 'open' as const, ms: 5 } },
  };

  it('probes IPv4 only without a global IPv6 address', async () => {
    const { log } = await run(op25b({ ...dual, globalIpv6: false }));
    expect(log.addressLookups.every((l) => l.families.join() === '4')).toBe(true);
    expect(find(log.calls, 'web.test', 443).map((c) => c.ip)).toEqual([
      '203.0.113.80',
      '203.0.113.81',
    ]);
  });

  it('probes up to two addresses of each family with a global IPv6 address', async () => {
    const { log } = await run(op25b({ ...dual, globalIpv6: true }));
    expect(
      find(log.calls, 'web.test', 443)
        .map((c) => c.ip)
        .sort(),
    ).toEqual(['203.0.113.80', '203.0.113.81', '2001:db8::80', '2001:db8::81'].sort());
  });

  it('probes IPv6 only on an IPv6-only line (no IPv4 route; NAT64 reaches IPv4 servers)', async () => {
    const { log } = await run(op25b({ ...dual, globalIpv6: true, ipv4Route: false }));
    expect(log.addressLookups.every((l) => l.families.join() === '6')).toBe(true);
    expect(find(log.calls, 'web.test', 443).map((c) => c.ip)).toEqual([
      '2001:db8::80',
      '2001:db8::81',
    ]);
  });

  it('leaves IPv6 out when it has a global address but no route', async () => {
    const { log } = await run(op25b({ ...dual, globalIpv6: true, ipv6Route: false }));
    expect(log.addressLookups.every((l) => l.families.join() === '4')).toBe(true);
  });

  it('tries AAAA as well when IPv4 has no route and there is no global IPv6 address', async () => {
    const { log } = await run(op25b({ ...dual, globalIpv6: false, ipv4Route: false }));
    expect(log.addressLookups.every((l) => l.families.join() === '4,6')).toBe(true);
    expect(find(log.calls, 'web.test', 443).some((c) => c.ip === '2001:db8::80')).toBe(true);
  });
});
