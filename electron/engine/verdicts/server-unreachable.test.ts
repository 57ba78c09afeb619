import { describe, expect, it } from 'vitest';
import {
  ALL_OPEN,
  candidate,
  diagnoseInput,
  network,
  probe,
  refs25,
  web,
} from '../../../test/support/probe-builders.js';
import { diagnose } from '../diagnose.js';

describe('server_unreachable', () => {
  it('holds when the user’s server answers on no mail port while other servers do', () => {
    const probes = network({ ...ALL_OPEN, sub587: 'filtered', sub465: 'filtered' });
    const r = diagnose(diagnoseInput(probes));
    expect(r).toMatchObject({
      verdict: {
        code: 'server_unreachable',
        confidence: 'high',
        actions: [{ id: 'compare_server_name' }, { id: 'check_status_later' }],
      },
      blockedAt: 'server',
      recommended: null,
    });
    expect(r.evidence.map((e) => e.id).slice(0, 2)).toEqual(['submission_silent', 'other_mail_ok']);
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
    const r = diagnose(diagnoseInput(network({ web: 'open', sub587: 'refused' })));
    expect(r.verdict).toMatchObject({ code: 'server_unreachable', confidence: 'medium' });
    expect(r.evidence.map((e) => e.id)).not.toContain('other_mail_ok');
  });
});
