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
  smtpDetails,
} from '../../../test/support/probe-builders.js';
import { diagnose } from '../diagnose.js';

describe('ok', () => {
  it('holds when nothing is blocked and the server answers on 587', () => {
    const probes = network(ALL_OPEN);
    const r = diagnose(diagnoseInput(probes));
    expect(r).toMatchObject({
      verdict: {
        code: 'ok',
        confidence: 'high',
        actions: [{ id: 'use_settings' }, { id: 'check_password' }],
      },
      blockedAt: null,
      recommended: { port: 587, verified: true },
    });
    expect(r.evidence.map((e) => e.id)).toEqual([
      'dns_ok',
      'web_ok',
      'submission_open',
      'port25_open',
    ]);
  });

  it('says ok when port 25 is blocked but the mail program already uses a working 587', () => {
    const probes = network({ ...ALL_OPEN, port25: 'filtered', sub465: undefined });
    const r = diagnose(diagnoseInput(probes, { userPort: 587, userServer: 'smtp.example.jp' }));
    expect(r.verdict.code).toBe('ok');
    expect(r.evidence.map((e) => e.id)).toContain('port25_blocked');
  });

  it('says it works here, not away from home, when the ISP’s own server takes port 25', () => {
    const r = diagnose(
      diagnoseInput(
        [
          ...mxAndWeb(),
          ...blocked25(),
          probe('own_mx', 'mx.example.jp', 25, 'open'),
          probe('submission', 'smtp.example.jp', 587, 'open'),
        ],
        KNOWN_PROVIDER,
      ),
    );
    expect(r.verdict.code).toBe('ok');
    expect(r.evidence[0]).toMatchObject({ id: 'port25_inside_isp' });
    expect(r.verdict.actions[0]?.id).toBe('works_here_only');
    expect(r.recommended?.port).toBe(587);
  });

  it('recommends port 25 only for an ISP server that offers nothing else', () => {
    const only25 = [
      candidate('smtp.example.jp', 25, 'provider_db', { security: 'plain', insideIspOnly: true }),
    ];
    const r = diagnose(
      diagnoseInput(
        [
          ...mxAndWeb(),
          ...blocked25(),
          probe('submission', 'smtp.example.jp', 25, 'open'),
          probe('reference_submission', 'smtp.gmail.com', 587, 'open'),
        ],
        { ...KNOWN_PROVIDER, candidates: only25 },
      ),
    );
    expect(r.verdict.code).toBe('ok');
    expect(r.recommended).toMatchObject({ port: 25, security: 'none', auth: false });
  });

  it('prefers 587 with STARTTLS over 465 and follows discovery order over guesses', () => {
    const probes = [
      ...network({ web: 'open', port25: 'open', sub587: 'open', sub465: 'open' }),
      probe('submission', 'mail.example.jp', 587, 'open', {
        source: 'guess',
        smtp: smtpDetails('smtp.example.jp', 587),
      }),
    ];
    const listed = [
      candidate('mail.example.jp', 587, 'provider_db', { username: 'taro' }),
      ...diagnoseInput([]).candidates,
    ];
    expect(diagnose(diagnoseInput(probes, { candidates: listed })).recommended).toMatchObject({
      host: 'mail.example.jp',
      port: 587,
      security: 'starttls',
      username: 'taro',
      verified: true,
    });
    expect(diagnose(diagnoseInput(probes)).recommended).toMatchObject({
      host: 'smtp.example.jp',
      port: 587,
    });
  });

  it('never recommends a guessed host that did not answer', () => {
    const probes = network({ web: 'open', port25: 'open', sub587: 'refused', sub465: 'filtered' });
    const r = diagnose(diagnoseInput(probes));
    expect(r.recommended).toBeNull();
    expect(r.verdict.code).not.toBe('ok');
  });
});
