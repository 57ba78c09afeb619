import { describe, expect, it } from 'vitest';
import type { DiagnosisReport } from '../../../shared/diagnosis.js';
import {
  KNOWN_PROVIDER,
  blocked25,
  cert,
  diagnoseInput,
  login,
  mxAndWeb,
  network,
  probe,
  withSmtp,
} from '../../../test/support/probe-builders.js';
import { diagnose } from '../diagnose.js';

const known = (probes: ReturnType<typeof probe>[], accept?: string[]) =>
  diagnose(
    diagnoseInput(probes, { ...KNOWN_PROVIDER, ...(accept ? { acceptSuggested: accept } : {}) }),
  );

describe('tls_problem', () => {
  it('holds when the server to recommend shows an expired certificate; the settings stay', () => {
    const expired = cert({ verified: false, verifyError: 'expired' });
    const probes = network({
      web: 'open',
      port25: 'open',
      ref: ['open', 'open'],
      sub587: { tls: expired },
    });
    const r = diagnose(diagnoseInput(probes));
    expect(r).toMatchObject({
      verdict: {
        code: 'tls_problem',
        confidence: 'high',
        actions: [
          { id: 'check_server_name' },
          { id: 'antivirus_ssl_scan' },
          { id: 'report_certificate' },
        ],
      },
      blockedAt: 'server',
      recommended: { host: 'smtp.example.jp', port: 587, verified: false },
    });
    expect(r.evidence[0]).toMatchObject({
      id: 'certificate_invalid',
      params: { problem: 'expired', code: 'expired' },
    });
  });

  it('holds, less sure, when the server offers no encryption at all', () => {
    const plain = { startTls: 'not_offered', tls: null } as const;
    const r = diagnose(diagnoseInput(network({ web: 'open', port25: 'open', sub587: plain })));
    expect(r.verdict).toMatchObject({ code: 'tls_problem', confidence: 'medium' });
    expect(r.evidence[0]).toMatchObject({
      id: 'no_encryption',
      params: { host: 'smtp.example.jp' },
    });
  });

  it('comes before auth_failed: a refused login on a bad certificate is the certificate’s fault', () => {
    const misnamed = { tls: cert({ verified: false, verifyError: 'wrong_host' }) };
    const probes = network({ web: 'open', port25: 'open', sub587: misnamed });
    const r = diagnose(diagnoseInput([...probes, login('rejected')]));
    expect(r.verdict.code).toBe('tls_problem');
  });

  it('recommends a good 465 over 587 with a bad certificate, instead of tls_problem', () => {
    const bad = cert({ verified: false, verifyError: 'expired' });
    const r = known([
      ...mxAndWeb(),
      ...blocked25(),
      withSmtp(probe('submission', 'smtp.example.jp', 587, 'open'), { tls: bad }),
      probe('submission', 'smtp.example.jp', 465, 'open'),
    ]);
    expect(r.verdict.code).toBe('port25_blocked');
    expect(r.recommended?.port).toBe(465);
  });

  const wrongHost = (names: string[]) =>
    cert({ verified: false, verifyError: 'wrong_host', altNames: names });
  /** smtp.example.jp shows a certificate for host7.hosting.example; host7 answered at `at`. */
  const sharedHosting = (at: 'same' | 'elsewhere', accept?: string[]): DiagnosisReport => {
    const asked = withSmtp(probe('submission', 'smtp.example.jp', 587, 'open'), {
      tls: wrongHost(['host7.hosting.example']),
    });
    const named = {
      ...probe('submission', 'host7.hosting.example', 587, 'open'),
      source: 'certificate' as const,
      ip: at === 'same' ? asked.ip : '198.51.100.77',
    };
    return known([...mxAndWeb(), ...blocked25(), asked, named], accept);
  };

  it('suggests the name a certificate gives at the same address (shared hosting), never verified', () => {
    const r = sharedHosting('same');
    expect(r.verdict.code).toBe('port25_blocked');
    expect(r.verdict.confidence).toBe('medium');
    expect(r.recommended).toMatchObject({
      host: 'host7.hosting.example',
      port: 587,
      source: 'certificate',
      verified: false,
      needsConfirmation: { reason: 'certificate_other_name', namedBy: 'smtp.example.jp' },
    });
    const ids = r.evidence.map((e) => e.id);
    expect(ids).toContain('certificate_other_name');
    expect(ids).toContain('host_suggested');
    expect(r.verdict.actions[0]).toEqual({
      id: 'confirm_suggested',
      params: { host: 'host7.hosting.example' },
    });
  });

  it('verifies the certificate’s name once the user confirmed it', () => {
    const r = sharedHosting('same', ['host7.hosting.example']);
    expect(r.verdict.code).toBe('port25_blocked');
    expect(r.verdict.confidence).toBe('high');
    expect(r.recommended).toMatchObject({ host: 'host7.hosting.example', verified: true });
    expect(r.recommended?.needsConfirmation).toBeUndefined();
    expect(r.request.acceptSuggested).toEqual(['host7.hosting.example']);
  });

  it('never follows a certificate’s name to another address: tls_problem naming it', () => {
    const r = sharedHosting('elsewhere');
    expect(r.verdict.code).toBe('tls_problem');
    expect(r.recommended).toMatchObject({ host: 'smtp.example.jp', verified: false });
    const found = r.evidence.find((e) => e.id === 'certificate_invalid');
    expect(found?.params).toMatchObject({
      problem: 'wrong_host',
      names: ['host7.hosting.example'],
    });
    // Even confirmed, a name at another address is not the server that answered for the host asked.
    expect(sharedHosting('elsewhere', ['host7.hosting.example']).verdict.code).toBe('tls_problem');
  });
});
