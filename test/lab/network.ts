/** Builds the lab's namespaces and links, and applies a scenario's packet policy and PC state. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { NETNS_ETC } from './cleanup.js';
import { ispRuleset, netRuleset } from './nft-rules.js';
import type { Scenario } from './scenarios.js';
import { mustRun } from './sys.js';
import { ADDR, IFACE, LAB_SERVERS, NS } from './topology.js';

// Short resolver timeouts keep the lab's DNS failures quick; the engine sets its own deadlines.
const RESOLV_CONF = `nameserver ${ADDR.resolver}\noptions timeout:1 attempts:2\n`;
const HOSTS = '127.0.0.1\tlocalhost\n::1\tlocalhost ip6-localhost ip6-loopback\n';

function ipBatch(ns: string | null, lines: string[]): Promise<string> {
  const args = ns ? ['-n', ns, '-batch', '-'] : ['-batch', '-'];
  return mustRun('ip', args, lines.join('\n') + '\n');
}

/** Runs a command inside a lab namespace. */
export function nsRun(ns: string, argv: string[], input?: string): Promise<string> {
  return mustRun('ip', ['netns', 'exec', ns, ...argv], input);
}

/**
 * Creates the three namespaces joined by two veth pairs (pc <-> isp <-> net). No link ever
 * touches the root namespace: the lab cannot send a packet anywhere else.
 */
export async function buildNetwork(): Promise<void> {
  for (const ns of Object.values(NS)) {
    const dir = join(NETNS_ETC, ns);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'resolv.conf'), RESOLV_CONF);
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
  const internetHosts = LAB_SERVERS.filter((s) => s.ip !== ADDR.relay).map((s) => s.ip);
  await Promise.all([
    ipBatch(NS.pc, ['link set lo up', `addr add ${ADDR.pc}/24 dev ${IFACE.pc}`]),
    ipBatch(NS.net, [
      'link set lo up',
      `addr add ${ADDR.netGateway}/24 dev ${IFACE.net}`,
      `addr add ${ADDR.relay}/32 dev ${IFACE.net}`,
      ...internetHosts.map((ip) => `addr add ${ip}/32 dev ${IFACE.net}`),
      `link set ${IFACE.net} up`,
      `route add default via ${ADDR.ispWan}`,
    ]),
    ipBatch(NS.isp, [
      `addr add ${ADDR.ispLan}/24 dev ${IFACE.ispPc}`,
      `addr add ${ADDR.ispWan}/24 dev ${IFACE.ispNet}`,
      `link set ${IFACE.ispPc} up`,
      `link set ${IFACE.ispNet} up`,
      `route add ${ADDR.internet} via ${ADDR.netGateway}`,
    ]),
    nsRun(NS.isp, ['sysctl', '-q', '-w', 'net.ipv4.ip_forward=1']),
  ]);
}

/** Replaces the nftables rulesets of the ISP router and of "the internet". */
export async function applyPolicy(scenario: Scenario): Promise<void> {
  await Promise.all([
    nsRun(NS.isp, ['nft', '-f', '-'], ispRuleset(scenario)),
    nsRun(NS.net, ['nft', '-f', '-'], netRuleset(scenario)),
  ]);
}

/** Online: link up with a default route. Offline: link down, so no route at all. */
export async function applyPcState(online: boolean): Promise<void> {
  if (online) {
    await ipBatch(NS.pc, [
      `link set ${IFACE.pc} up`,
      `route replace default via ${ADDR.ispLan} dev ${IFACE.pc}`,
    ]);
  } else {
    // Taking the link down removes its routes with it.
    await ipBatch(NS.pc, [`link set ${IFACE.pc} down`]);
  }
}
