import { describe, expect, it } from 'vitest';
import {
  diagnoseInput,
  dnsOk,
  refSub,
  refs25,
  sub,
  web,
} from '../../../test/support/probe-builders.js';
import { diagnose } from '../diagnose.js';

describe('internet_unreachable', () => {
  it('holds when names resolve but no web control and no mail server answers', () => {
    const r = diagnose(
      diagnoseInput([
        ...dnsOk(),
        ...web('filtered'),
        ...refs25('filtered'),
        ...refSub('filtered', 'filtered'),
        sub(587, 'filtered'),
      ]),
    );
    expect(r.verdict.code).toBe('internet_unreachable');
    expect(r.verdict.confidence).toBe('high');
    expect(r.blockedAt).toBe('router');
    expect(r.recommended).toBeNull();
    expect(r.evidence.map((e) => e.id)).toEqual(['nothing_answers', 'dns_ok']);
    expect(r.verdict.actions.map((a) => a.id)).toEqual([
      'open_browser_sign_in',
      'restart_router_outage',
    ]);
  });
});
