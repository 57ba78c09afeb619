/** What every part of the plan shares: the input, the settings, the probes and the named state. */
import type { ProbeResult, ProbeRole } from '../../../shared/probe.js';
import type { ParsedEmail } from '../../../shared/validate.js';
import type { EngineConfig } from '../config.js';
import { familyOf, type RttTracker } from '../deadline.js';
import type { SmtpProbeSpec } from '../probes.js';
import { isNonPublicAddress } from '../trust.js';
import type { HostAddresses } from './hosts.js';
import type { PlanProbes } from './probe-set.js';
import type { TaskSet } from './tasks.js';

/** What the user asked about, already validated. */
export interface PlanInput {
  email: ParsedEmail;
  server?: string;
  port?: number;
}

/** The plan's shared parts. */
export interface PlanContext {
  input: PlanInput;
  cfg: EngineConfig;
  probes: PlanProbes;
  signal: AbortSignal;
  /** Round trips learned so far: every connect deadline follows them. */
  rtt: RttTracker;
  /** Hosts resolved (or being resolved). */
  hosts: HostAddresses;
  /** Everything launched, to wait for. */
  tasks: TaskSet;
}

/**
 * Resolves a host, then runs `probe` once per address: one more task to wait for. A mail host the
 * user did not type is never probed at an address inside this computer or a local network: DNS
 * may point anywhere, and what answers there is not the provider's server.
 */
export function atEachAddress(
  ctx: PlanContext,
  host: string,
  probe: (ip: string) => Promise<unknown>,
  opts: { publicOnly?: boolean } = {},
): void {
  const publicOnly = opts.publicOnly === true && host !== ctx.input.server;
  ctx.tasks.add(
    ctx.hosts
      .resolve(host)
      .then((ips) =>
        Promise.all(ips.filter((ip) => !publicOnly || !isNonPublicAddress(ip)).map(probe)),
      ),
  );
}

/** SMTP probe options besides where and how. */
export type SmtpExtra = Partial<Pick<SmtpProbeSpec, 'source' | 'skip'>>;

/** An SMTP probe of host:port whose deadline follows the controls of its family, and which teaches them in turn. */
export function smtpAt(
  ctx: PlanContext,
  role: ProbeRole,
  host: string,
  port: number,
  mode: SmtpProbeSpec['mode'],
  extra: SmtpExtra = {},
): (ip: string) => Promise<ProbeResult> {
  return (ip) => {
    const family = familyOf(ip);
    const probed = new AbortController();
    if (port === 25) learnPath(ctx, host, ip, probed.signal);
    return ctx.probes
      .smtp(
        {
          role,
          host,
          ip,
          port,
          mode,
          deadline: ctx.rtt.forHost(host, family),
          signal: ctx.signal,
          ...extra,
        },
        (ms) => ctx.rtt.record(host, ms, family),
      )
      .finally(() => probed.abort());
  };
}

/**
 * Port 25 may be dropped on the way (OP25B), so while it is probed, other ports of the same
 * address are asked how far away it is: a silent port 25 then gets a few of that round trip
 * instead of the far-away floor. Given up when the port-25 probe ends (or the diagnosis does).
 */
function learnPath(ctx: PlanContext, host: string, ip: string, probed: AbortSignal): void {
  const until = AbortSignal.any([probed, ctx.signal]);
  void ctx.probes.pathRtt(ip, until).then((ms) => {
    if (ms !== null) ctx.rtt.recordPath(host, ms, familyOf(ip));
  });
}
