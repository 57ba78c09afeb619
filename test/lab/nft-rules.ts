/** Renders a scenario's packet policy as nftables scripts for the PC, the ISP router and "the internet". */
import { interceptRoutes } from './pc-intercept.js';
import { DNS_QUERY_TYPES, type IspPolicy, type Port25Policy, type Scenario } from './scenarios.js';
import {
  ADDR,
  ADDR6,
  IFACE,
  ip6Of,
  ISP_MAIL_SERVERS,
  labServer,
  nat64Of,
  TUN_IFACE,
} from './topology.js';

// Each script replaces the namespace's whole ruleset in one transaction, so applying is atomic
// and idempotent. The namespaces are the lab's own, so flushing them touches nothing else.
const HEADER = 'flush ruleset';

const FROM_PC = `iifname "${IFACE.ispPc}"`;
/**
 * The PC's packets on either of their passes through the forward chain: on far paths the delayer
 * writes each one back from its tun device, and it meets the chain again there.
 */
const FROM_PC_OR_DELAYER = `iifname { "${IFACE.ispPc}", "${TUN_IFACE}" }`;
const ISP4 = `{ ${ISP_MAIL_SERVERS.join(', ')} }`;
const ISP6 = `{ ${ISP_MAIL_SERVERS.map(ip6Of).join(', ')} }`;
const NAT64_NET = `${ADDR6.nat64Prefix}/96`;
const ISP_NAT64 = `{ ${ISP_MAIL_SERVERS.map(nat64Of).join(', ')} }`;

/** The ISP's counter of connects its interceptors took (Lab.redirectedConnects). */
export const REDIRECT_COUNTER = 'redirected';

/** The PC's sets of every (address, port) it sent a SYN to (Lab.pcConnects). */
export const PC_CONNECTS_SETS = { 4: 'pc_connects4', 6: 'pc_connects6' } as const;

const PORT25_VERDICT: Record<Exclude<Port25Policy, 'intercept'>, string> = {
  drop: 'drop',
  reset: 'reject with tcp reset',
  icmp: 'reject with icmpx type admin-prohibited',
};

function checkPorts(ports: number[]): number[] {
  for (const port of ports) {
    if (!Number.isInteger(port) || port < 1 || port > 65535) throw new Error(`bad port ${port}`);
  }
  return ports;
}

function captiveRules(isp: IspPolicy): string[] {
  if (!isp.captivePortal) return [];
  // Before sign-in only the portal's web ports pass (and what belongs to those connections).
  return [
    'ct state established,related accept',
    `${FROM_PC_OR_DELAYER} ip daddr ${ADDR.portal} tcp dport { 80, 443 } accept`,
  ];
}

function onlyToRules(isp: IspPolicy): string[] {
  if (!isp.onlyTo) return [];
  const ports = checkPorts(isp.onlyTo.ports);
  // A company firewall: only its proxy's ports pass (and what belongs to those connections).
  return [
    'ct state established,related accept',
    `${FROM_PC_OR_DELAYER} ip daddr ${labServer(isp.onlyTo.server).ip} tcp dport { ${ports.join(', ')} } accept`,
  ];
}

function firstSynRules(isp: IspPolicy): string[] {
  const ips = (isp.firstSynLost ?? []).map((id) => labServer(id).ip);
  if (ips.length === 0) return [];
  // The set is empty after every apply (the ruleset is replaced): exactly one SYN per address is lost.
  return [
    `${FROM_PC} tcp dport 25 tcp flags & (syn | ack) == syn ip daddr { ${ips.join(', ')} } ip daddr != @first_syn add @first_syn { ip daddr } counter drop`,
  ];
}

