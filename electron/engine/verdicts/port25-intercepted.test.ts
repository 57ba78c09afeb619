import { describe, expect, it } from 'vitest';
import {
  KNOWN_PROVIDER,
  diagnoseInput,
  login,
  mxAndWeb,
  network,
  probe,
  refs25,
} from '../../../test/support/probe-builders.js';
import { diagnose } from '../diagnose.js';
import { detectInterception } from './port25-intercepted.js';

describe('port25_intercepted', () => {
  it('holds when every outside MX greets with the same relay’s banner', () => {
    const relay = refs25('open', 'relay.isp.example ESMTP');
    const probes = network({ web: 'open', ref: ['open', 'open'], sub587: 'open' });
    const r = diagnose(diagnoseInput([...probes, ...relay]));
    expect(r).toMatchObject({
      verdict: {
        code: 'port25_intercepted',
        confidence: 'high',
        // Nothing to turn off: 587 with a login goes past the relay or the shield.
        actions: [{ id: 'change_outgoing' }],
      },
      blockedAt: 'isp',
      recommended: { port: 587 },
    });
    expect(r.evidence[0]).toMatchObject({
      id: 'port25_intercepted',
      params: { greeting: 'relay.isp.example ESMTP', reason: 'same_greeting' },
    });
  });

  it('decides over server_unreachable when only guessed servers were tried and none answered', () => {
    // An unknown provider whose guesses all refuse 587 and 465, behind the ISP's relay: the silence
    // of guesses is not the provider's fault, and there are no settings to give.
    const relay = refs25('open', 'relay.isp.example ESMTP');
    const probes = network({
      web: 'open',
      ref: ['open', 'open'],
      sub587: 'refused',
      sub465: 'refused',
    });
    const r = diagnose(diagnoseInput([...probes, ...relay]));
    expect(r).toMatchObject({
      verdict: {
        code: 'port25_intercepted',
        actions: [{ id: 'type_server_from_guide' }, { id: 'turn_on_auth' }],
      },
      blockedAt: 'isp',
      recommended: null,
    });
  });

  it('keeps port25_intercepted after a login test re-diagnoses the report', () => {
    const relay = 'relay.isp.example ESMTP';
    const first = diagnose(
      diagnoseInput(
        [
          ...mxAndWeb(),
          ...refs25('open', relay).filter(
            (p) => p.host !== 'hotmail-com.olc.protection.outlook.com',
          ),
          probe('submission', 'smtp.example.jp', 587, 'open'),
        ],
        KNOWN_PROVIDER,
      ),
    );
    expect(first.verdict.code).toBe('port25_intercepted');
    const withLogin = diagnose(diagnoseInput([...first.probes, login('accepted')], KNOWN_PROVIDER));
    expect(withLogin.verdict.code).toBe('port25_intercepted');
    expect(withLogin.evidence.map((e) => e.id)).toContain('auth_ok');
    // The probes are returned exactly as they were found.
    expect(first.probes.map((p) => p.outcome)).not.toContain('intercepted');
  });

  it('does not call two MX names on one address an interception', () => {
    const greeting = 'mx.shared.example ESMTP';
    const at = (host: string) => ({
      ...probe('reference_mx', host, 25, 'open', {}),
      ip: '198.51.100.7',
    });
    const mx = [at('mx1.alpha.example'), at('mx2.beta.example')].map((p) =>
      p.smtp ? { ...p, smtp: { ...p.smtp, greeting } } : p,
    );
    const r = diagnose(
      diagnoseInput(
        [...mxAndWeb(), ...mx, probe('submission', 'smtp.example.jp', 587, 'open')],
        KNOWN_PROVIDER,
      ),
    );
    expect(r.verdict.code).toBe('ok');
    expect(detectInterception(mx).intercepted).toBe(false);
  });

  it('calls every outside MX greeting under one foreign name an interception, less sure', () => {
    const mx = refs25('open').map((p, i) =>
      p.smtp ? { ...p, smtp: { ...p.smtp, greeting: `relay${i}.isp.example ESMTP` } } : p,
    );
    expect(detectInterception(mx)).toMatchObject({
      intercepted: true,
      confidence: 'medium',
      reason: 'foreign_greeting',
    });
  });
});
