/** Renders a scenario's packet policy as nftables scripts for the ISP router and "the internet". */
import type { IspPolicy, Port25Policy, Scenario } from './scenarios.js';
import { ADDR, IFACE, labServer } from './topology.js';

// Each script replaces the namespace's whole ruleset in one transaction, so applying is atomic
// and idempotent. The namespaces are the lab's own, so flushing them touches nothing else.
const HEADER = 'flush ruleset';

const FROM_PC = `iifname "${IFACE.ispPc}"`;

const PORT25_VERDICT: Record<Exclude<Port25Policy, 'intercept'>, string> = {
  drop: 'drop',
  reset: 'reject with tcp reset',
  icmp: 'reject with icmpx type admin-prohibited',
};

function forwardRules(isp: IspPolicy): string[] {
  const rules = [...(isp.extraForwardRules ?? [])];
  const loss = isp.lossPercent ?? 0;
  if (loss > 0) {
    if (!Number.isInteger(loss) || loss > 100) throw new Error(`bad lossPercent ${loss}`);
    rules.push(`numgen random mod 100 < ${loss} drop`);
  }
  if (isp.port25 && isp.port25 !== 'intercept') {
    rules.push(`${FROM_PC} ip daddr != ${ADDR.relay} tcp dport 25 ${PORT25_VERDICT[isp.port25]}`);
  }
  const ports = isp.dropPorts ?? [];
  for (const port of ports) {
    if (!Number.isInteger(port) || port < 1 || port > 65535) throw new Error(`bad port ${port}`);
  }
  if (ports.length > 0) rules.push(`${FROM_PC} tcp dport { ${ports.join(', ')} } drop`);
  return rules;
}

/** The ruleset for sclab-isp: resolver access, OP25B interception, and the forward policy. */
export function ispRuleset(scenario: Scenario): string {
  const { isp } = scenario;
  const input = isp.dnsDown ? ['meta l4proto { tcp, udp } th dport 53 drop'] : [];
  const nat =
    isp.port25 === 'intercept'
      ? [`${FROM_PC} ip daddr != ${ADDR.relay} tcp dport 25 dnat ip to ${ADDR.relay}`]
      : [];
  const forwardPolicy = isp.forward === false ? 'drop' : 'accept';
  return [
    HEADER,
    'table inet sclab {',
    '  chain input {',
    '    type filter hook input priority filter; policy accept;',
    ...input.map((r) => `    ${r}`),
    '  }',
    '  chain prerouting {',
    '    type nat hook prerouting priority dstnat; policy accept;',
    ...nat.map((r) => `    ${r}`),
    '  }',
    '  chain forward {',
    `    type filter hook forward priority filter; policy ${forwardPolicy};`,
    ...forwardRules(isp).map((r) => `    ${r}`),
    '  }',
    '}',
    '',
  ].join('\n');
}

/** The ruleset for sclab-net: servers that must not answer at all. */
export function netRuleset(scenario: Scenario): string {
  const silent = (scenario.silentServers ?? []).map((id) => labServer(id).ip);
  const rules = silent.length > 0 ? [`ip daddr { ${silent.join(', ')} } drop`] : [];
  return [
    HEADER,
    'table inet sclab {',
    '  chain input {',
    '    type filter hook input priority filter; policy accept;',
    ...rules.map((r) => `    ${r}`),
    '  }',
    '}',
    '',
  ].join('\n');
}
