import { describe, expect, it } from 'vitest';
import {
  ALL_OPEN,
  KNOWN_PROVIDER,
  blocked25,
  candidate,
  diagnoseInput,
  mxAndWeb,
  network,
  probe,
  refs25,
  withSmtp,
} from '../../../test/support/probe-builders.js';
import { diagnose } from '../diagnose.js';
import { port25IsBlocked, relayedButSilent } from './port25-blocked.js';

describe('port25_blocked', () => {
  it('holds when every outside MX is dropped on 25 and the server answers on 587', () => {
    const probes = network({ ...ALL_OPEN, port25: 'filtered' });
    const r = diagnose(diagnoseInput(probes));
    expect(r).toMatchObject({
      verdict: {
        code: 'port25_blocked',
        confidence: 'high',
        actions: [{ id: 'change_outgoing' }, { id: 'turn_on_auth' }],
      },
      blockedAt: 'isp',
      recommended: { port: 587, security: 'starttls', verified: true },
    });
    // Its evidence is the port-25 finding, in its usual place after what works.
    expect(r.evidence.map((e) => e.id)).toEqual([
      'dns_ok',
      'web_ok',
      'submission_open',
      'port25_blocked',
    ]);
    expect(r.evidence[3]).toMatchObject({ params: { how: 'filtered' } });
  });

  it('says port25_blocked with no settings when only guessed servers were tried', () => {
    const guesses = KNOWN_PROVIDER.candidates.map((c) => ({
      ...c,
      host: 'smtp.unknown.example',
      source: 'guess' as const,
    }));
    const r = diagnose(
      diagnoseInput(
        [
          ...mxAndWeb(),
          probe('reference_mx', 'gmail-smtp-in.l.google.com', 25, 'filtered'),
          probe('reference_mx', 'mx01.mail.icloud.com', 25, 'filtered'),
          probe('reference_submission', 'smtp.gmail.com', 587, 'open'),
          probe('submission', 'smtp.unknown.example', 587, 'refused'),
        ],
        { candidates: guesses, provider: null },
      ),
    );
    expect(r.verdict.code).toBe('port25_blocked');
    expect(r.recommended).toBeNull();
    expect(r.verdict.actions.map((a) => a.id)).toEqual(['type_server_from_guide', 'turn_on_auth']);
  });

  it('recommends 465 with sign-in over 587 without it', () => {
    const r = diagnose(
      diagnoseInput(
        [
          ...mxAndWeb(),
          ...blocked25(),
          withSmtp(probe('submission', 'smtp.example.jp', 587, 'open'), { authMechanisms: [] }),
          probe('submission', 'smtp.example.jp', 465, 'open'),
        ],
        KNOWN_PROVIDER,
      ),
    );
    expect(r.verdict.code).toBe('port25_blocked');
    expect(r.recommended).toMatchObject({ port: 465, security: 'tls', verified: true });
  });

  it('calls a slow greeting slow, not unreachable', () => {
    const slow = {
      ...probe('submission', 'smtp.example.jp', 587, 'open'),
      greetingMs: 4200,
      slowGreeting: true,
    };
    const r = diagnose(diagnoseInput([...mxAndWeb(), ...blocked25(), slow], KNOWN_PROVIDER));
    expect(r.verdict.code).toBe('port25_blocked');
    expect(r.evidence).toContainEqual(
      expect.objectContaining({
        id: 'submission_slow',
        params: { host: 'smtp.example.jp', port: 587, seconds: 4.2 },
      }),
    );
  });

  it('keeps the port-25 finding whatever the verdict', () => {
    const r = diagnose(
      diagnoseInput(
        [
          ...mxAndWeb(),
          probe('reference_mx', 'gmail-smtp-in.l.google.com', 25, 'filtered'),
          probe('reference_submission', 'smtp.gmail.com', 587, 'open'),
          probe('submission', 'smtp.example.jp', 587, 'filtered'),
          probe('submission', 'smtp.example.jp', 465, 'filtered'),
        ],
        KNOWN_PROVIDER,
      ),
    );
    expect(r.verdict.code).toBe('server_unreachable');
    expect(r.evidence.map((e) => e.id)).toContain('port25_blocked');
  });

  it('reads a local relay that takes every connect while nothing talks behind it as blocked', () => {
    const relayed = refs25('error');
    expect(relayedButSilent(relayed)).toBe(true);
    expect(port25IsBlocked(relayed)).toBe(true);
    expect(port25IsBlocked(refs25('open'))).toBe(false);
    expect(port25IsBlocked([])).toBe(false);
    const r = diagnose(
      diagnoseInput([...network({ web: 'open', sub587: 'open' }), ...relayed], {
        candidates: [candidate('smtp.example.jp', 587, 'guess')],
      }),
    );
    expect(r.verdict.code).toBe('port25_blocked');
    expect(r.evidence.find((e) => e.id === 'port25_blocked')?.params).toMatchObject({
      how: 'filtered',
    });
  });
});
