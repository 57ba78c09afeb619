/** Server certificate summary: what a helpdesk needs to judge a TLS server, and whether we trust it. */
import { isIP } from 'node:net';
import tls from 'node:tls';
import type { CertSummary } from '../../shared/probe.js';
import { sanitizeServerText } from './smtp-reply.js';

const VERIFY_ERRORS: Record<string, string> = {
  CERT_HAS_EXPIRED: 'expired',
  CERT_NOT_YET_VALID: 'not_yet_valid',
  DEPTH_ZERO_SELF_SIGNED_CERT: 'self_signed',
  SELF_SIGNED_CERT_IN_CHAIN: 'self_signed',
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'untrusted',
  UNABLE_TO_GET_ISSUER_CERT: 'untrusted',
  UNABLE_TO_GET_ISSUER_CERT_LOCALLY: 'untrusted',
  CERT_UNTRUSTED: 'untrusted',
  ERR_TLS_CERT_ALTNAME_INVALID: 'wrong_host',
};

/** Maps an OpenSSL / Node verification code to the CertSummary vocabulary (unknown codes pass through). */
export function mapVerifyError(code: string): string {
  return VERIFY_ERRORS[code] ?? code;
}

/**
 * TLS client options for a probe: we must SEE bad certificates to report them, so the handshake
 * never rejects; summarizeCertificate() decides trust. Node's own name check is switched off
 * because on a wrapped socket it would check against 'localhost'.
 */
export function probeTlsOptions(host: string, ca?: string): tls.ConnectionOptions {
  return {
    rejectUnauthorized: false,
    checkServerIdentity: () => undefined,
    // RFC 6066 forbids an IP address as SNI.
    ...(isIP(host) ? {} : { servername: host }),
    ...(ca === undefined ? {} : { ca }),
  };
}

/**
 * Summarizes the peer certificate of an established TLS socket. Call it inside the
 * 'secureConnect' handler: once the peer hangs up the certificate can no longer be read.
 * `verified` = the chain verifies against the trusted roots AND the name matches `host`.
 */
export function summarizeCertificate(socket: tls.TLSSocket, host: string): CertSummary {
  const protocol = socket.getProtocol();
  const cert = socket.getPeerCertificate();
  const x509 = socket.getPeerX509Certificate();
  if (!x509 || !cert || Object.keys(cert).length === 0) {
    return {
      subject: '',
      altNames: [],
      issuer: '',
      validFrom: '',
      validTo: '',
      fingerprint256: '',
      selfSigned: false,
      verified: false,
      verifyError: 'no_certificate',
      protocol,
    };
  }
  const chainError = socket.authorized ? null : authorizationCode(socket.authorizationError);
  const identityError = tls.checkServerIdentity(host, cert);
  const identityCode = identityError
    ? ((identityError as NodeJS.ErrnoException).code ?? 'ERR_TLS_CERT_ALTNAME_INVALID')
    : null;
  const rawError = chainError ?? identityCode;
  return {
    subject: sanitizeServerText(
      cert.subject?.CN ? String(cert.subject.CN) : oneLineDn(x509.subject),
    ),
    altNames: dnsAltNames(x509.subjectAltName),
    issuer: sanitizeServerText(oneLineDn(x509.issuer)),
    validFrom: isoDate(x509.validFrom),
    validTo: isoDate(x509.validTo),
    fingerprint256: x509.fingerprint256,
    // Not checkIssued(): OpenSSL then also demands keyCertSign, which most self-signed leaves lack.
    selfSigned: x509.subject === x509.issuer && x509.verify(x509.publicKey),
    verified: rawError === null,
    verifyError: rawError === null ? null : mapVerifyError(rawError),
    protocol,
  };
}

function authorizationCode(err: Error | string | null | undefined): string {
  if (!err) return 'untrusted';
  if (typeof err === 'string') return err;
  return (err as NodeJS.ErrnoException).code ?? err.message;
}

// X509Certificate gives 'CN=a\nO=b'; a report wants 'CN=a, O=b'.
function oneLineDn(dn: string): string {
  return dn
    .split('\n')
    .filter((p) => p !== '')
    .join(', ');
}

function isoDate(s: string): string {
  const d = new Date(s);
  return Number.isNaN(d.getTime()) ? sanitizeServerText(s) : d.toISOString();
}

/**
 * Node writes subjectAltName as 'DNS:a, DNS:b, IP Address:1.2.3.4' and quotes (JSON-style) any
 * value that contains a comma or quote, so a plain split on ', ' would be fooled.
 */
export function dnsAltNames(san: string | undefined): string[] {
  if (!san) return [];
  const out: string[] = [];
  const entry = /\s*([A-Za-z ]+):("(?:[^"\\]|\\.)*"|[^,]*)(?:,|$)/y;
  let m: RegExpExecArray | null;
  while (entry.lastIndex < san.length && (m = entry.exec(san)) !== null) {
    const [, type, rawValue = ''] = m;
    if (type !== 'DNS') continue;
    let value = rawValue;
    if (value.startsWith('"')) {
      try {
        value = String(JSON.parse(value));
      } catch {
        continue;
      }
    }
    out.push(sanitizeServerText(value));
  }
  return out;
}
