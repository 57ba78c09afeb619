import { describe, expect, it } from 'vitest';
import type { ProbeResult } from '../../shared/probe.js';
import {
  diagnoseInput,
  dnsOk,
  ipOf,
  probe,
  refs25,
  web,
} from '../../test/support/probe-builders.js';
import { diagnose } from './diagnose.js';

/** The same probe at the host's IPv6 address. */
function overV6(p: ProbeResult, outcome: ProbeResult['outcome']): ProbeResult {
  const v6 = probe(p.role, p.host, p.port, outcome, { ip: `2001:db8::${p.host.length}` });
  return p.source ? { ...v6, source: p.source } : v6;
}

/** A dual-stack diagnosis of taro@example.jp: everything answers over IPv4; IPv6 as `v6` says. */
function dualStack(v6: ProbeResult['outcome']): ProbeResult[] {
  const v4 = [
    ...web(),
    ...refs25('open'),
    probe('submission', 'smtp.example.jp', 587, 'open', { source: 'guess' }),
  ];
  return [...dnsOk(), ...v4, ...v4.map((p) => overV6(p, v6))];
}

const ids = (probes: ProbeResult[]) => diagnose(diagnoseInput(probes)).evidence.map((e) => e.id);

describe('address families in the findings', () => {
  it('says once that IPv6 does not work on this line when IPv6 reaches nothing and IPv4 answers; never "unstable"', () => {
    const probes = dualStack('filtered');
    const r = diagnose(diagnoseInput(probes));
    expect(r.verdict.code).toBe('ok');
    const found = r.evidence.filter((e) => e.id === 'ipv6_broken');
    expect(found).toHaveLength(1);
    const v6 = probes.filter((p) => p.ip?.includes(':')).map((p) => p.id);
    expect(found[0]?.probes.sort()).toEqual(v6.sort());
    expect(r.evidence.map((e) => e.id)).not.toContain('unstable');
  });

  it('counts an IPv6 route that is missing on the way (ICMP) the same as a silent one', () => {
    expect(ids(dualStack('prohibited'))).toContain('ipv6_broken');
  });

  it('says nothing about IPv6 when one IPv6 connect got through', () => {
    const probes = dualStack('filtered');
    const last = probes.length - 1;
    probes[last] = { ...probes[last], outcome: 'open' } as ProbeResult;
    expect(ids(probes)).not.toContain('ipv6_broken');
    expect(ids(dualStack('open'))).not.toContain('ipv6_broken');
  });

  it('says nothing about IPv6 on an IPv4-only line or an IPv6-only one', () => {
    expect(ids([...dnsOk(), ...web(), ...refs25('open')])).not.toContain('ipv6_broken');
    const v6only = [...web(), ...refs25('filtered')].map((p) => overV6(p, p.outcome));
    expect(ids([...dnsOk(), ...v6only])).not.toContain('ipv6_broken');
  });

  it('says "unstable" when the same address answered on a port and then did not', () => {
    const again = (outcome: ProbeResult['outcome']) =>
      probe('submission', 'smtp.example.jp', 587, outcome, {
        source: 'guess',
        ip: ipOf('smtp.example.jp'),
      });
    const r = diagnose(diagnoseInput([...dnsOk(), ...web(), again('open'), again('filtered')]));
    expect(r.evidence.find((e) => e.id === 'unstable')?.params).toEqual({ port: 587 });
    expect(r.evidence.map((e) => e.id)).not.toContain('ipv6_broken');
  });
});
