import { describe, expect, it } from 'vitest';
import { REPORTS } from '../test/fixtures/renderer/reports.js';
import {
  acceptedReport,
  suggestedReport,
  unverifiedReport,
  withVerdict,
} from '../test/fixtures/renderer/suggested.js';
import { loginAllowed, UNTRUSTED_CONNECTION_VERDICTS, writeDecision } from './trust-gate.js';

describe('may the recommended settings be written?', () => {
  it('yes for a verified recommendation from a trusted source under an OP25B verdict', () => {
    const d = writeDecision(REPORTS.port25_blocked);
    expect(d).toEqual({ ok: true, settings: REPORTS.port25_blocked.recommended });
  });

  it('no for a suggestion the user has not confirmed, for every reason', () => {
    for (const reason of [
      'certificate_other_name',
      'srv_other_domain',
      'mx_other_domain',
      'autoconfig_other_domain',
    ] as const) {
      expect(writeDecision(suggestedReport(reason))).toEqual({
        ok: false,
        block: 'needs_confirmation',
      });
    }
    // The same host, once confirmed and verified, may be written.
    expect(writeDecision(acceptedReport()).ok).toBe(true);
  });

  it('no for a suggestion even when something marked it verified', () => {
    const r = suggestedReport();
    if (r.recommended) r.recommended.verified = true;
    expect(writeDecision(r)).toEqual({ ok: false, block: 'needs_confirmation' });
  });

  it('no for settings that were not verified, or only published', () => {
    expect(writeDecision(unverifiedReport())).toEqual({ ok: false, block: 'not_verified' });
    expect(writeDecision(REPORTS.offline)).toEqual({ ok: false, block: 'published_only' });
    expect(writeDecision(REPORTS.domain_not_found)).toEqual({
      ok: false,
      block: 'no_recommended',
    });
  });

  it('no after a TLS, security-software or clock verdict, even with a recommendation marked verified', () => {
    expect(UNTRUSTED_CONNECTION_VERDICTS).toEqual(['tls_problem', 'security_software', 'pc_clock']);
    for (const code of UNTRUSTED_CONNECTION_VERDICTS) {
      const r = withVerdict(code);
      expect(r.recommended?.verified).toBe(true);
      expect(writeDecision(r)).toEqual({ ok: false, block: 'connection_untrusted' });
    }
  });
});

describe('may a password be sent to the recommended settings?', () => {
  it('only to verified settings that are not a suggestion', () => {
    expect(loginAllowed(REPORTS.port25_blocked.recommended)).toBe(true);
    expect(loginAllowed(acceptedReport().recommended)).toBe(true);
    expect(loginAllowed(suggestedReport().recommended)).toBe(false);
    expect(loginAllowed(unverifiedReport().recommended)).toBe(false);
    expect(loginAllowed(REPORTS.offline.recommended)).toBe(false);
    expect(loginAllowed(null)).toBe(false);
    const marked = suggestedReport().recommended;
    expect(marked && loginAllowed({ ...marked, verified: true })).toBe(false);
  });
});
