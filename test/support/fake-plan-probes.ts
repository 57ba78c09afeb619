/**
 * A scripted network for the probe scheduler's unit tests: names, MX, SRV, autoconfig and ports
 * with their answer times, all on the (fake) timers, with connect deadlines honoured as tcp.ts does.
 * It reads the global performance clock, so vi.useFakeTimers({ toFake: [..., 'performance'] }) drives it.
 */
import type { ProbeResult, SmtpDetails } from '../../shared/probe.js';
import type { Provider, ProviderServer } from '../../shared/providers/index.js';
import type { AutoconfigAttempt, AutoconfigTarget } from '../../electron/engine/autoconfig.js';
import type { DeadlineSource } from '../../electron/engine/deadline.js';
import type { AddressRecord, DnsAnswer, MxRecord, SrvRecord } from '../../electron/engine/dns.js';
import { PATH_PORTS } from '../../electron/engine/path-rtt.js';
import type { PlanProbes } from '../../electron/engine/plan/probe-set.js';

/** How one port answers: after `ms`, or never ('silent'). */
export type FakePort = { ms: number; outcome: 'open' | 'refused' } | { outcome: 'silent' };

/** The scripted network. Ports are keyed 'ip:port'; names not listed do not exist. */
export interface FakeNetwork {
  dnsMs?: number;
  addresses: Record<string, string[]>;
  mx?: Record<string, string[]>;
  srv?: Record<string, SrvRecord[]>;
  ports: Record<string, FakePort>;
  /** Autoconfig answers after ms with these servers (both URLs alike); absent: nothing published, at once. */
  autoconfig?: { ms: number; servers: ProviderServer[] };
  providers?: { forDomain?: Provider; forMx?: Provider };
  /** Certificates valid only for these names, keyed 'ip:port' (shared hosting). */
  wrongCertNames?: Record<string, string[]>;
  globalIpv6?: boolean;
  ipv4Route?: boolean;
  ipv6Route?: boolean;
}

/** One connect the scheduler asked for, with when it started and how it ended. */
export interface FakeCall {
  kind: 'smtp' | 'tcp';
  role: string;
  host: string;
  ip: string;
  port: number;
  startedAt: number;
  endedAt: number;
  outcome: string;
}

/** What the fake recorded besides the calls. */
export interface FakeLog {
  calls: FakeCall[];
  addressLookups: { host: string; families: (4 | 6)[] }[];
  autoconfig: { startedAt: number; endedAt: number; outcome: string }[];
  /** The addresses whose round trip was asked of their other ports. */
  pathRtts: { ip: string; startedAt: number }[];
}

function after<T>(ms: number, value: T): Promise<T> {
  return new Promise((resolve) => setTimeout(() => resolve(value), ms));
}

function dns<T>(records: T[], ms: number): DnsAnswer<T> {
  return records.length > 0
    ? { outcome: 'found', records, ms, servers: ['fake'], detail: 'found', code: null }
    : {
        outcome: 'nxdomain',
        records: [],
        ms,
        servers: ['fake'],
        detail: 'no such name',
        code: 'ENOTFOUND',
      };
}

interface ConnectSpec {
  deadline: DeadlineSource;
  signal: AbortSignal;
  skip?: AbortSignal;
}

/** A connect that honours the moving deadline and both signals, like connectTcp. */
function fakeConnect(port: FakePort | undefined, spec: ConnectSpec): Promise<string> {
  const startedAt = performance.now();
  return new Promise((resolve) => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const answer =
      port && port.outcome !== 'silent' ? setTimeout(() => done(port.outcome), port.ms) : undefined;
    const done = (outcome: string): void => {
      clearTimeout(timer);
      clearTimeout(answer);
      off();
      spec.signal.removeEventListener('abort', onAbort);
      spec.skip?.removeEventListener('abort', onSkip);
      resolve(outcome);
    };
    const onAbort = (): void => done('filtered');
    const onSkip = (): void => done('skipped');
    const arm = (): void => {
      clearTimeout(timer);
      const wait = Math.max(0, spec.deadline.deadlineFor(startedAt) - performance.now());
      timer = setTimeout(() => done('filtered'), wait);
    };
    const off = spec.deadline.subscribe(arm);
    arm();
    spec.signal.addEventListener('abort', onAbort, { once: true });
    spec.skip?.addEventListener('abort', onSkip, { once: true });
    if (spec.skip?.aborted) onSkip();
  });
}

