import { describe, expect, it } from 'vitest';
import {
  KNOWN_PROVIDER,
  candidate,
  diagnoseInput,
  dnsOk,
  probe,
  refSub,
  refs25,
  smtpDetails,
  sub,
  web,
} from '../../../test/support/probe-builders.js';
import { diagnose } from '../diagnose.js';

const base = [probe('dns_mx', 'example.jp', null, 'found'), ...web().slice(0, 1)];
const blocked25 = refs25('filtered').slice(0, 2);

describe('ok', () => {
  it('holds when nothing is blocked and the server answers on 587', () => {
    const r = diagnose(
      diagnoseInput([
        ...dnsOk(),
        ...web(),
        ...refs25('open'),
        ...refSub('open', 'open'),
        sub(587, 'open'),
        sub(465, 'open'),
      ]),
    );
    expect(r.verdict.code).toBe('ok');
    expect(r.verdict.confidence).toBe('high');
    expect(r.blockedAt).toBeNull();
    expect(r.recommended).toMatchObject({ port: 587, verified: true });
    expect(r.evidence.map((e) => e.id)).toEqual([
      'dns_ok',
      'web_ok',
      'submission_open',
      'port25_open',
    ]);
    expect(r.verdict.actions.map((a) => a.id)).toEqual(['use_settings', 'check_password']);
  });

  it('says ok when port 25 is blocked but the mail program already uses a working 587', () => {
    const probes = [
      ...dnsOk(),
      ...web(),
      ...refs25('filtered'),
      ...refSub('open', 'open'),
      sub(587, 'open'),
    ];
    const r = diagnose(diagnoseInput(probes, { userPort: 587, userServer: 'smtp.example.jp' }));
    expect(r.verdict.code).toBe('ok');
    expect(r.evidence.map((e) => e.id)).toContain('port25_blocked');
  });

  it('says it works here, not away from home, when the ISP’s own server takes port 25', () => {
    const r = diagnose(
      diagnoseInput(
        [
          ...base,
          ...blocked25,
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
          ...base,
          ...blocked25,
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
      ...dnsOk(),
      ...web(),
      ...refs25('open'),
      sub(465, 'open'),
      sub(587, 'open'),
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
    const r = diagnose(
      diagnoseInput([
        ...dnsOk(),
        ...web(),
        ...refs25('open'),
        sub(587, 'refused'),
        sub(465, 'filtered'),
      ]),
    );
    expect(r.recommended).toBeNull();
    expect(r.verdict.code).not.toBe('ok');
  });
});
