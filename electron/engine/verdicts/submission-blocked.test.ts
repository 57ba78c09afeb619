import { describe, expect, it } from 'vitest';
import {
  diagnoseInput,
  dnsOk,
  probe,
  refSub,
  refs25,
  sub,
  web,
} from '../../../test/support/probe-builders.js';
import { diagnose } from '../diagnose.js';

describe('submission_blocked', () => {
  it('holds when 25 and 587 are blocked and 465 answers: 465 with SSL/TLS', () => {
    const r = diagnose(
      diagnoseInput([
        ...dnsOk(),
        ...web(),
        ...refs25('refused'),
        ...refSub('refused', 'open'),
        sub(587, 'refused'),
        sub(465, 'open'),
      ]),
    );
    expect(r.verdict.code).toBe('submission_blocked');
    expect(r.verdict.confidence).toBe('high');
    expect(r.blockedAt).toBe('isp');
    expect(r.recommended).toMatchObject({ port: 465, security: 'tls' });
    expect(r.evidence[0]).toMatchObject({ id: 'port587_blocked', params: { how: 'refused' } });
    expect(r.verdict.actions.map((a) => a.id)).toEqual(['change_outgoing_tls', 'turn_on_auth']);
  });

  it('ignores skipped probes when judging ports', () => {
    const probes = [
      ...dnsOk(),
      ...web(),
      ...refs25('filtered'),
      ...refSub('filtered', 'open'),
      sub(465, 'open'),
      probe('submission', 'mail.example.jp', 587, 'skipped', { source: 'guess' }),
    ];
    expect(diagnose(diagnoseInput(probes)).verdict.code).toBe('submission_blocked');
  });

  it('does not hold when the mail program already uses 465', () => {
    const r = diagnose(
      diagnoseInput(
        [
          ...dnsOk(),
          ...web(),
          ...refs25('refused'),
          ...refSub('refused', 'open'),
          sub(465, 'open'),
        ],
        { userServer: 'smtp.example.jp', userPort: 465 },
      ),
    );
    expect(r.verdict.code).toBe('ok');
  });
});
