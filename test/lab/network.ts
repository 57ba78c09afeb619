/** Builds the lab's namespaces and links, and applies a scenario's packet policy and PC state. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { NETNS_ETC } from './cleanup.js';
import { ispRuleset, netRuleset, pcRuleset } from './nft-rules.js';
import type { Scenario } from './scenarios.js';
import { mustRun } from './sys.js';
import { ADDR, ADDR6, DELAY_TABLE, IFACE, ip6Of, LAB_SERVERS, NS } from './topology.js';

// Short resolver timeouts keep the lab's DNS failures quick; the engine sets its own deadlines.
const resolvConf = (server: string): string =>
  `nameserver ${server}\noptions timeout:1 attempts:2\n`;
const HOSTS = '127.0.0.1\tlocalhost\n::1\tlocalhost ip6-localhost ip6-loopback\n';

function ipBatch(ns: string | null, lines: string[]): Promise<string> {
  const args = ns ? ['-n', ns, '-batch', '-'] : ['-batch', '-'];
  return mustRun('ip', args, lines.join('\n') + '\n');
}

/** Runs a command inside a lab namespace. */
export function nsRun(ns: string, argv: string[], input?: string): Promise<string> {
  return mustRun('ip', ['netns', 'exec', ns, ...argv], input);
}

const SYSCTLS: Record<string, string[]> = {
  [NS.isp]: [
    'net.ipv4.ip_forward=1',
    'net.ipv6.conf.all.forwarding=1',
    // Packets come back from the delayer's tun with the PC's or a server's source address.
    'net.ipv4.conf.all.rp_filter=0',
    'net.ipv4.conf.default.rp_filter=0',
  ],
};

async function buildIsp(): Promise<void> {
  await ipBatch(NS.isp, [
    `addr add ${ADDR.ispLan}/24 dev ${IFACE.ispPc}`,
    `addr add ${ADDR.ispWan}/24 dev ${IFACE.ispNet}`,
    `addr add ${ADDR6.ispLan}/64 dev ${IFACE.ispPc} nodad`,
    `addr add ${ADDR6.ispWan}/64 dev ${IFACE.ispNet} nodad`,
    `link set ${IFACE.ispPc} up`,
    `link set ${IFACE.ispNet} up`,
    `route add ${ADDR.internet} via ${ADDR.netGateway}`,
    `route add ${ADDR6.servers} via ${ADDR6.netGateway}`,
    // The userspace NAT64 answers for every address of the prefix (AnyIP).
    `route add local ${ADDR6.nat64Prefix}/96 dev lo`,
    // While the delayer runs, table DELAY_TABLE sends every forwarded packet through its tun;
    // without it the table is empty and these rules fall through to the main table.
    `rule add pref 100 iif ${IFACE.ispPc} lookup ${DELAY_TABLE}`,
    `rule add pref 101 iif ${IFACE.ispNet} lookup ${DELAY_TABLE}`,
  ]);
  for (const pref of ['100', '101']) {
    const iif = pref === '100' ? IFACE.ispPc : IFACE.ispNet;
    await mustRun('ip', [
      '-n',
      NS.isp,
      '-6',
      'rule',
      'add',
      'pref',
      pref,
      'iif',
      iif,
      'lookup',
      String(DELAY_TABLE),
    ]);
  }
}

/**
 * Creates the three namespaces joined by two veth pairs (pc <-> isp <-> net), dual-stack. No link
 * ever touches the root namespace: the lab cannot send a packet anywhere else.
 */
export async function buildNetwork(): Promise<void> {
  for (const ns of Object.values(NS)) {
    const dir = join(NETNS_ETC, ns);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'resolv.conf'), resolvConf(ADDR.resolver));
    writeFileSync(join(dir, 'hosts'), HOSTS);
  }
  await ipBatch(
    null,
    Object.values(NS).map((ns) => `netns add ${ns}`),
  );
  await ipBatch(NS.isp, [
    'link set lo up',
    `link add ${IFACE.ispPc} type veth peer name ${IFACE.pc} netns ${NS.pc}`,
    `link add ${IFACE.ispNet} type veth peer name ${IFACE.net} netns ${NS.net}`,
  ]);
  const hosts = LAB_SERVERS.map((s) => s.ip);
  await Promise.all([
    ipBatch(NS.pc, [
      'link set lo up',
      `addr add ${ADDR.pc}/24 dev ${IFACE.pc}`,
      `addr add ${ADDR.pcRelay}/32 dev ${IFACE.pc}`,
      `addr add ${ADDR6.pc}/64 dev ${IFACE.pc} nodad`,
    ]),
    ipBatch(NS.net, [
      'link set lo up',
      `addr add ${ADDR.netGateway}/24 dev ${IFACE.net}`,
      `addr add ${ADDR6.netGateway}/64 dev ${IFACE.net} nodad`,
      ...hosts.map((ip) => `addr add ${ip}/32 dev ${IFACE.net}`),
      ...hosts.map((ip) => `addr add ${ip6Of(ip)}/128 dev ${IFACE.net} nodad`),
      `link set ${IFACE.net} up`,
      `route add default via ${ADDR.ispWan}`,
      `route add ::/0 via ${ADDR6.ispWan}`,
    ]),
    buildIsp(),
    ...Object.entries(SYSCTLS).map(([ns, values]) => nsRun(ns, ['sysctl', '-q', '-w', ...values])),
  ]);
}

/** Replaces the nftables rulesets of the PC, the ISP router and "the internet". */
export async function applyPolicy(scenario: Scenario): Promise<void> {
  await Promise.all([
    nsRun(NS.pc, ['nft', '-f', '-'], pcRuleset(scenario)),
    nsRun(NS.isp, ['nft', '-f', '-'], ispRuleset(scenario)),
    nsRun(NS.net, ['nft', '-f', '-'], netRuleset(scenario)),
  ]);
}

/**
 * Online: link up with default routes (IPv4 and IPv6, or IPv6 only). Offline: link down, so no
 * route at all. The PC's resolv.conf follows: an IPv6-only PC asks the ISP's IPv6 resolver.
 */
export async function applyPcState(online: boolean, ipv6Only = false): Promise<void> {
  writeFileSync(
    join(NETNS_ETC, NS.pc, 'resolv.conf'),
    resolvConf(ipv6Only ? ADDR6.ispLan : ADDR.resolver),
  );
  if (!online) {
    // Taking the link down removes its routes with it.
    await ipBatch(NS.pc, [`link set ${IFACE.pc} down`]);
    return;
  }
  // IPv6 addresses go with the link when it goes down: put them back every time.
  const lines = [
    `link set ${IFACE.pc} up`,
    `addr replace ${ADDR6.pc}/64 dev ${IFACE.pc} nodad`,
    `route replace ::/0 via ${ADDR6.ispLan} dev ${IFACE.pc}`,
  ];
  if (!ipv6Only) {
    lines.push(
      `addr replace ${ADDR.pc}/24 dev ${IFACE.pc}`,
      `addr replace ${ADDR.pcRelay}/32 dev ${IFACE.pc}`,
      `route replace default via ${ADDR.ispLan} dev ${IFACE.pc} src ${ADDR.pc}`,
    );
  }
  await ipBatch(NS.pc, lines);
  if (ipv6Only) await mustRun('ip', ['-n', NS.pc, '-4', 'addr', 'flush', 'dev', IFACE.pc]);
}
