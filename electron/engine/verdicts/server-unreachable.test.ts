import { describe, expect, it } from 'vitest';
import {
  candidate,
  diagnoseInput,
  dnsOk,
  probe,
  refSub,
  refs25,
  sub,
  web,
} from '../../../test/support/probe-builders.js';
import { diagnose } from '../diagnose.js';

describe('server_unreachable', () => {
  it('holds when the user’s server answers on no mail port while other servers do', () => {
    const r = diagnose(
      diagnoseInput([
        ...dnsOk(),
        ...web(),
        ...refs25('open'),
        ...refSub('open', 'open'),
        sub(587, 'filtered'),
        sub(465, 'filtered'),
      ]),
    );
    expect(r.verdict.code).toBe('server_unreachable');
    expect(r.verdict.confidence).toBe('high');
    expect(r.blockedAt).toBe('server');
    expect(r.recommended).toBeNull();
    expect(r.evidence.map((e) => e.id).slice(0, 2)).toEqual(['submission_silent', 'other_mail_ok']);
    expect(r.verdict.actions.map((a) => a.id)).toEqual([
      'compare_server_name',
      'check_status_later',
    ]);
  });

  it('names a server name the user gave that does not resolve', () => {
    const r = diagnose(
      diagnoseInput(
        [
          ...web(),
          probe('dns_mx', 'example.jp', null, 'found'),
          probe('dns_host', 'smtp.typo.example', null, 'nxdomain'),
          ...refs25('open'),
        ],
        {
          candidates: [candidate('smtp.typo.example', 587, 'user')],
          userServer: 'smtp.typo.example',
        },
      ),
    );
    expect(r.verdict.code).toBe('server_unreachable');
    expect(r.evidence[0]).toMatchObject({
      id: 'server_name_not_found',
      params: { hosts: ['smtp.typo.example'] },
    });
  });

  it('is only medium sure when no other mail server answered either', () => {
    const r = diagnose(diagnoseInput([...dnsOk(), ...web(), sub(587, 'refused')]));
    expect(r.verdict).toMatchObject({ code: 'server_unreachable', confidence: 'medium' });
    expect(r.evidence.map((e) => e.id)).not.toContain('other_mail_ok');
  });
});
