import { execFile } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import tls from 'node:tls';
import { fileURLToPath } from 'node:url';
import { describe, it, expect } from 'vitest';
import type { CertSummary } from '../../shared/probe.js';
import { createTestCa, type IssuedCert } from '../../test/support/test-ca.js';
import { dnsAltNames, mapVerifyError, probeTlsOptions, summarizeCertificate } from './tls.js';

const ca = createTestCa('SendCheck TLS Unit CA');
const DAY_MS = 24 * 60 * 60 * 1000;

/** Serves `cert` on loopback and summarizes it as the probe would, for `host`. */
async function summarize(
  cert: IssuedCert,
  host: string,
  trust = ca.caCertPem,
): Promise<CertSummary> {
  const server = tls.createServer({ cert: cert.certPem, key: cert.keyPem }, (s) => s.end());
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  const socket = tls.connect({ host: '127.0.0.1', port, ...probeTlsOptions(host, trust) });
  try {
    return await new Promise<CertSummary>((resolve, reject) => {
      socket.once('secureConnect', () => resolve(summarizeCertificate(socket, host)));
      socket.once('error', reject);
    });
  } finally {
    socket.destroy();
    server.close();
  }
}

describe('summarizeCertificate', () => {
  it('reports a good certificate as verified, with its details', async () => {
    const leaf = ca.issue({
      cn: 'mail.example.test',
      altNames: ['mail.example.test', 'smtp.example.test'],
    });
    const s = await summarize(leaf, 'smtp.example.test');
    expect(s).toMatchObject({
      subject: 'mail.example.test',
      altNames: ['mail.example.test', 'smtp.example.test'],
      issuer: 'CN=SendCheck TLS Unit CA, O=SendCheck Tests',
      selfSigned: false,
      verified: true,
      verifyError: null,
    });
    expect(s.fingerprint256).toMatch(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/);
    expect(new Date(s.validFrom).toISOString()).toBe(s.validFrom);
    expect(Date.parse(s.validTo)).toBeGreaterThan(Date.now());
    expect(s.protocol).toMatch(/^TLSv1\.[23]$/);
  });

  it('checks the name against the host we asked for, not the SNI default', async () => {
    const leaf = ca.issue({ cn: 'mail.example.test' });
    expect(await summarize(leaf, 'other.example.test')).toMatchObject({
      verified: false,
      verifyError: 'wrong_host',
    });
  });

  it('verifies an IP address host against an IP SAN (and sends no SNI for it)', async () => {
    expect(probeTlsOptions('127.0.0.1').servername).toBeUndefined();
    expect(probeTlsOptions('mail.example.test').servername).toBe('mail.example.test');
    const leaf = ca.issue({ cn: 'loopback', altNames: ['127.0.0.1'] });
    expect(await summarize(leaf, '127.0.0.1')).toMatchObject({ verified: true, altNames: [] });
  });

  it('maps an expired chain ahead of a name mismatch', async () => {
    const leaf = ca.issue({
      cn: 'old.example.test',
      notBefore: new Date(Date.now() - 10 * DAY_MS),
      notAfter: new Date(Date.now() - DAY_MS),
    });
    expect(await summarize(leaf, 'new.example.test')).toMatchObject({
      verified: false,
      verifyError: 'expired',
    });
  });

  it('says untrusted for a chain to a root we do not have', async () => {
    const other = createTestCa('Stranger CA');
    const s = await summarize(other.issue({ cn: 'mail.example.test' }), 'mail.example.test');
    expect(s).toMatchObject({ verified: false, verifyError: 'untrusted' });
    expect(s.issuer).toContain('CN=Stranger CA');
  });
});

describe('trust without a `ca` option (production path)', () => {
  const tlsModule = fileURLToPath(new URL('./tls.ts', import.meta.url));
  const script = `
import { once } from 'node:events';
import tls from 'node:tls';
import { probeTlsOptions, summarizeCertificate } from ${JSON.stringify(tlsModule)};
const { certPem, keyPem } = JSON.parse(process.env.TEST_CERT);
const server = tls.createServer({ cert: certPem, key: keyPem }, (s) => s.end());
server.listen(0, '127.0.0.1');
await once(server, 'listening');
const socket = tls.connect({ host: '127.0.0.1', port: server.address().port, ...probeTlsOptions('mail.example.test') });
socket.once('secureConnect', () => {
  process.stdout.write(JSON.stringify(summarizeCertificate(socket, 'mail.example.test')));
  socket.destroy();
  server.close();
});
`;

  function runChild(env: Record<string, string>): Promise<CertSummary> {
    return new Promise((resolve, reject) => {
      execFile(
        process.execPath,
        ['--import', 'tsx', '--input-type=module', '-e', script],
        { env: { ...process.env, ...env }, timeout: 15_000 },
        (err, stdout) => (err ? reject(err) : resolve(JSON.parse(stdout) as CertSummary)),
      );
    });
  }

  it('trusts a CA given through NODE_EXTRA_CA_CERTS, and not without it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sendcheck-tls-'));
    try {
      const caFile = join(dir, 'ca.pem');
      writeFileSync(caFile, ca.caCertPem);
      const cert = JSON.stringify(ca.issue({ cn: 'mail.example.test' }));
      const [withCa, without] = await Promise.all([
        runChild({ TEST_CERT: cert, NODE_EXTRA_CA_CERTS: caFile }),
        runChild({ TEST_CERT: cert, NODE_EXTRA_CA_CERTS: '' }),
      ]);
      expect(withCa).toMatchObject({ verified: true, verifyError: null });
      expect(without).toMatchObject({ verified: false, verifyError: 'untrusted' });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('mapVerifyError', () => {
  it.each([
    ['CERT_HAS_EXPIRED', 'expired'],
    ['CERT_NOT_YET_VALID', 'not_yet_valid'],
    ['DEPTH_ZERO_SELF_SIGNED_CERT', 'self_signed'],
    ['SELF_SIGNED_CERT_IN_CHAIN', 'self_signed'],
    ['UNABLE_TO_GET_ISSUER_CERT_LOCALLY', 'untrusted'],
    ['UNABLE_TO_VERIFY_LEAF_SIGNATURE', 'untrusted'],
    ['ERR_TLS_CERT_ALTNAME_INVALID', 'wrong_host'],
    ['CERT_REVOKED', 'CERT_REVOKED'],
  ])('%s -> %s', (code, mapped) => {
    expect(mapVerifyError(code)).toBe(mapped);
  });
});

describe('dnsAltNames', () => {
  it('keeps DNS names only, in order', () => {
    expect(dnsAltNames('DNS:a.example.test, IP Address:192.0.2.1, DNS:b.example.test')).toEqual([
      'a.example.test',
      'b.example.test',
    ]);
  });

  it('is not fooled by quoted values that contain commas', () => {
    expect(dnsAltNames('DNS:"evil.test, DNS:bank.test", DNS:ok.test')).toEqual([
      'evil.test, DNS:bank.test',
      'ok.test',
    ]);
  });

  it('handles nothing', () => {
    expect(dnsAltNames(undefined)).toEqual([]);
    expect(dnsAltNames('')).toEqual([]);
  });
});
