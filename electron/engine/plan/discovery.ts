/** The address's own domain: its MX hosts, its submission SRV records, its online autoconfig. */
import type { ProviderServer } from '../../../shared/providers/index.js';
import { autoconfigServers, autoconfigTargets } from '../autoconfig.js';
import type { SrvRecord } from '../dns.js';
import { srvNames } from '../discover.js';
import type { PlanContext } from './context.js';

/** At most this many MX hosts are probed on 25 (and guessed as submission hosts). */
export const MX_HOSTS = 2;

/** The MX hosts, best first, with the RFC 5321 fallback to the domain's own address; [] for none or a null MX. */
export async function lookupMxHosts(ctx: PlanContext): Promise<string[]> {
  const domain = ctx.input.email.domainAscii;
  const a = await ctx.probes.mx(domain);
  if (a.outcome === 'found')
    return a.records.slice(0, MX_HOSTS).map((r) => r.exchange.toLowerCase());
  if (a.outcome === 'nodata' && !/null mx/i.test(a.detail))
    return (await ctx.hosts.resolve(domain)).length > 0 ? [domain] : [];
  return [];
}

/** Submission SRV records: implicit TLS (_submissions) and STARTTLS (_submission), both at once. */
export async function lookupSrv(
  ctx: PlanContext,
): Promise<{ submissions: SrvRecord[]; submission: SrvRecord[] }> {
  const lookup = async (name: string | undefined): Promise<SrvRecord[]> => {
    if (!name) return [];
    const a = await ctx.probes.srv(name);
    return a.outcome === 'found' ? a.records : [];
  };
  const [submissionsName, submissionName] = srvNames(ctx.input.email.domainAscii);
  const [submissions, submission] = await Promise.all([
    lookup(submissionsName),
    lookup(submissionName),
  ]);
  return { submissions, submission };
}

/** Online autoconfig in flight: both URLs at once, cut short by skip(). */
export interface AutoconfigFetch {
  servers: Promise<ProviderServer[]>;
  /** Gives up on autoconfig: a better-ranked candidate answered, or its grace ran out. */
  skip(): void;
  /** True until both fetches have finished (or were cut short). */
  pending(): boolean;
}

/** Starts both autoconfig fetches. */
export function startAutoconfig(ctx: PlanContext, families: Promise<(4 | 6)[]>): AutoconfigFetch {
  const skip = new AbortController();
  let pending = true;
  const { cfg, input, signal } = ctx;
  const servers = families
    .then((fams) =>
      Promise.all(
        autoconfigTargets(input.email).map((target) =>
          ctx.probes.autoconfig(target, input.email, {
            deadlineMs: cfg.autoconfig.deadlineMs,
            dns: { timeoutMs: cfg.dns.timeoutMs, tries: cfg.dns.tries },
            families: fams,
            signal,
            skip: skip.signal,
          }),
        ),
      ),
    )
    .then(autoconfigServers)
    .finally(() => {
      pending = false;
    });
  return { servers, skip: () => skip.abort(), pending: () => pending };
}
