/** Which probes to run for an address, all in parallel, with deadlines learned from the controls. */
import net from 'node:net';
import os from 'node:os';
import type { CandidateSummary } from '../../shared/diagnosis.js';
import type { ProbeResult, ProbeRole } from '../../shared/probe.js';
import { findProvider, type Provider, type ProviderServer } from '../../shared/providers/index.js';
import type { ParsedEmail } from '../../shared/validate.js';
import { autoconfigServers, autoconfigTargets } from './autoconfig.js';
import type { EngineConfig } from './config.js';
import { RttTracker } from './deadline.js';
import { listCandidates, srvNames, type SubmissionCandidate } from './discover.js';
import { resolveAddresses, resolveMx, resolveSrv, systemDnsServers } from './dns.js';
import {
  probeAutoconfig,
  probeDns,
  probeRoute,
  probeSmtp,
  probeTcp,
  type SmtpProbeSpec,
} from './probes.js';
import { answersAsSubmission } from './recommend.js';
import type { ProbeRecorder } from './recorder.js';

/** What the user asked about, already validated. */
export interface PlanInput {
  email: ParsedEmail;
  server?: string;
  port?: number;
}

/** What the probing phase leaves for diagnose(). */
export interface PlanOutcome {
  candidates: CandidateSummary[];
  provider: Provider | null;
}

const SOURCE_RANK = { user: 0, provider_db: 1, srv: 2, autoconfig: 3, guess: 4 } as const;
const ADDRESSES_PER_HOST = 2;
const MX_HOSTS = 2;

/** True when this computer has a global IPv6 address, so AAAA answers are worth probing. */
export function hasGlobalIpv6(): boolean {
  return Object.values(os.networkInterfaces()).some((list) =>
    (list ?? []).some((a) => a.family === 'IPv6' && !a.internal && !/^fe80:/i.test(a.address)),
  );
}

function stripPort(server: string): string {
  if (net.isIP(server)) return server;
  const m = /^\[([^\]]+)\](?::\d+)?$/.exec(server) ?? /^([^:]+):\d+$/.exec(server);
  return m?.[1] ?? server;
}

