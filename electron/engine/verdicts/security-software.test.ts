import { describe, expect, it } from 'vitest';
import {
  KNOWN_PROVIDER,
  diagnoseInput,
  network,
  probe,
  untrustedCert,
  web,
  withSmtp,
} from '../../../test/support/probe-builders.js';
import { diagnose } from '../diagnose.js';

describe('security_software', () => {
  it('holds when this computer itself refuses a mail connect (EACCES), stopped at the PC', () => {
    const refused = probe('submission', 'smtp.example.jp', 587, 'local_refused', {
      source: 'guess',
      detail: 'connect refused by this computer (EACCES) after 0 ms',
    });
    const probes = network({ web: 'open', port25: 'open', ref: ['open', 'open'], sub465: 'open' });
    const r = diagnose(diagnoseInput([...probes, refused]));
    expect(r).toMatchObject({
      verdict: {
        code: 'security_software',
        actions: [
          { id: 'security_mail_shield' },
          { id: 'security_ssl_scan' },
          { id: 'security_program_exception' },
        ],
      },
      blockedAt: 'pc',
      recommended: { port: 465 },
    });
    expect(r.evidence[0]).toMatchObject({
      id: 'local_refused',
      params: { ports: [587], code: 'EACCES' },
    });
  });

  it('blames security software when one untrusted issuer signs unrelated servers', () => {
    const inspected = (p: ReturnType<typeof probe>) =>
      withSmtp(p, { tls: untrustedCert('Lab Security Product Root') });
    const r = diagnose(
      diagnoseInput(
        [
          probe('dns_mx', 'example.jp', null, 'found'),
          ...web().slice(0, 1),
          probe('reference_mx', 'gmail-smtp-in.l.google.com', 25, 'filtered'),
          inspected(probe('reference_submission', 'smtp.gmail.com', 587, 'open')),
          inspected(probe('submission', 'smtp.example.jp', 587, 'open')),
        ],
        KNOWN_PROVIDER,
      ),
    );
    expect(r.verdict.code).toBe('security_software');
    expect(r.blockedAt).toBe('pc');
    expect(r.evidence[0]).toMatchObject({
      id: 'tls_inspected',
      params: { issuer: 'Lab Security Product Root', hosts: ['smtp.gmail.com', 'smtp.example.jp'] },
    });
  });

  it('does not blame it for one server whose own certificate is untrusted: that server’s problem', () => {
    const probes = network({ web: 'open', port25: 'open', sub587: { tls: untrustedCert('Self') } });
    const r = diagnose(diagnoseInput(probes));
    expect(r.verdict.code).toBe('tls_problem');
  });
});
