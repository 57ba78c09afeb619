/** Renders the ISP resolver's data (base DNS plus a scenario's changes) as a dnsmasq config. */
import type { DnsChanges, Scenario } from './scenarios.js';
import { ADDR, BASE_DNS, type DnsData } from './topology.js';

function applyChanges<T>(
  base: Record<string, T>,
  changes?: Record<string, T | null>,
): Record<string, T> {
  const out = new Map(Object.entries(base));
  for (const [name, value] of Object.entries(changes ?? {})) {
    if (value === null) out.delete(name);
    else out.set(name, value);
  }
  return Object.fromEntries(out);
}

/** The DNS data a scenario ends up with. */
export function scenarioDns(changes?: DnsChanges): DnsData {
  return {
    hosts: applyChanges(BASE_DNS.hosts, changes?.hosts),
    mx: applyChanges(BASE_DNS.mx, changes?.mx),
    srv: applyChanges(BASE_DNS.srv, changes?.srv),
  };
}

const NAME = /^[A-Za-z0-9_.-]+$/;

function checkName(name: string): string {
  // A comma or newline would smuggle extra options into the config file.
  if (!NAME.test(name)) throw new Error(`bad DNS name in lab scenario: ${JSON.stringify(name)}`);
  return name;
}

/** The dnsmasq config file: authoritative data only, NXDOMAIN for every other name. */
export function dnsmasqConfig(scenario: Scenario): string {
  const dns = scenarioDns(scenario.dns);
  const lines = [
    // host-record rather than address=/name/: address= would also answer for every subdomain.
    ...Object.entries(dns.hosts).map(
      ([name, ip]) => `host-record=${checkName(name)},${checkName(ip)}`,
    ),
    ...Object.entries(dns.mx).flatMap(([domain, records]) =>
      records.map((r) => `mx-host=${checkName(domain)},${checkName(r.host)},${r.preference}`),
    ),
    ...Object.entries(dns.srv).flatMap(([name, records]) =>
      records.map((r) =>
        r.target === '.'
          ? `srv-host=${checkName(name)}`
          : `srv-host=${checkName(name)},${checkName(r.target)},${r.port},${r.priority},${r.weight}`,
      ),
    ),
    // Everything is local: names not above get NXDOMAIN instead of being forwarded anywhere.
    'local=/#/',
  ];
  return lines.join('\n') + '\n';
}

/** dnsmasq's command line: no upstream, no hosts file, bound only to the lab address. */
export function dnsmasqArgs(confFile: string, pidFile: string, logFile: string): string[] {
  return [
    `--conf-file=${confFile}`,
    `--pid-file=${pidFile}`,
    `--log-facility=${logFile}`,
    '--log-queries',
    '--no-resolv',
    '--no-hosts',
    '--no-poll',
    `--listen-address=${ADDR.resolver}`,
    '--bind-interfaces',
    '--port=53',
  ];
}
