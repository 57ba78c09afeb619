/**
 * TEST FIXTURES ONLY: builders for realistic probe results (documentation addresses, example.jp),
 * used by the report fixtures in reports.ts. Nothing here ships in the app bundle.
 */
import type {
  CertSummary,
  ProbeOutcome,
  ProbeResult,
  ProbeRole,
  SmtpDetails,
  TranscriptLine,
} from '../../shared/probe.js';

/** The route probe: does this computer have a network at all. */
export function routeProbe(outcome: 'open' | 'no_route', ms = 1): ProbeResult {
  return {
    id: 'route:default',
    kind: 'route',
    role: 'local_network',
    host: '(default route)',
    ip: outcome === 'open' ? '192.168.1.10' : null,
    port: null,
    outcome,
    ms,
    detail:
      outcome === 'open'
        ? 'default route via 192.168.1.1 (wlan0)'
        : 'no default route and no usable interface',
  };
}

/** A DNS look-up. */
export function dnsProbe(
  role: ProbeRole,
  host: string,
  rrtype: 'MX' | 'A' | 'AAAA' | 'SRV',
  outcome: ProbeOutcome,
  answers: string[],
  ms: number,
): ProbeResult {
  const detail =
    outcome === 'found'
      ? `${rrtype} ${answers.join(', ')}`
      : outcome === 'timeout'
        ? `${rrtype} lookup timed out after ${ms} ms (2 tries)`
        : `${rrtype} ${outcome}`;
  return {
    id: `dns:${rrtype}:${host}`,
    kind: 'dns',
    role,
    host,
    ip: null,
    port: null,
    outcome,
    ms,
    detail,
    dns: { rrtype, answers, servers: ['192.168.1.1'] },
  };
}

/** A plain TCP connect (the web control on 443). */
export function tcpProbe(
  role: ProbeRole,
  host: string,
  ip: string,
  port: number,
  outcome: ProbeOutcome,
  ms: number,
): ProbeResult {
  return {
    id: `tcp:${host}:${port}:${ip}`,
    kind: 'tcp',
    role,
    host,
    ip,
    port,
    outcome,
    ms,
    detail: outcome === 'open' ? `connected in ${ms} ms` : `${outcome} after ${ms} ms`,
  };
}

/** A certificate summary for a host. */
export function cert(host: string, opts: Partial<CertSummary> = {}): CertSummary {
  return {
    subject: `CN=${host}`,
    altNames: [host],
    issuer: 'CN=Example Trust RSA CA 2026, O=Example Trust',
    validFrom: '2026-03-01T00:00:00.000Z',
    validTo: '2027-03-31T23:59:59.000Z',
    fingerprint256:
      '3A:9F:41:C2:7B:10:55:E8:2D:6C:90:AB:14:F3:77:02:C8:5E:19:DA:46:B0:63:21:8F:7D:E4:0A:95:3C:11:6B',
    selfSigned: false,
    verified: true,
    verifyError: null,
    protocol: 'TLSv1.3',
    ...opts,
  };
}

function submissionTranscript(host: string, ip: string, port: number): TranscriptLine[] {
  const lines: TranscriptLine[] = [{ t: 0, dir: 'I', text: `connected to ${ip}:${port}` }];
  if (port === 465) lines.push({ t: 9, dir: 'I', text: 'TLS established TLSv1.3' });
  lines.push(
    { t: 14, dir: 'S', text: `220 ${host} ESMTP ready` },
    { t: 15, dir: 'C', text: 'EHLO sendcheck.invalid' },
    {
      t: 27,
      dir: 'S',
      text: `250-${host} / 250-PIPELINING / 250-SIZE 20480000${port === 587 ? ' / 250-STARTTLS' : ' / 250-AUTH PLAIN LOGIN'} / 250 8BITMIME`,
    },
  );
  if (port === 587) {
    lines.push(
      { t: 28, dir: 'C', text: 'STARTTLS' },
      { t: 39, dir: 'S', text: '220 2.0.0 Ready to start TLS' },
      { t: 52, dir: 'I', text: 'TLS established TLSv1.3' },
      { t: 53, dir: 'C', text: 'EHLO sendcheck.invalid' },
      {
        t: 64,
        dir: 'S',
        text: `250-${host} / 250-PIPELINING / 250-SIZE 20480000 / 250-AUTH PLAIN LOGIN / 250 8BITMIME`,
      },
    );
  }
  lines.push({ t: 66, dir: 'C', text: 'QUIT' }, { t: 77, dir: 'S', text: '221 2.0.0 Bye' });
  return lines;
}

