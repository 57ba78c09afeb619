import { describe, expect, it } from 'vitest';
import {
  KNOWN_PROVIDER,
  diagnoseInput,
  dnsOk,
  probe,
  route,
} from '../../../test/support/probe-builders.js';
import { diagnose } from '../diagnose.js';

describe('offline', () => {
  it('holds when the kernel has no route and nothing answered', () => {
    const r = diagnose(
      diagnoseInput([route('no_route'), probe('dns_mx', 'example.jp', null, 'refused')]),
    );
    expect(r.verdict.code).toBe('offline');
    expect(r.verdict.confidence).toBe('high');
    expect(r.blockedAt).toBe('pc');
    expect(r.recommended).toBeNull();
    expect(r.evidence.map((e) => e.id)).toEqual(['no_route']);
    expect(r.verdict.actions.map((a) => a.id)).toEqual(['check_cable', 'run_again']);
  });

  it('comes first: no route and no DNS answer is offline, not dns_unavailable', () => {
    const r = diagnose(
      diagnoseInput([route('no_route'), probe('dns_mx', 'example.jp', null, 'timeout')]),
    );
    expect(r.verdict.code).toBe('offline');
  });

  it('does not hold once DNS answered', () => {
    expect(diagnose(diagnoseInput([route('no_route'), ...dnsOk()])).verdict.code).not.toBe(
      'offline',
    );
  });

  it('shows the provider’s published settings, marked so, when the PC is offline', () => {
    const r = diagnose(
      diagnoseInput(
        [route('no_route'), probe('dns_mx', 'example.jp', null, 'refused')],
        KNOWN_PROVIDER,
      ),
    );
    expect(r.verdict.code).toBe('offline');
    expect(r.recommended).toMatchObject({
      host: 'smtp.example.jp',
      port: 587,
      verified: false,
      publishedOnly: true,
    });
    expect(r.evidence.map((e) => e.id)).toContain('provider_settings');
  });
});
