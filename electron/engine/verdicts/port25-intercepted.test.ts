import { describe, expect, it } from 'vitest';
import {
  KNOWN_PROVIDER,
  diagnoseInput,
  dnsOk,
  login,
  probe,
  refSub,
  refs25,
  sub,
  web,
} from '../../../test/support/probe-builders.js';
import { diagnose } from '../diagnose.js';
import { detectInterception } from './port25-intercepted.js';

const base = [probe('dns_mx', 'example.jp', null, 'found'), ...web().slice(0, 1)];

describe('port25_intercepted', () => {
  it('holds when every outside MX greets with the same relay’s banner', () => {
    const r = diagnose(
      diagnoseInput([
        ...dnsOk(),
        ...web(),
        ...refs25('open', 'relay.isp.example ESMTP'),
        ...refSub('open', 'open'),
        sub(587, 'open'),
      ]),
    );
    expect(r.verdict.code).toBe('port25_intercepted');
    expect(r.verdict.confidence).toBe('high');
    expect(r.blockedAt).toBe('isp');
    expect(r.recommended?.port).toBe(587);
    expect(r.evidence[0]).toMatchObject({
      id: 'port25_intercepted',
      params: { greeting: 'relay.isp.example ESMTP', reason: 'same_greeting' },
    });
    expect(r.verdict.actions.map((a) => a.id)).toEqual(['change_outgoing', 'antivirus_mail_scan']);
  });

  it('keeps port25_intercepted after a login test re-diagnoses the report', () => {
    const relay = 'relay.isp.example ESMTP';
    const first = diagnose(
      diagnoseInput(
        [
          ...base,
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
        [...base, ...mx, probe('submission', 'smtp.example.jp', 587, 'open')],
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