/** Runs every probe for one diagnosis and waits for all of them (each has its own deadline). */
export async function runProbes(
  input: PlanInput,
  cfg: EngineConfig,
  rec: ProbeRecorder,
  signal: AbortSignal,
): Promise<PlanOutcome> {
  const domain = input.email.domainAscii;
  const dnsOpts = { ...cfg.dns, signal };
  const families: (4 | 6)[] = hasGlobalIpv6() ? [4, 6] : [4];
  const rtt = new RttTracker({
    capMs: cfg.connectCapMs,
    synRetransmitMs: cfg.synRetransmitMs,
    rttFactor: cfg.rttFactor,
    rttFloorMs: cfg.rttFloorMs,
  });
  const tasks: Promise<unknown>[] = [];
  const addresses = new Map<string, Promise<string[]>>();

  const resolveHost = (host: string): Promise<string[]> => {
    const known = addresses.get(host);
    if (known) return known;
    const p = net.isIP(host)
      ? Promise.resolve([host])
      : probeDns(
          rec,
          'dns_host',
          host,
          'A',
          () => resolveAddresses(host, { ...dnsOpts, families }),
          (a) => a.records.map((r) => r.address),
        ).then((a) =>
          a.outcome === 'found' ? a.records.map((r) => r.address).slice(0, ADDRESSES_PER_HOST) : [],
        );
    addresses.set(host, p);
    return p;
  };
  const learn = (host: string) => (ms: number) => rtt.record(host, ms);
  /** Resolves a host, then runs `probe` once per address: one more task to wait for. */
  const atEachAddress = (host: string, probe: (ip: string) => Promise<unknown>): void => {
    tasks.push(resolveHost(host).then((ips) => Promise.all(ips.map(probe))));
  };
  /** An SMTP probe of host:port whose deadline follows the controls and which teaches them in turn. */
  const smtpAt =
    (
      role: ProbeRole,
      host: string,
      port: number,
      mode: SmtpProbeSpec['mode'],
      extra: Partial<SmtpProbeSpec> = {},
    ) =>
    (ip: string): Promise<ProbeResult> =>
      probeSmtp(
        rec,
        cfg,
        { role, host, ip, port, mode, deadline: rtt.forHost(host), signal, ...extra },
        learn(host),
      );

  // Is there a network at all? Asked of the kernel, toward the configured DNS server.
  const dnsServer = systemDnsServers()[0];
  if (dnsServer) tasks.push(probeRoute(rec, stripPort(dnsServer)));

  // Controls: the web, big providers' MX on 25, big providers' submission ports.
  for (const host of cfg.webControls) {
    atEachAddress(host, async (ip) => {
      const r = await probeTcp(rec, {
        role: 'web_control',
        host,
        ip,
        port: 443,
        deadline: rtt.forHost(host),
        signal,
      });
      if (r.outcome === 'open') rtt.record(host, r.ms);
    });
  }
  for (const host of cfg.referenceMx)
    atEachAddress(host, smtpAt('reference_mx', host, 25, 'plain'));
  for (const host of cfg.referenceSubmission) {
    atEachAddress(host, smtpAt('reference_submission', host, 587, 'starttls'));
    atEachAddress(host, smtpAt('reference_submission', host, 465, 'implicit'));
  }

  // The address's own domain: MX (with the RFC 5321 fallback to its address) and SRV.
  const mxHosts: Promise<string[]> = probeDns(
    rec,
    'dns_mx',
    domain,
    'MX',
    () => resolveMx(domain, dnsOpts),
    (a) => a.records.map((r) => `${r.priority} ${r.exchange}`),
  ).then(async (a) => {
    if (a.outcome === 'found')
      return a.records.slice(0, MX_HOSTS).map((r) => r.exchange.toLowerCase());
    if (a.outcome === 'nodata' && !/null mx/i.test(a.detail))
      return (await resolveHost(domain)).length > 0 ? [domain] : [];
    return [];
  });
  tasks.push(
    mxHosts.then((hosts) => {
      for (const host of hosts) atEachAddress(host, smtpAt('own_mx', host, 25, 'plain'));
    }),
  );
  const [submissionsName, submissionName] = srvNames(domain);
  const srvLookup = (name: string | undefined) =>
    name
      ? probeDns(
          rec,
          'dns_srv',
          name,
          'SRV',
          () => resolveSrv(name, dnsOpts),
          (a) => a.records.map((r) => `${r.priority} ${r.weight} ${r.port} ${r.name}`),
        ).then((a) => (a.outcome === 'found' ? a.records : []))
      : Promise.resolve([]);
  const srv = Promise.all([srvLookup(submissionsName), srvLookup(submissionName)]);

  // Online autoconfig, both URLs at once. It is only worth waiting for while no better-ranked
  // candidate (the user's, the provider data's, SRV's) has answered: then it is cut short.
  const autoconfigSkip = new AbortController();
  const autoconfig: Promise<ProviderServer[]> = Promise.all(
    autoconfigTargets(input.email).map((target) =>
      probeAutoconfig(rec, target, input.email, {
        deadlineMs: cfg.autoconfig.deadlineMs,
        dns: { timeoutMs: cfg.dns.timeoutMs, tries: cfg.dns.tries },
        families,
        signal,
        skip: autoconfigSkip.signal,
      }),
    ),
  ).then(autoconfigServers);

  // Outgoing-server candidates: the ones known at once are probed at once; SRV and MX ones join
  // when those answer, autoconfig ones when its fetch is done.
  const provider = findProvider(domain);
  const base = {
    email: input.email,
    provider,
    ...(input.server ? { userServer: input.server } : {}),
    ...(input.port !== undefined ? { userPort: input.port } : {}),
  };
  const launched = new Map<string, { order: [number, number]; skip: AbortController }>();
  let cutoff: [number, number] | null = null;
  const after = (a: [number, number], b: [number, number]) =>
    a[0] > b[0] || (a[0] === b[0] && a[1] > b[1]);
  const orderOf = (list: SubmissionCandidate[], c: SubmissionCandidate): [number, number] => {
    const hosts = [...new Set(list.filter((x) => x.source === c.source).map((x) => x.host))];
    return [SOURCE_RANK[c.source], hosts.indexOf(c.host)];
  };
  const answered = (order: [number, number]) => {
    if (order[0] < SOURCE_RANK.autoconfig) autoconfigSkip.abort();
    if (cutoff && !after(cutoff, order)) return;
    cutoff = order;
    for (const l of launched.values()) if (after(l.order, order)) l.skip.abort();
  };
  const launch = (list: SubmissionCandidate[]) => {
    for (const c of list.slice(0, cfg.maxCandidates)) {
      const key = `${c.host}:${c.port}`;
      const order = orderOf(list, c);
      if (launched.has(key) || (cutoff && after(order, cutoff))) continue;
      const skip = new AbortController();
      launched.set(key, { order, skip });
      const mode =
        c.security === 'tls' ? 'implicit' : c.security === 'plain' ? 'plain' : 'starttls';
      atEachAddress(c.host, async (ip) => {
        const r = await smtpAt('submission', c.host, c.port, mode, {
          source: c.source,
          skip: skip.signal,
        })(ip);
        if (answersAsSubmission(r)) answered(order);
      });
    }
  };
  launch(listCandidates({ ...base, srv: { submissions: [], submission: [] }, mxHosts: [] }));
  const found = Promise.all([mxHosts, srv]).then(([hosts, [submissions, submission]]) => {
    const known = { ...base, srv: { submissions, submission }, mxHosts: hosts };
    launch(listCandidates(known));
    return known;
  });
  tasks.push(found);
  let autoconfigPending = true;
  let full: SubmissionCandidate[] = [];
  const withAutoconfig = Promise.all([found, autoconfig]).then(([known, servers]) => {
    autoconfigPending = false;
    full = listCandidates({ ...known, autoconfig: servers });
    launch(full);
  });

  // Tasks may add tasks (resolve, then connect); wait until no new ones appear.
  const drain = async (): Promise<void> => {
    for (let seen = 0; seen < tasks.length;) {
      const batch = tasks.slice(seen);
      seen = tasks.length;
      await Promise.all(batch);
    }
  };
  await drain();
  // Everything else has finished. If a server already answered, autoconfig gets a short grace
  // only: the verdict does not wait for settings it can do without.
  const grace =
    autoconfigPending && cutoff !== null
      ? setTimeout(() => autoconfigSkip.abort(), cfg.autoconfig.graceMs)
      : undefined;
  await withAutoconfig;
  clearTimeout(grace);
  await drain();
  const candidates: CandidateSummary[] = full.slice(0, cfg.maxCandidates).map((c) => ({
    host: c.host,
    port: c.port,
    security: c.security,
    source: c.source,
    username: c.username,
    insideIspOnly: c.insideIspOnly,
  }));
  return { candidates, provider };
}
