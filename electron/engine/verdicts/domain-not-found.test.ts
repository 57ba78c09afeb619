import { describe, expect, it } from 'vitest';
import { diagnoseInput, probe, refs25, web } from '../../../test/support/probe-builders.js';
import { diagnose } from '../diagnose.js';
import { domainMissing } from './domain-not-found.js';

describe('domain_not_found', () => {
  it('holds when the address’s domain does not exist', () => {
    const r = diagnose(
      diagnoseInput([probe('dns_mx', 'example.jp', null, 'nxdomain'), ...web(), ...refs25('open')]),
    );
    expect(r.verdict.code).toBe('domain_not_found');
    expect(r.verdict.confidence).toBe('high');
    expect(r.blockedAt).toBeNull();
    expect(r.recommended).toBeNull();
    expect(r.evidence[0]).toMatchObject({
      id: 'domain_missing',
      params: { domain: 'example.jp', reason: 'nxdomain' },
    });
    expect(r.verdict.actions.map((a) => a.id)).toEqual(['check_spelling']);
  });

  it('tells no MX and no address, a null MX, and no MX with an address (RFC 5321 fallback) apart', () => {
    const mx = (detail = '') => probe('dns_mx', 'example.jp', null, 'nodata', { detail });
    const a = (outcome: 'found' | 'nodata') => probe('dns_host', 'example.jp', null, outcome);
    expect(domainMissing([mx(), a('nodata')], 'example.jp')?.reason).toBe('nodata');
    expect(domainMissing([mx('MX null MX (RFC 7505)')], 'example.jp')?.reason).toBe('null_mx');
    expect(domainMissing([mx(), a('found')], 'example.jp')).toBeNull();
    expect(
      domainMissing([probe('dns_mx', 'example.jp', null, 'timeout')], 'example.jp'),
    ).toBeNull();
  });
});
