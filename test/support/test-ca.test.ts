import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import tls from 'node:tls';
import { X509Certificate } from 'node:crypto';
import { describe, it, expect, afterAll } from 'vitest';
import { createSelfSigned, createTestCa, loadTestCa, type IssuedCert } from './test-ca.js';

const ca = createTestCa('Test CA One');
const DAY_MS = 24 * 60 * 60 * 1000;

interface Handshake {
  authorized: boolean;
  error: string | null;
  identityError: string | null;
}

const servers: tls.Server[] = [];
afterAll(() => {
  for (const s of servers) s.close();
});

/** Serves `cert` on loopback and reports what a client trusting `trust` thinks of it. */
async function handshake(cert: IssuedCert, servername: string, trust: string): Promise<Handshake> {
  const server = tls.createServer({ cert: cert.certPem, key: cert.keyPem }, (s) => s.end());
  servers.push(server);
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  const socket = tls.connect({
    host: '127.0.0.1',
    port,
    servername,
    ca: trust,
    rejectUnauthorized: false,
  });
  // Read everything inside the event: once the server hangs up the peer certificate is gone.
  const result = await new Promise<Handshake>((resolve) => {
    socket.once('secureConnect', () => {
      const identity = tls.checkServerIdentity(servername, socket.getPeerCertificate());
      resolve({
        authorized: socket.authorized,
        error: socket.authorizationError ? String(socket.authorizationError) : null,
        identityError: identity ? ((identity as NodeJS.ErrnoException).code ?? 'error') : null,
      });
    });
  });
  socket.destroy();
  server.close();
  return result;
}

describe('createTestCa', () => {
  it('makes a CA certificate with cA=true that can sign', () => {
    const x = new X509Certificate(ca.caCertPem);
    expect(x.ca).toBe(true);
    expect(x.subject).toContain('CN=Test CA One');
    expect(x.checkIssued(x)).toBe(true);
    expect(ca.name).toBe('Test CA One');
  });

  it('issues leaf certs with serverAuth, DNS and IP SANs and default validity', () => {
    const leaf = ca.issue({
      cn: 'mail.example.test',
      altNames: ['mail.example.test', '127.0.0.1'],
    });
    const x = new X509Certificate(leaf.certPem);
    expect(x.ca).toBe(false);
    expect(x.subjectAltName).toContain('DNS:mail.example.test');
    expect(x.subjectAltName).toContain('IP Address:127.0.0.1');
    expect(x.keyUsage).toContain('1.3.6.1.5.5.7.3.1');
    expect(x.checkIssued(new X509Certificate(ca.caCertPem))).toBe(true);
    expect(x.verify(new X509Certificate(ca.caCertPem).publicKey)).toBe(true);
    const from = new Date(x.validFrom).getTime();
    const to = new Date(x.validTo).getTime();
    expect(from).toBeLessThan(Date.now());
    expect(to).toBeGreaterThan(Date.now() + 300 * DAY_MS);
  });

  it('verifies over a real TLS handshake when the client trusts the CA', async () => {
    const leaf = ca.issue({ cn: 'mail.example.test' });
    const r = await handshake(leaf, 'mail.example.test', ca.caCertPem);
    expect(r).toEqual({ authorized: true, error: null, identityError: null });
  });

  it('fails with CERT_HAS_EXPIRED for an expired leaf', async () => {
    const leaf = ca.issue({
      cn: 'old.example.test',
      notBefore: new Date(Date.now() - 30 * DAY_MS),
      notAfter: new Date(Date.now() - DAY_MS),
    });
    const r = await handshake(leaf, 'old.example.test', ca.caCertPem);
    expect(r.authorized).toBe(false);
    expect(r.error).toBe('CERT_HAS_EXPIRED');
  });

  it('fails the identity check for the wrong host name', async () => {
    const leaf = ca.issue({ cn: 'other.example.test' });
    const r = await handshake(leaf, 'mail.example.test', ca.caCertPem);
    // Node runs the identity check itself when the chain verifies and reports it as the error.
    expect(r.authorized).toBe(false);
    expect(r.error).toBe('ERR_TLS_CERT_ALTNAME_INVALID');
    expect(r.identityError).toBe('ERR_TLS_CERT_ALTNAME_INVALID');
  });

  it('fails with DEPTH_ZERO_SELF_SIGNED_CERT for a self-signed leaf', async () => {
    const self = createSelfSigned({ cn: 'mail.example.test' });
    const x = new X509Certificate(self.certPem);
    expect(x.issuer).toBe(x.subject);
    const r = await handshake(self, 'mail.example.test', ca.caCertPem);
    expect(r.authorized).toBe(false);
    expect(r.error).toBe('DEPTH_ZERO_SELF_SIGNED_CERT');
  });

  it('is untrusted when issued by a CA the client does not know', async () => {
    const other = createTestCa('Some Other CA');
    const leaf = other.issue({ cn: 'mail.example.test' });
    const r = await handshake(leaf, 'mail.example.test', ca.caCertPem);
    expect(r.authorized).toBe(false);
    expect(r.error).toBe('UNABLE_TO_VERIFY_LEAF_SIGNATURE');
  });

  it('loads a CA from its PEMs and issues certificates that chain to it', async () => {
    const loaded = loadTestCa(ca.caCertPem, ca.caKeyPem);
    expect(loaded.name).toBe('Test CA One');
    const leaf = loaded.issue({ cn: 'mail.example.test' });
    const r = await handshake(leaf, 'mail.example.test', ca.caCertPem);
    expect(r).toEqual({ authorized: true, error: null, identityError: null });
  });

  it('shares one leaf key by default and makes a fresh one on request', () => {
    const a = ca.issue({ cn: 'a.example.test' });
    const b = createSelfSigned({ cn: 'b.example.test' });
    const c = ca.issue({ cn: 'c.example.test', freshKey: true });
    expect(a.keyPem).toBe(b.keyPem);
    expect(c.keyPem).not.toBe(a.keyPem);
    expect(a.certPem).not.toBe(b.certPem);
    expect(ca.caKeyPem).not.toBe(a.keyPem);
  });
});
