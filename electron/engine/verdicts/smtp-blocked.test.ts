import { describe, expect, it } from 'vitest';
import {
  KNOWN_PROVIDER,
  diagnoseInput,
  dnsOk,
  refSub,
  refs25,
  sub,
  web,
} from '../../../test/support/probe-builders.js';
import { diagnose } from '../diagnose.js';

describe('smtp_blocked', () => {
  it('holds when the web works and 25, 465 and 587 are stopped to every server', () => {
    const r = diagnose(
      diagnoseInput([
        ...dnsOk(),
        ...web(),
        ...refs25('filtered'),
        ...refSub('filtered', 'filtered'),
        sub(587, 'filtered'),
        sub(465, 'filtered'),
      ]),
    );
    expect(r.verdict.code).toBe('smtp_blocked');
    expect(r.verdict.confidence).toBe('high');
    expect(r.blockedAt).toBe('router');
    expect(r.recommended).toBeNull();
    expect(r.evidence[0]).toMatchObject({ id: 'mail_ports_blocked', params: { how: 'filtered' } });
    // Nothing gets out: the port-25 finding would blame the provider.
    expect(r.evidence.map((e) => e.id)).not.toContain('port25_blocked');
    expect(r.verdict.actions.map((a) => a.id)).toEqual([
      'use_webmail',
      'other_network',
      'ask_admin',
    ]);
  });

  it('says "mixed" when ports are stopped in different ways (different firewall rules)', () => {
    const r = diagnose(
      diagnoseInput(
        [
          ...dnsOk(),
          ...web(),
          ...refs25('refused'),
          ...refSub('filtered', 'filtered'),
          sub(587, 'filtered'),
        ],
        KNOWN_PROVIDER,
      ),
    );
    expect(r.verdict.code).toBe('smtp_blocked');
    expect(r.evidence[0]).toMatchObject({ id: 'mail_ports_blocked', params: { how: 'mixed' } });
    expect(r.recommended).toMatchObject({ host: 'smtp.example.jp', publishedOnly: true });
  });
});
