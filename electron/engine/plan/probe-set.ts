/** The probe functions the scheduler calls, injected so that its logic runs in tests with fakes. */
import os from 'node:os';
import type { ProbeResult } from '../../../shared/probe.js';
import { lookupProvider, type ProviderMatch } from '../../../shared/providers/index.js';
import type { ParsedEmail } from '../../../shared/validate.js';
import type { AutoconfigAttempt, AutoconfigOptions, AutoconfigTarget } from '../autoconfig.js';
import type { EngineConfig } from '../config.js';
import { DnsPace } from '../dns-pace.js';
import {
  resolveAddresses,
  resolveMx,
  resolveSrv,
  systemDnsServers,
  type AddressRecord,
  type DnsAnswer,
  type MxRecord,
  type SrvRecord,
} from '../dns.js';
import { pathRoundTrip } from '../path-rtt.js';
import { probeAutoconfig, probeDns, probeRoute, probeSmtp, type SmtpProbeSpec } from '../probes.js';
import type { ProbeRecorder } from '../recorder.js';
import { checkRoute } from '../route.js';
import type { WebCheck } from '../web-control.js';
import { probeWebHttp, probeWebTls, probeWebViaProxy, type WebProbeSpec } from '../web-probes.js';

/** Everything the plan asks of the network and the machine. Each call records its own result. */
export interface PlanProbes {
  /** The resolvers this computer uses. */
  dnsServers(): string[];
  /** True when this computer has a global IPv6 address, so AAAA answers are worth probing. */
  hasGlobalIpv6(): boolean;
  /** Asks the kernel (nothing sent, nothing recorded) whether a route toward the internet exists in this family. */
  hasRoute(family: 4 | 6): Promise<boolean>;
  /** The recorded route check toward the DNS server. */
  route(ip: string): Promise<ProbeResult>;
  addresses(host: string, families: (4 | 6)[]): Promise<DnsAnswer<AddressRecord>>;
  mx(domain: string): Promise<DnsAnswer<MxRecord>>;
  srv(name: string): Promise<DnsAnswer<SrvRecord>>;
  smtp(spec: SmtpProbeSpec, onConnected?: (ms: number) => void): Promise<ProbeResult>;
  /**
   * The round trip to `ip` proved by another port of it (an accept or a reset, path-rtt.ts), or
   * null when none answered before `signal`. Not recorded: it only paces the deadlines.
   */
  pathRtt(ip: string, signal: AbortSignal): Promise<number | null>;
  /** A web control on 443: connect, then a TLS handshake for the name asked. */
  webTls(spec: WebProbeSpec, onConnected?: (ms: number) => void): Promise<ProbeResult>;
  /** A web control through the proxy at spec.ip:spec.port: CONNECT to target:443, then TLS for target. */
  webViaProxy(spec: WebProbeSpec & { port: number; target: string }): Promise<ProbeResult>;
  /** A web control on 80: connect, then the check's known answer asked for. */
  webHttp(
    spec: WebProbeSpec & { check: WebCheck },
    onConnected?: (ms: number) => void,
  ): Promise<ProbeResult>;
  autoconfig(
    target: AutoconfigTarget,
    email: ParsedEmail,
    o: AutoconfigOptions,
  ): Promise<AutoconfigAttempt>;
  /** The provider data for the address's domain or a parent of it, else (with MX hosts) for an MX host's domain. */
  provider(domainAscii: string, mxHosts: string[]): ProviderMatch | null;
}

/**
 * Any global address serves for the kernel's route question (documentation ranges, RFC 5737 and
 * RFC 3849): a UDP connect only makes the kernel pick a route, and nothing is ever sent to it.
 */
const ROUTE_CHECK = { 4: '192.0.2.1', 6: '2001:db8::1' } as const;

/** True when this computer has a global IPv6 address. */
export function hasGlobalIpv6(): boolean {
  return Object.values(os.networkInterfaces()).some((list) =>
    (list ?? []).some((a) => a.family === 'IPv6' && !a.internal && !/^fe80:/i.test(a.address)),
  );
}

/** The real probes: DNS through c-ares, TCP and SMTP on real sockets, recorded in `rec`. */
export function realProbes(rec: ProbeRecorder, cfg: EngineConfig, signal: AbortSignal): PlanProbes {
  // One pace for the whole diagnosis: every answer teaches the look-ups still pending.
  const dns = { ...cfg.dns, signal, pace: new DnsPace(cfg.dnsPace) };
  return {
    dnsServers: systemDnsServers,
    hasGlobalIpv6,
    hasRoute: async (family) => (await checkRoute(ROUTE_CHECK[family])).hasRoute,
    route: (ip) => probeRoute(rec, ip),
    addresses: (host, families) =>
      probeDns(
        rec,
        'dns_host',
        host,
        'A',
        () => resolveAddresses(host, { ...dns, families }),
        (a) => a.records.map((r) => r.address),
      ),
    mx: (domain) =>
      probeDns(
        rec,
        'dns_mx',
        domain,
        'MX',
        () => resolveMx(domain, dns),
        (a) => a.records.map((r) => `${r.priority} ${r.exchange}`),
      ),
    srv: (name) =>
      probeDns(
        rec,
        'dns_srv',
        name,
        'SRV',
        () => resolveSrv(name, dns),
        (a) => a.records.map((r) => `${r.priority} ${r.weight} ${r.port} ${r.name}`),
      ),
    smtp: (spec, onConnected) => probeSmtp(rec, cfg, spec, onConnected),
    pathRtt: (ip, until) => pathRoundTrip(ip, until, cfg.connectCapMs),
    webTls: (spec, onConnected) => probeWebTls(rec, spec, onConnected),
    webHttp: (spec, onConnected) => probeWebHttp(rec, spec, onConnected),
    webViaProxy: (spec) => probeWebViaProxy(rec, spec),
    autoconfig: (target, email, o) => probeAutoconfig(rec, target, email, o),
    provider: (domain, mxHosts) => lookupProvider({ domain, mxHosts }),
  };
}