function forwardRules(isp: IspPolicy): string[] {
  const rules = [...captiveRules(isp), ...onlyToRules(isp), ...(isp.extraForwardRules ?? [])];
  const loss = isp.lossPercent ?? 0;
  if (loss > 0) {
    if (!Number.isInteger(loss) || loss > 100) throw new Error(`bad lossPercent ${loss}`);
    // Packets that come back from the delayer pass the forward chain a second time: count them once.
    rules.push(`iifname != "${TUN_IFACE}" numgen random mod 100 < ${loss} drop`);
  }
  rules.push(...firstSynRules(isp));
  if (isp.port25 && isp.port25 !== 'intercept') {
    const verdict = PORT25_VERDICT[isp.port25];
    rules.push(`${FROM_PC} ip daddr != ${ISP4} tcp dport 25 ${verdict}`);
    rules.push(`${FROM_PC} ip6 daddr != ${ISP6} tcp dport 25 ${verdict}`);
  }
  const ports = checkPorts(isp.dropPorts ?? []);
  if (ports.length > 0) rules.push(`${FROM_PC} tcp dport { ${ports.join(', ')} } drop`);
  return rules;
}

/** The interceptors' DNAT rules; each connect they take is counted in the named counter. */
function redirectRules(isp: IspPolicy): string[] {
  return (isp.redirect ?? []).flatMap((r) => {
    const from = labServer(r.from).ip;
    const to = labServer(r.to).ip;
    const ports = `{ ${checkPorts(r.ports).join(', ')} }`;
    return [
      `${FROM_PC} ip daddr ${from} tcp dport ${ports} counter name ${REDIRECT_COUNTER} dnat ip to ${to}`,
      `${FROM_PC} ip6 daddr ${ip6Of(from)} tcp dport ${ports} counter name ${REDIRECT_COUNTER} dnat ip6 to ${ip6Of(to)}`,
    ];
  });
}

/**
 * Drops the PC's UDP DNS queries of some types for one name. The question starts right after the
 * 8-byte UDP header and the 12-byte DNS header, so for a known name both its encoded labels and
 * the type after them sit at fixed offsets (in bits, from the transport header).
 */
export function dnsDropRules(isp: IspPolicy): string[] {
  const drop = isp.dnsDropTypes;
  if (!drop) return [];
  const labels = drop.name.toLowerCase().split('.');
  if (!labels.every((l) => /^[a-z0-9-]{1,63}$/.test(l))) throw new Error(`bad name ${drop.name}`);
  const encoded = Buffer.concat([
    ...labels.map((l) => Buffer.concat([Buffer.from([l.length]), Buffer.from(l, 'ascii')])),
    Buffer.from([0]),
  ]);
  // nftables compares at most 128 bits at once.
  if (encoded.length > 16) throw new Error(`name too long for one nft match: ${drop.name}`);
  const nameAt = (8 + 12) * 8;
  const typeAt = nameAt + encoded.length * 8;
  const types = drop.types.map((t) => DNS_QUERY_TYPES[t]).join(', ');
  return [
    `meta l4proto udp th dport 53 @th,${nameAt},${encoded.length * 8} 0x${encoded.toString('hex')} @th,${typeAt},16 { ${types} } drop`,
  ];
}

/** The ISP's own NAT64 terminates in the router: its traffic meets the policy on input. */
function nat64InputRules(isp: IspPolicy): string[] {
  const rules: string[] = [];
  const toNat64 = `${FROM_PC} ip6 daddr ${NAT64_NET}`;
  if (isp.port25 && isp.port25 !== 'intercept') {
    rules.push(`${toNat64} ip6 daddr != ${ISP_NAT64} tcp dport 25 ${PORT25_VERDICT[isp.port25]}`);
  }
  const ports = checkPorts(isp.dropPorts ?? []);
  if (ports.length > 0) rules.push(`${toNat64} tcp dport { ${ports.join(', ')} } drop`);
  if (isp.forward === false) rules.push(`${toNat64} drop`);
  return rules;
}

function indent(rules: string[]): string[] {
  return rules.map((r) => `    ${r}`);
}

