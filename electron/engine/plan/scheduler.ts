/**
 * The probe plan as an explicit scheduler. Everything runs in parallel, each probe with its own
 * deadline; the state that ties the probes together is named here: the hosts resolved, the
 * candidates launched and the cutoff (in the candidate board), the tasks to wait for, and the
 * round trips learned (in the context). The probe functions are injected (PlanProbes).
 */
import type { CandidateSummary } from '../../../shared/diagnosis.js';
import type { ProbeResult } from '../../../shared/probe.js';
import type { Provider, ProviderMatch } from '../../../shared/providers/index.js';
import type { EngineConfig } from '../config.js';
import { RttTracker } from '../deadline.js';
import { listCandidates, type DiscoveryInput, type SubmissionCandidate } from '../discover.js';
import { answersAsSubmission } from '../recommend.js';
import { CandidateBoard, SOURCE_RANK, type CandidateOrder } from './candidates.js';
import { atEachAddress, smtpAt, type PlanContext, type PlanInput } from './context.js';
import { launchControls, launchRouteCheck } from './controls.js';
import { lookupMxHosts, lookupSrv, startAutoconfig, type AutoconfigFetch } from './discovery.js';
import { chooseFamilies } from './families.js';
import { HostAddresses } from './hosts.js';
import type { PlanProbes } from './probe-set.js';
import { TaskSet } from './tasks.js';

/** What the probing phase leaves for diagnose(). */
export interface PlanOutcome {
  candidates: CandidateSummary[];
  provider: Provider | null;
  /** How the provider was found: its domain, a parent domain, or an MX host's domain. */
  providerMatch: ProviderMatch | null;
}

/** At most this many addresses of each family are probed per host. */
export const ADDRESSES_PER_FAMILY = 2;

type KnownSoFar = Omit<DiscoveryInput, 'autoconfig'>;

/** Runs one diagnosis' probes: construct, then run() once. */
export class ProbeScheduler {
  readonly ctx: PlanContext;
  /** Candidates launched, and the cutoff once one answered. */
  readonly candidates: CandidateBoard;
  /** The address families to probe (decided once, from the kernel's routes). */
  readonly families: Promise<(4 | 6)[]>;
  private autoconfig: AutoconfigFetch | null = null;
  private providerMatch: ProviderMatch | null;
  /** The full candidate list, known once autoconfig is done (or given up). */
  private listed: SubmissionCandidate[] = [];
  /** Names learned from certificates (host:port) that were probed already. */
  private readonly followed = new Set<string>();

  constructor(input: PlanInput, cfg: EngineConfig, probes: PlanProbes, signal: AbortSignal) {
    this.families = chooseFamilies(probes);
    const families = this.families;
    const rtt = new RttTracker({
      capMs: cfg.connectCapMs,
      synRetransmitMs: cfg.synRetransmitMs,
      rttFactor: cfg.rttFactor,
      rttFloorMs: cfg.rttFloorMs,
      unseenRttMs: cfg.unseenRttMs,
      connectsPerPort: cfg.connectsPerPort,
    });
    const hosts = new HostAddresses(
      async (host) => probes.addresses(host, await families),
      ADDRESSES_PER_FAMILY,
    );
    this.ctx = { input, cfg, probes, signal, rtt, hosts, tasks: new TaskSet() };
    this.candidates = new CandidateBoard(cfg.maxCandidates);
    this.providerMatch = probes.provider(input.email.domainAscii, []);
  }

  /** Launches everything, waits for all of it, and returns the candidates and provider for diagnose(). */
  async run(): Promise<PlanOutcome> {
    const { ctx } = this;
    launchRouteCheck(ctx);
    launchControls(ctx);
    const mxHosts = lookupMxHosts(ctx);
    ctx.tasks.add(
      mxHosts.then((hosts) => {
        for (const host of hosts)
          atEachAddress(ctx, host, smtpAt(ctx, 'own_mx', host, 25, 'plain'), { publicOnly: true });
      }),
    );
    const srv = lookupSrv(ctx);
    const autoconfig = startAutoconfig(ctx, this.families);
    this.autoconfig = autoconfig;
    // Candidates known at once are probed at once; SRV and MX ones join when those answer,
    // autoconfig ones when its fetch is done.
    this.launch(listCandidates({ ...this.known([]), srv: { submissions: [], submission: [] } }));
    const found = Promise.all([mxHosts, srv]).then(([hosts, records]) => {
      // Custom domains at a hosting company: the MX host's domain names the provider.
      this.providerMatch ??= ctx.probes.provider(ctx.input.email.domainAscii, hosts);
      const known: KnownSoFar = { ...this.known(hosts), srv: records };
      this.launch(listCandidates(known));
      return known;
    });
    ctx.tasks.add(found);
    const complete = Promise.all([found, autoconfig.servers]).then(([known, servers]) => {
      this.listed = listCandidates({ ...known, autoconfig: servers });
      this.launch(this.listed);
    });
    await ctx.tasks.drain();
    await this.withGrace(autoconfig, complete);
    await ctx.tasks.drain();
    const match = this.providerMatch;
    return {
      candidates: this.listed.slice(0, ctx.cfg.maxCandidates).map(summary),
      provider: match?.provider ?? null,
      providerMatch: match,
    };
  }

