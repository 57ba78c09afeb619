import { describe, expect, it } from 'vitest';
import {
  ALL_OPEN,
  KNOWN_PROVIDER,
  diagnoseInput,
  login,
  network,
  probe,
  refs25,
  web,
} from '../../../test/support/probe-builders.js';
import { diagnose } from '../diagnose.js';

describe('auth_failed', () => {
  it('holds when the login test on the recommended server was refused; the settings stay', () => {
    const probes = network({ ...ALL_OPEN, port25: 'filtered' });
    const r = diagnose(diagnoseInput([...probes, login('rejected')]));
    expect(r).toMatchObject({
      verdict: { code: 'auth_failed', confidence: 'high', actions: [{ id: 'retype_password' }] },
      blockedAt: 'server',
      recommended: { port: 587 },
    });
    expect(r.evidence[0]).toMatchObject({ id: 'auth_rejected' });
    // auth_failed comes before port25_blocked, and the port-25 finding stays.
    expect(r.evidence.map((e) => e.id)).toContain('port25_blocked');
  });

  it('gives app-password advice only where the provider data says so', () => {
    const probes = [
      probe('dns_mx', 'example.jp', null, 'found'),
      ...web().slice(0, 1),
      ...refs25('filtered').slice(0, 2),
      probe('submission', 'smtp.example.jp', 587, 'open'),
      login('rejected'),
    ];
    const plain = diagnose(diagnoseInput(probes, KNOWN_PROVIDER));
    expect(plain.verdict.actions.map((a) => a.id)).toEqual(['retype_password']);
    const gmail = diagnose(
      diagnoseInput(probes, {
        ...KNOWN_PROVIDER,
        provider: { id: 'gmail', name: 'Gmail', appPassword: 'available' },
      }),
    );
    expect(gmail.verdict.actions).toContainEqual({
      id: 'app_password',
      params: { provider: 'Gmail' },
    });
    const outlook = diagnose(
      diagnoseInput(probes.slice(0, -1), {
        ...KNOWN_PROVIDER,
        provider: { id: 'outlook', name: 'Outlook.com', oauthOnly: true, appPassword: 'none' },
      }),
    );
    expect(outlook.verdict.actions).toContainEqual({
      id: 'oauth_sign_in',
      params: { provider: 'Outlook.com' },
    });
    expect(outlook.evidence.map((e) => e.id)).toContain('auth_oauth_only');
  });
});
