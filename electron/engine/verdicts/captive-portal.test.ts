import { describe, expect, it } from 'vitest';
import type { ProbeResult } from '../../../shared/probe.js';
import {
  diagnoseInput,
  probe,
  refSub,
  refs25,
  sub,
  web,
} from '../../../test/support/probe-builders.js';
import { diagnose } from '../diagnose.js';
import { sameAddressNames } from './captive-portal.js';

const resolvesTo = (host: string, address: string): ProbeResult =>
  probe('dns_host', host, null, 'found', { dns: { rrtype: 'A', answers: [address], servers: [] } });

describe('captive_portal', () => {
  it('holds when unrelated names all resolve to one address, with nothing to configure', () => {
    const r = diagnose(
      diagnoseInput([
        probe('dns_mx', 'example.jp', null, 'found'),
        ...['www.google.com', 'www.apple.com', 'mx01.mail.icloud.com', 'smtp.example.jp'].map((h) =>
          resolvesTo(h, '192.0.2.200'),
        ),
        ...web(),
        ...refs25('filtered'),
        ...refSub('filtered', 'filtered'),
        sub(587, 'filtered'),
      ]),
    );
    expect(r.verdict.code).toBe('captive_portal');
    expect(r.verdict.confidence).toBe('high');
    expect(r.blockedAt).toBe('router');
    expect(r.recommended).toBeNull();
    expect(r.evidence[0]).toMatchObject({
      id: 'portal_same_address',
      params: { address: '192.0.2.200' },
    });
    // Nothing gets out: the port-25 finding would blame the provider.
    expect(r.evidence.map((e) => e.id)).not.toContain('port25_blocked');
    expect(r.verdict.actions.map((a) => a.id)).toEqual(['portal_sign_in', 'portal_check_again']);
  });

  it('needs names under three different domains: one provider’s names on one address are no portal', () => {
    const same = ['smtp.example.jp', 'mail.example.jp', 'www.example.jp'].map((h) =>
      resolvesTo(h, '192.0.2.200'),
    );
    expect(sameAddressNames(same)).toBeNull();
    const unrelated = ['smtp.example.jp', 'www.google.com', 'www.apple.com'].map((h) =>
      resolvesTo(h, '192.0.2.200'),
    );
    expect(sameAddressNames(unrelated)).toMatchObject({ address: '192.0.2.200' });
  });
});
