/** The controls: probes of well-known servers that tell "blocked here" from "down there". */
import net from 'node:net';
import { familyOf } from '../deadline.js';
import { atEachAddress, smtpAt, type PlanContext } from './context.js';

function stripPort(server: string): string {
  if (net.isIP(server)) return server;
  const m = /^\[([^\]]+)\](?::\d+)?$/.exec(server) ?? /^([^:]+):\d+$/.exec(server);
  return m?.[1] ?? server;
}

/** Is there a network at all? Asked of the kernel, toward the configured DNS server. */
export function launchRouteCheck(ctx: PlanContext): void {
  const dnsServer = ctx.probes.dnsServers()[0];
  if (dnsServer) ctx.tasks.add(ctx.probes.route(stripPort(dnsServer)));
}

/** The web on 443, big providers' MX on 25, big providers' submission ports 587 and 465. */
export function launchControls(ctx: PlanContext): void {
  const { cfg } = ctx;
  for (const host of cfg.webControls) {
    atEachAddress(ctx, host, async (ip) => {
      const family = familyOf(ip);
      const r = await ctx.probes.tcp({
        role: 'web_control',
        host,
        ip,
        port: 443,
        deadline: ctx.rtt.forHost(host, family),
        signal: ctx.signal,
        attempts: cfg.connectsPerPort,
      });
      if (r.outcome === 'open') ctx.rtt.record(host, r.ms, family);
    });
  }
  for (const host of cfg.referenceMx)
    atEachAddress(ctx, host, smtpAt(ctx, 'reference_mx', host, 25, 'plain'));
  for (const host of cfg.referenceSubmission) {
    atEachAddress(ctx, host, smtpAt(ctx, 'reference_submission', host, 587, 'starttls'));
    atEachAddress(ctx, host, smtpAt(ctx, 'reference_submission', host, 465, 'implicit'));
  }
}