function smtpDetails(port: number, wrongNames?: string[]): SmtpDetails {
  const tls = wrongNames
    ? {
        subject: wrongNames[0] ?? '',
        altNames: wrongNames,
        issuer: 'Fake CA',
        validFrom: '2026-01-01T00:00:00Z',
        validTo: '2027-01-01T00:00:00Z',
        fingerprint256: 'AA',
        selfSigned: false,
        verified: false,
        verifyError: 'wrong_host',
        protocol: 'TLSv1.3',
      }
    : null;
  return {
    greetingCode: 220,
    greeting: 'fake ESMTP',
    extensions: ['AUTH PLAIN'],
    startTls: port === 465 ? 'implicit' : port === 25 ? 'not_tried' : 'ok',
    authMechanisms: ['PLAIN'],
    tls,
    failure: null,
    failureDetail: null,
    transcript: [],
  };
}

/** One autoconfig URL: what the network publishes after its delay, or 'skipped' once cut short. */
function fakeAutoconfig(
  net: FakeNetwork,
  log: FakeLog,
  target: AutoconfigTarget,
  skip: AbortSignal | undefined,
): Promise<AutoconfigAttempt> {
  const startedAt = performance.now();
  const published = net.autoconfig;
  return new Promise<AutoconfigAttempt>((resolve) => {
    const finish = (outcome: AutoconfigAttempt['outcome'], servers: ProviderServer[]): void => {
      clearTimeout(timer);
      skip?.removeEventListener('abort', onSkip);
      log.autoconfig.push({ startedAt, endedAt: performance.now(), outcome });
      const ms = performance.now() - startedAt;
      resolve({ target, outcome, status: null, ip: null, ms, code: null, detail: '', servers });
    };
    const onSkip = (): void => finish('skipped', []);
    const timer = setTimeout(
      () => (published ? finish('found', published.servers) : finish('nxdomain', [])),
      published?.ms ?? 0,
    );
    skip?.addEventListener('abort', onSkip, { once: true });
  });
}

