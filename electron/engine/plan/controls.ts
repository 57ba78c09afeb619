/** The controls: probes of well-known servers that tell "blocked here" from "down there". */
import net from 'node:net';
import { familyOf } from '../deadline.js';
import { proxyForControl } from '../proxy/settings.js';
import type { WebProbeSpec } from '../web-probes.js';
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

/** Where a web control connects, with the deadline its family's round trips give. */
function webSpec(ctx: PlanContext, host: string, ip: string): WebProbeSpec {
  return {
    role: 'web_control',
    host,
    ip,
    deadline: ctx.rtt.forHost(host, familyOf(ip)),
    signal: ctx.signal,
    attempts: ctx.cfg.connectsPerPort,
    answerMs: ctx.cfg.webAnswerMs,
  };
}

/**
 * The web (a verified TLS handshake on 443, and the connectivity checks' known answers on 80), big
 * providers' MX on 25, big providers' submission ports 587 and 465. Each connect that opens teaches
 * the silent-drop deadlines its round trip.
 */
export function launchControls(ctx: PlanContext): void {
  const { cfg } = ctx;
  const learn = (host: string, ip: string) => (ms: number) =>
    ctx.rtt.record(host, ms, familyOf(ip));
  for (const host of cfg.webControls)
    atEachAddress(ctx, host, (ip) => ctx.probes.webTls(webSpec(ctx, host, ip), learn(host, ip)));
  // The web as the system reaches it: each control not bypassed also through its proxy.
  for (const target of cfg.webControls) {
    const proxy = proxyForControl(target, cfg.webProxy, cfg.webProxyByHost);
    if (!proxy) continue;
    atEachAddress(ctx, proxy.host, (ip) =>
      ctx.probes.webViaProxy({
        ...webSpec(ctx, proxy.host, ip),
        role: 'web_proxy',
        port: proxy.port,
        target,
      }),
    );
  }
  for (const check of cfg.webChecks) {
    atEachAddress(ctx, check.host, (ip) =>
      ctx.probes.webHttp({ ...webSpec(ctx, check.host, ip), check }, learn(check.host, ip)),
    );
  }
  for (const host of cfg.referenceMx)
    atEachAddress(ctx, host, smtpAt(ctx, 'reference_mx', host, 25, 'plain'));
  for (const host of cfg.referenceSubmission) {
    atEachAddress(ctx, host, smtpAt(ctx, 'reference_submission', host, 587, 'starttls'));
    atEachAddress(ctx, host, smtpAt(ctx, 'reference_submission', host, 465, 'implicit'));
  }
}