/** The ruleset for sclab-isp: resolver access, OP25B interception, and the forward policy. */
export function ispRuleset(scenario: Scenario): string {
  const { isp } = scenario;
  const input = [
    ...(isp.dnsDown ? ['meta l4proto { tcp, udp } th dport 53 drop'] : []),
    ...dnsDropRules(isp),
    ...nat64InputRules(isp),
  ];
  const nat = [
    ...redirectRules(isp),
    ...(isp.captivePortal && isp.webToPortal
      ? [`${FROM_PC} meta nfproto ipv4 tcp dport { 80, 443 } dnat ip to ${ADDR.portal}`]
      : []),
    ...(isp.port25 === 'intercept'
      ? [
          `${FROM_PC} ip daddr != ${ISP4} tcp dport 25 dnat ip to ${ADDR.relay}`,
          `${FROM_PC} ip6 daddr != ${ISP6} tcp dport 25 dnat ip6 to ${ip6Of(ADDR.relay)}`,
        ]
      : []),
  ];
  const forwardPolicy =
    isp.forward === false || isp.captivePortal || isp.onlyTo ? 'drop' : 'accept';
  return [
    HEADER,
    'table inet sclab {',
    '  set first_syn {',
    '    type ipv4_addr; flags dynamic;',
    '  }',
    `  counter ${REDIRECT_COUNTER} {`,
    '  }',
    '  chain input {',
    '    type filter hook input priority filter; policy accept;',
    ...indent(input),
    '  }',
    '  chain prerouting {',
    '    type nat hook prerouting priority dstnat; policy accept;',
    ...indent(nat),
    '  }',
    '  chain forward {',
    `    type filter hook forward priority filter; policy ${forwardPolicy};`,
    ...indent(forwardRules(isp)),
    '  }',
    '}',
    '',
  ].join('\n');
}

/** The ruleset for sclab-net: servers that must not answer at all. */
export function netRuleset(scenario: Scenario): string {
  const silent = (scenario.silentServers ?? []).map((id) => labServer(id).ip);
  const rules =
    silent.length > 0
      ? [
          `ip daddr { ${silent.join(', ')} } drop`,
          `ip6 daddr { ${silent.map(ip6Of).join(', ')} } drop`,
        ]
      : [];
  return [
    HEADER,
    'table inet sclab {',
    '  chain input {',
    '    type filter hook input priority filter; policy accept;',
    ...indent(rules),
    '  }',
    '}',
    '',
  ].join('\n');
}

/**
 * The ruleset for sclab-pc: security software's redirects of the PC's own connects to its local
 * proxies (connects the proxies make themselves leave from ADDR.pcRelay and are not redirected),
 * and a record of every destination the PC sends a SYN to, taken before any redirect, loopback
 * included: a test reads it to show that nothing tried a host it must not.
 */
export function pcRuleset(scenario: Scenario): string {
  const routes = interceptRoutes(scenario);
  const rules =
    routes.length > 0
      ? [
          `meta l4proto tcp ip saddr != ${ADDR.pcRelay} redirect to : ip daddr . tcp dport map { ${routes
            .map((r) => `${r.ip} . ${r.port} : ${r.listenPort}`)
            .join(', ')} }`,
        ]
      : [];
  const syn = 'tcp flags & (syn | ack) == syn';
  return [
    HEADER,
    'table inet sclab {',
    `  set ${PC_CONNECTS_SETS[4]} {`,
    '    type ipv4_addr . inet_service; flags dynamic; size 65535;',
    '  }',
    `  set ${PC_CONNECTS_SETS[6]} {`,
    '    type ipv6_addr . inet_service; flags dynamic; size 65535;',
    '  }',
    '  chain watch {',
    '    type filter hook output priority -200; policy accept;',
    `    ${syn} add @${PC_CONNECTS_SETS[4]} { ip daddr . tcp dport }`,
    `    ${syn} add @${PC_CONNECTS_SETS[6]} { ip6 daddr . tcp dport }`,
    '  }',
    '  chain output {',
    '    type nat hook output priority -100; policy accept;',
    ...indent(rules),
    '  }',
    '}',
    '',
  ].join('\n');
}