/** The fake probe set and what it saw. */
export function fakePlanProbes(net: FakeNetwork): { probes: PlanProbes; log: FakeLog } {
  const log: FakeLog = { calls: [], addressLookups: [], autoconfig: [], pathRtts: [] };
  const dnsMs = net.dnsMs ?? 1;
  const connect = async (
    kind: 'smtp' | 'tcp',
    spec: ConnectSpec & { role: string; host: string; ip: string; port: number },
  ): Promise<{ outcome: string; ms: number; call: FakeCall }> => {
    const startedAt = performance.now();
    const outcome = await fakeConnect(net.ports[`${spec.ip}:${spec.port}`], spec);
    const { role, host, ip, port } = spec;
    const endedAt = performance.now();
    const call = { kind, role, host, ip, port, startedAt, endedAt, outcome };
    log.calls.push(call);
    return { outcome, ms: endedAt - startedAt, call };
  };
  const probes: PlanProbes = {
    dnsServers: () => ['192.0.2.53'],
    hasGlobalIpv6: () => net.globalIpv6 ?? false,
    hasRoute: (family) => Promise.resolve((family === 4 ? net.ipv4Route : net.ipv6Route) ?? true),
    route: (ip) =>
      Promise.resolve({
        ...{ id: `route:${ip}`, kind: 'route', role: 'local_network', host: ip, ip, port: null },
        ...{ outcome: 'open', ms: 0, detail: 'route' },
      }),
    addresses: (host, families) => {
      log.addressLookups.push({ host, families });
      const ips = net.addresses[host] ?? [];
      const records: AddressRecord[] = ips
        .map((address) => ({
          address,
          family: address.includes(':') ? (6 as const) : (4 as const),
        }))
        .filter((r) => families.includes(r.family));
      return after(dnsMs, dns(records, dnsMs));
    },
    mx: (domain) => {
      const records: MxRecord[] = (net.mx?.[domain] ?? []).map((exchange, i) => ({
        exchange,
        priority: 10 * (i + 1),
      }));
      return after(dnsMs, dns(records, dnsMs));
    },
    srv: (name) => after(dnsMs, dns(net.srv?.[name] ?? [], dnsMs)),
    smtp: async (spec, onConnected) => {
      const { outcome, ms } = await connect('smtp', spec);
      if (outcome === 'open') onConnected?.(ms);
      const result: ProbeResult = {
        id: `smtp:${spec.host}:${spec.port}@${spec.ip}`,
        kind: 'smtp',
        ...{ role: spec.role, host: spec.host, ip: spec.ip, port: spec.port },
        outcome: outcome as ProbeResult['outcome'],
        ms: Math.round(ms),
        detail: outcome,
      };
      if (spec.source) result.source = spec.source;
      const wrong = net.wrongCertNames?.[`${spec.ip}:${spec.port}`];
      if (outcome === 'open') result.smtp = smtpDetails(spec.port, wrong);
      return result;
    },
    pathRtt: (ip, signal) => {
      // Like path-rtt.ts: the first of the address's other ports to accept or reset, else nothing.
      const answers = PATH_PORTS.map((p) => net.ports[`${ip}:${p}`]).flatMap((p) =>
        p && p.outcome !== 'silent' ? [p.ms] : [],
      );
      const first = answers.length > 0 ? Math.min(...answers) : null;
      log.pathRtts.push({ ip, startedAt: performance.now() });
      return new Promise((resolve) => {
        const timer = first === null ? undefined : setTimeout(() => done(first), first);
        const done = (ms: number | null): void => {
          clearTimeout(timer);
          signal.removeEventListener('abort', onAbort);
          resolve(ms);
        };
        const onAbort = (): void => done(null);
        signal.addEventListener('abort', onAbort, { once: true });
        if (signal.aborted) onAbort();
      });
    },
    webTls: async (spec, onConnected) => {
      const { outcome, ms } = await connect('tcp', { ...spec, port: 443 });
      if (outcome === 'open') onConnected?.(ms);
      const where = { role: spec.role, host: spec.host, ip: spec.ip, port: 443 };
      const kind = 'tcp' as const;
      return { id: `tcp:${spec.host}`, kind, ...where, outcome: outcome as 'open', ms, detail: '' };
    },
    webViaProxy: async (spec) => {
      const { outcome, ms } = await connect('tcp', spec);
      const where = { role: spec.role, host: spec.host, ip: spec.ip, port: spec.port };
      const kind = 'tcp' as const;
      return {
        id: `proxy:${spec.target}`,
        kind,
        ...where,
        outcome: outcome as 'open',
        ms,
        detail: '',
      };
    },
    webHttp: async (spec, onConnected) => {
      const { outcome, ms } = await connect('tcp', { ...spec, port: 80 });
      if (outcome === 'open') onConnected?.(ms);
      const where = { role: spec.role, host: spec.host, ip: spec.ip, port: 80 };
      const kind = 'http' as const;
      return {
        id: `http:${spec.host}`,
        kind,
        ...where,
        outcome: outcome as 'open',
        ms,
        detail: '',
      };
    },
    autoconfig: (target, _email, o) => fakeAutoconfig(net, log, target, o.skip),
    provider: (domain, mxHosts) => {
      const own = net.providers?.forDomain;
      if (own) return { provider: own, match: 'exact', matchedDomain: domain };
      const viaMx = mxHosts.length > 0 ? net.providers?.forMx : undefined;
      const mxHost = mxHosts[0] ?? '';
      return viaMx ? { provider: viaMx, match: 'mx', matchedDomain: mxHost, mxHost } : null;
    },
  };
  return { probes, log };
}
