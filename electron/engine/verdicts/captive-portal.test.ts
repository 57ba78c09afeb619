import { describe, expect, it } from 'vitest';
import type { ProbeResult } from '../../../shared/probe.js';
import {
  cert,
  diagnoseInput,
  probe,
  refSub,
  refs25,
  sub,
  untrustedCert,
  web,
} from '../../../test/support/probe-builders.js';
import { diagnose } from '../diagnose.js';
import { sameAddressNames, webSignInPage } from './captive-portal.js';

const resolvesTo = (host: string, address: string): ProbeResult =>
  probe('dns_host', host, null, 'found', { dns: { rrtype: 'A', answers: [address], servers: [] } });

describe('captive_portal', () => {
  it('holds when unrelated names all resolve to one address, with nothing to configure', () => {
    const r = diagnose(
      diagnoseInput([
        probe('dns_mx', 'example.jp', null, 'found'),
        ...['www.google.com', 'www.apple.com', 'mx01.mail.icloud.com', 'smtp.example.jp'].map((h) =>
          resolvesTo(h, '192.0.2.200'),
        ),
        ...web(),
        ...refs25('filtered'),
        ...refSub('filtered', 'filtered'),
        sub(587, 'filtered'),
      ]),
    );
    expect(r.verdict.code).toBe('captive_portal');
    expect(r.verdict.confidence).toBe('high');
    expect(r.blockedAt).toBe('router');
    expect(r.recommended).toBeNull();
    expect(r.evidence[0]).toMatchObject({
      id: 'portal_same_address',
      params: { address: '192.0.2.200' },
    });
    // Nothing gets out: the port-25 finding would blame the provider.
    expect(r.evidence.map((e) => e.id)).not.toContain('port25_blocked');
    expect(r.verdict.actions.map((a) => a.id)).toEqual(['portal_sign_in', 'portal_check_again']);
  });

  it('needs names under three different domains: one provider’s names on one address are no portal', () => {
    const same = ['smtp.example.jp', 'mail.example.jp', 'www.example.jp'].map((h) =>
      resolvesTo(h, '192.0.2.200'),
    );
    expect(sameAddressNames(same)).toBeNull();
    const unrelated = ['smtp.example.jp', 'www.google.com', 'www.apple.com'].map((h) =>
      resolvesTo(h, '192.0.2.200'),
    );
    expect(sameAddressNames(unrelated)).toMatchObject({ address: '192.0.2.200' });
  });
});

/** A web control as a sign-in page answers it: HTTPS with the portal's own certificate, HTTP with a redirect. */
function portalWeb(): ProbeResult[] {
  const portalCert = cert({
    subject: 'portal.hotspot.example',
    altNames: ['portal.hotspot.example'],
    issuer: 'CN=Hotspot CA',
    verified: false,
    verifyError: 'wrong_host',
  });
  const noWeb = { tls: null, status: null, location: null, knownAnswer: null, date: null };
  return [
    probe('web_control', 'www.google.com', 443, 'open', {
      ip: '203.0.113.80',
      web: { ...noWeb, tls: portalCert },
    }),
    probe('web_control', 'captive.apple.com', 80, 'open', {
      kind: 'http',
      ip: '203.0.113.80',
      web: {
        ...noWeb,
        status: 302,
        location: 'http://portal.hotspot.example/login',
        knownAnswer: false,
      },
    }),
  ];
}

/** Everything else as smtp_blocked sees it: names resolve each to its own address, every mail port silent. */
function mailSilent(): ProbeResult[] {
  return [
    probe('dns_mx', 'example.jp', null, 'found'),
    ...refs25('filtered'),
    ...refSub('filtered', 'filtered'),
    sub(587, 'filtered'),
    sub(465, 'filtered'),
  ];
}

describe('captive_portal by HTTPS, DNS left alone', () => {
  it('holds when the TLS control shows another name’s certificate and the HTTP check is redirected, naming the portal and its address', () => {
    const r = diagnose(diagnoseInput([...mailSilent(), ...portalWeb()]));
    expect(r.verdict.code).toBe('captive_portal');
    expect(r.verdict.confidence).toBe('high');
    expect(r.evidence.slice(0, 2)).toMatchObject([
      {
        id: 'portal_certificate',
        params: {
          host: 'www.google.com',
          names: ['portal.hotspot.example'],
          address: '203.0.113.80',
        },
      },
      {
        id: 'portal_redirect',
        params: {
          host: 'captive.apple.com',
          location: 'http://portal.hotspot.example/login',
          address: '203.0.113.80',
        },
      },
    ]);
    expect(r.verdict.actions.map((a) => a.id)).toEqual(['portal_sign_in', 'portal_check_again']);
    // A connect the portal took proves no web site: "web sites can be reached" is not said.
    expect(r.evidence.map((e) => e.id)).not.toContain('web_ok');
  });

  it('gives way to smtp_blocked once any control proved the real internet (one broken check host is no portal)', () => {
    const [tlsControl, redirected] = portalWeb();
    const proven = probe('web_control', 'www.apple.com', 443, 'open', {
      web: { tls: cert(), status: null, location: null, knownAnswer: null, date: null },
    });
    const r = diagnose(diagnoseInput([...mailSilent(), redirected as ProbeResult, proven]));
    expect(r.verdict.code).toBe('smtp_blocked');
    expect(tlsControl?.web?.tls?.verifyError).toBe('wrong_host');
  });

  it('a certificate for the right name from an untrusted root is TLS inspection, not a sign-in page', () => {
    const inspected = probe('web_control', 'www.google.com', 443, 'open', {
      web: {
        tls: untrustedCert('CN=Security Product Root'),
        status: null,
        location: null,
        knownAnswer: null,
        date: null,
      },
    });
    expect(webSignInPage([inspected])).toEqual([]);
  });

  it('another page where the known answer belongs, without a redirect, is a sign-in page too', () => {
    const other = probe('web_control', 'www.msftconnecttest.com', 80, 'open', {
      kind: 'http',
      ip: '192.0.2.1',
      web: { tls: null, status: 200, location: null, knownAnswer: false, date: null },
    });
    expect(webSignInPage([other])).toMatchObject([
      {
        id: 'portal_wrong_answer',
        params: { host: 'www.msftconnecttest.com', address: '192.0.2.1' },
      },
    ]);
    const r = diagnose(diagnoseInput([...mailSilent(), other]));
    expect(r.verdict).toMatchObject({ code: 'captive_portal', confidence: 'medium' });
  });

  it('a control that got no answer at all proves nothing either way', () => {
    const silent = [...web('filtered')];
    expect(webSignInPage(silent)).toEqual([]);
  });
});