  /** What discovery knows besides SRV and autoconfig. */
  private known(mxHosts: string[]): Omit<KnownSoFar, 'srv'> {
    const { input } = this.ctx;
    return {
      email: input.email,
      provider: this.providerMatch?.provider ?? null,
      ...(input.server ? { userServer: input.server } : {}),
      ...(input.port !== undefined ? { userPort: input.port } : {}),
      mxHosts,
    };
  }

  /**
   * Everything else has finished. If a server already answered, autoconfig gets a short grace
   * only: the verdict does not wait for settings it can do without.
   */
  private async withGrace(autoconfig: AutoconfigFetch, complete: Promise<void>): Promise<void> {
    const grace =
      autoconfig.pending() && this.candidates.cutoff !== null
        ? setTimeout(() => autoconfig.skip(), this.ctx.cfg.autoconfig.graceMs)
        : undefined;
    await complete;
    clearTimeout(grace);
  }

  /** Probes the new candidates of `list` at each of their addresses. */
  private launch(list: SubmissionCandidate[]): void {
    const { ctx } = this;
    for (const { candidate: c, order, skip } of this.candidates.admit(list)) {
      const mode =
        c.security === 'tls' ? 'implicit' : c.security === 'plain' ? 'plain' : 'starttls';
      const probe = smtpAt(ctx, 'submission', c.host, c.port, mode, {
        source: c.source,
        skip: skip.signal,
      });
      atEachAddress(
        ctx,
        c.host,
        async (ip) => {
          const r = await probe(ip);
          if (answersAsSubmission(r)) this.answered(order);
          this.followCertificate(r, c, mode);
        },
        { publicOnly: true },
      );
    }
  }

  /**
   * Shared hosting: a certificate valid only for another name. That name is probed on the same
   * port, once, and only where it resolves to the very address that answered for the host asked:
   * that is how legitimate shared hosting looks, and it keeps a certificate from sending the plan
   * to a server elsewhere. diagnose() may then suggest it (the user confirms before any login).
   */
  private followCertificate(
    r: ProbeResult,
    c: SubmissionCandidate,
    mode: 'plain' | 'starttls' | 'implicit',
  ): void {
    const tls = r.smtp?.tls;
    if (!tls || tls.verifyError !== 'wrong_host' || r.ip === null) return;
    const name = certificateName(tls.altNames, c.host);
    const key = `${name}:${c.port}:${r.ip}`;
    if (name === null || this.followed.has(key)) return;
    this.followed.add(key);
    const follow = smtpAt(this.ctx, 'submission', name, c.port, mode, { source: 'certificate' });
    const answeredAt = r.ip;
    atEachAddress(this.ctx, name, (ip) =>
      ip === answeredAt ? follow(ip) : Promise.resolve(undefined),
    );
  }

  /** A candidate answered: later candidates are cut short, and so is autoconfig when it ranks below. */
  private answered(order: CandidateOrder): void {
    if (order[0] < SOURCE_RANK.autoconfig) this.autoconfig?.skip();
    this.candidates.answered(order);
  }
}

/** The first plain host name of a certificate that is not the host asked for (no wildcards). */
export function certificateName(altNames: readonly string[], host: string): string | null {
  const name = altNames
    .map((n) => n.toLowerCase().replace(/\.$/, ''))
    .find(
      (n) =>
        n !== host && /^(?=.{4,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/.test(n),
    );
  return name ?? null;
}

function summary(c: SubmissionCandidate): CandidateSummary {
  return {
    host: c.host,
    port: c.port,
    security: c.security,
    source: c.source,
    username: c.username,
    insideIspOnly: c.insideIspOnly,
  };
}
