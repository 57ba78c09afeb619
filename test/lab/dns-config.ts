/** Renders the ISP resolver's data (base DNS plus a scenario's changes) as a dnsmasq config. */
import type { DnsChanges, Scenario } from './scenarios.js';
import { ADDR, ADDR6, BASE_DNS, ip6Of, nat64Of, type DnsData } from './topology.js';

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
  const hosts = applyChanges(BASE_DNS.hosts, changes?.hosts);
  const toV6 = changes?.aaaa === 'native' ? ip6Of : changes?.aaaa === 'dns64' ? nat64Of : null;
  const hosts6 = toV6
    ? Object.fromEntries(Object.entries(hosts).map(([name, ip]) => [name, toV6(ip)]))
    : {};
  return {
    hosts,
    hosts6,
    mx: applyChanges(BASE_DNS.mx, changes?.mx),
    srv: applyChanges(BASE_DNS.srv, changes?.srv),
  };
}

/** A captive portal's resolver: the portal's address for every name, nothing else. */
function captiveConfig(portal: string): string {
  return `address=/#/${checkName(portal)}\n`;
}

const NAME = /^[A-Za-z0-9_.:-]+$/;

function checkName(name: string): string {
  // A comma or newline would smuggle extra options into the config file.
  if (!NAME.test(name)) throw new Error(`bad DNS name in lab scenario: ${JSON.stringify(name)}`);
  return name;
}

/** The dnsmasq config file: authoritative data only, NXDOMAIN for every other name. */
export function dnsmasqConfig(scenario: Scenario): string {
  if (scenario.dns?.everythingTo) return captiveConfig(scenario.dns.everythingTo);
  const dns = scenarioDns(scenario.dns);
  const lines = [
    // host-record rather than address=/name/: address= would also answer for every subdomain.
    ...Object.entries(dns.hosts).map(([name, ip]) => {
      const v6 = dns.hosts6?.[name];
      return `host-record=${checkName(name)},${checkName(ip)}${v6 ? `,${checkName(v6)}` : ''}`;
    }),
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
    // A resolver that hijacks NXDOMAIN answers every A query it has no data for with the search
    // page's address (host-record names win over address=, as dnsmasq's manual says of hosts
    // entries); other types of those names then get NODATA from the line below.
    ...(scenario.dns?.nxdomainTo ? [`address=/#/${checkName(scenario.dns.nxdomainTo)}`] : []),
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
    `--listen-address=${ADDR.resolver},${ADDR6.ispLan}`,
    '--bind-interfaces',
    '--port=53',
  ];
}
