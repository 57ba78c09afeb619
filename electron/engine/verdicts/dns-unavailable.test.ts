import { describe, expect, it } from 'vitest';
import { diagnoseInput, probe, route } from '../../../test/support/probe-builders.js';
import { diagnose } from '../diagnose.js';

describe('dns_unavailable', () => {
  it('holds when no look-up got any answer, while the PC has a route', () => {
    const r = diagnose(
      diagnoseInput([
        route('open'),
        probe('dns_mx', 'example.jp', null, 'timeout'),
        probe('dns_host', 'www.google.com', null, 'timeout'),
      ]),
    );
    expect(r.verdict.code).toBe('dns_unavailable');
    expect(r.verdict.confidence).toBe('high');
    expect(r.blockedAt).toBe('router');
    expect(r.evidence[0]).toMatchObject({ id: 'dns_failed', params: { outcomes: ['timeout'] } });
    expect(r.verdict.actions.map((a) => a.id)).toEqual(['restart_router', 'dns_automatic']);
  });

  it('does not hold when a DNS server said a name does not exist: that is an answer', () => {
    const r = diagnose(
      diagnoseInput([route('open'), probe('dns_mx', 'example.jp', null, 'nxdomain')]),
    );
    expect(r.verdict.code).not.toBe('dns_unavailable');
  });
});