/** An SMTP session that answered: greeting, EHLO, TLS (STARTTLS on 587, implicit on 465). */
export function smtpOpen(
  role: ProbeRole,
  host: string,
  ip: string,
  port: number,
  ms: number,
  tls: Partial<CertSummary> = {},
): ProbeResult {
  const startTls: SmtpDetails['startTls'] =
    port === 465 ? 'implicit' : port === 25 ? 'not_tried' : 'ok';
  const smtp: SmtpDetails = {
    greetingCode: 220,
    greeting: `${host} ESMTP ready`,
    extensions: ['PIPELINING', 'SIZE 20480000', 'AUTH PLAIN LOGIN', '8BITMIME'],
    startTls,
    authMechanisms: port === 25 ? [] : ['PLAIN', 'LOGIN'],
    tls: port === 25 ? null : cert(host, tls),
    failure: null,
    failureDetail: null,
    transcript:
      port === 25
        ? [
            { t: 0, dir: 'I', text: `connected to ${ip}:25` },
            { t: 12, dir: 'S', text: `220 ${host} ESMTP ready` },
            { t: 13, dir: 'C', text: 'EHLO sendcheck.invalid' },
            { t: 24, dir: 'S', text: `250-${host} / 250-PIPELINING / 250 8BITMIME` },
            { t: 25, dir: 'C', text: 'QUIT' },
            { t: 36, dir: 'S', text: '221 2.0.0 Bye' },
          ]
        : submissionTranscript(host, ip, port),
  };
  return {
    id: `smtp:${host}:${port}:${ip}`,
    kind: 'smtp',
    role,
    host,
    ip,
    port,
    outcome: 'open',
    ms,
    detail: `greeting 220 after ${ms} ms${startTls === 'ok' ? ', STARTTLS ok' : startTls === 'implicit' ? ', TLS ok' : ''}`,
    ...(role === 'submission' ? { source: 'provider_db' as const } : {}),
    smtp,
  };
}

/** An SMTP connect that the network stopped (dropped, reset or prohibited). */
export function smtpBlocked(
  role: ProbeRole,
  host: string,
  ip: string,
  port: number,
  outcome: 'filtered' | 'refused' | 'prohibited',
  ms: number,
): ProbeResult {
  const detail =
    outcome === 'filtered'
      ? `connect timed out after ${ms} ms (no answer)`
      : outcome === 'refused'
        ? `connection refused (TCP reset) after ${ms} ms`
        : `ICMP administratively prohibited after ${ms} ms`;
  return {
    id: `smtp:${host}:${port}:${ip}`,
    kind: 'smtp',
    role,
    host,
    ip,
    port,
    outcome,
    ms,
    detail,
    ...(role === 'submission' ? { source: 'provider_db' as const } : {}),
  };
}

/** A connect that completed to something that is not the server (an ISP relay or antivirus shield). */
export function smtpIntercepted(host: string, ip: string, ms: number): ProbeResult {
  return {
    id: `smtp:${host}:25:${ip}`,
    kind: 'smtp',
    role: 'own_mx',
    host,
    ip,
    port: 25,
    outcome: 'intercepted',
    ms,
    detail: `greeting from another server after ${ms} ms (local round trip)`,
    smtp: {
      greetingCode: 220,
      greeting: 'relay.isp.example.net ESMTP Postfix',
      extensions: ['PIPELINING', '8BITMIME'],
      startTls: 'not_tried',
      authMechanisms: [],
      tls: null,
      failure: null,
      failureDetail: null,
      transcript: [
        { t: 0, dir: 'I', text: `connected to ${ip}:25` },
        { t: 1, dir: 'S', text: '220 relay.isp.example.net ESMTP Postfix' },
        { t: 2, dir: 'C', text: 'EHLO sendcheck.invalid' },
        { t: 3, dir: 'S', text: '250-relay.isp.example.net / 250-PIPELINING / 250 8BITMIME' },
        { t: 4, dir: 'C', text: 'QUIT' },
        { t: 5, dir: 'S', text: '221 Bye' },
      ],
    },
  };
}

/** The optional login test. */
export function loginProbe(
  host: string,
  ip: string,
  port: number,
  outcome: 'accepted' | 'rejected',
  ms: number,
): ProbeResult {
  return {
    id: `auth:${host}:${port}:${ip}`,
    kind: 'auth',
    role: 'login',
    host,
    ip,
    port,
    outcome,
    ms,
    detail:
      outcome === 'accepted'
        ? 'AUTH PLAIN accepted (235)'
        : 'AUTH PLAIN rejected: 535 5.7.8 Authentication credentials invalid',
    smtp: {
      greetingCode: 220,
      greeting: `${host} ESMTP ready`,
      extensions: ['PIPELINING', 'AUTH PLAIN LOGIN'],
      startTls: port === 465 ? 'implicit' : 'ok',
      authMechanisms: ['PLAIN', 'LOGIN'],
      tls: cert(host),
      failure: null,
      failureDetail: null,
      transcript: [
        { t: 0, dir: 'I', text: `connected to ${ip}:${port}` },
        { t: 60, dir: 'C', text: 'AUTH PLAIN [redacted]' },
        {
          t: 75,
          dir: 'S',
          text:
            outcome === 'accepted'
              ? '235 2.7.0 Authentication successful'
              : '535 5.7.8 Authentication credentials invalid',
        },
        { t: 76, dir: 'C', text: 'QUIT' },
        { t: 86, dir: 'S', text: '221 2.0.0 Bye' },
      ],
    },
  };
}
