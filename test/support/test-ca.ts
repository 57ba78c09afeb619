/** Test certificate factory: a private CA, leaf certificates it issues, and self-signed ones. */
import { constants, generateKeyPairSync, privateEncrypt, randomBytes } from 'node:crypto';
import { isIP } from 'node:net';
import forge from 'node-forge';

/** A certificate and its private key, both PEM. */
export interface IssuedCert {
  certPem: string;
  keyPem: string;
}

/** What a leaf certificate should say. */
export interface LeafOptions {
  cn: string;
  /** DNS names or IP addresses for subjectAltName; defaults to [cn]. */
  altNames?: string[];
  notBefore?: Date;
  notAfter?: Date;
  /** Generate a key pair of its own instead of the process-wide shared leaf key (slower). */
  freshKey?: boolean;
}

/** A private certificate authority for tests. */
export interface TestCa {
  name: string;
  caCertPem: string;
  caKeyPem: string;
  issue(opts: LeafOptions): IssuedCert;
}

const DAY_MS = 24 * 60 * 60 * 1000;

interface KeyPair {
  privateKey: forge.pki.rsa.PrivateKey;
  publicKey: forge.pki.rsa.PublicKey;
  keyPem: string;
}

// DER prefix of a SHA-256 DigestInfo (RFC 8017, section 9.2, note 1).
const SHA256_DIGEST_INFO = Buffer.from('3031300d060960864801650304020105000420', 'hex');

/** forge signs in pure JS (~150 ms per certificate on a small machine); node:crypto signs natively. */
function signNatively(key: forge.pki.rsa.PrivateKey, keyPem: string): forge.pki.rsa.PrivateKey {
  const jsSign = key.sign.bind(key);
  key.sign = (md: forge.md.MessageDigest, scheme?: forge.pki.rsa.SignatureScheme) => {
    if (md.algorithm !== 'sha256' || scheme !== undefined) return jsSign(md, scheme);
    const digestInfo = Buffer.concat([
      SHA256_DIGEST_INFO,
      Buffer.from(md.digest().bytes(), 'binary'),
    ]);
    const padding = constants.RSA_PKCS1_PADDING;
    return privateEncrypt({ key: keyPem, padding }, digestInfo).toString('binary');
  };
  return key;
}

// forge's own RSA key generation is pure JS and takes seconds; node:crypto's is native.
function newKeyPair(): KeyPair {
  const { privateKey } = generateKeyPairSync('rsa', {
    modulusLength: 2048,
    publicKeyEncoding: { type: 'spki', format: 'pem' },
    privateKeyEncoding: { type: 'pkcs1', format: 'pem' },
  });
  const forgeKey = signNatively(forge.pki.privateKeyFromPem(privateKey), privateKey);
  const publicKey = forge.pki.setRsaPublicKey(forgeKey.n, forgeKey.e);
  return { privateKey: forgeKey, publicKey, keyPem: privateKey };
}

function keyPairFromPem(keyPem: string): KeyPair {
  const privateKey = signNatively(forge.pki.privateKeyFromPem(keyPem), keyPem);
  return { privateKey, publicKey: forge.pki.setRsaPublicKey(privateKey.n, privateKey.e), keyPem };
}

// RSA-2048 generation takes ~0.1-0.5 s; leaves share one key per process so tests that need many
// certificates stay fast. The certificates (and so their fingerprints) still all differ.
let sharedLeafKey: KeyPair | null = null;
function leafKeyPair(opts: LeafOptions): KeyPair {
  if (opts.freshKey) return newKeyPair();
  sharedLeafKey ??= newKeyPair();
  return sharedLeafKey;
}

function serialNumber(): string {
  const bytes = randomBytes(16);
  // A leading 0 bit keeps the DER INTEGER positive.
  bytes[0] = (bytes[0] ?? 0) & 0x7f;
  return bytes.toString('hex');
}

function defaultValidity(opts: { notBefore?: Date; notAfter?: Date }): [Date, Date] {
  const now = Date.now();
  return [opts.notBefore ?? new Date(now - DAY_MS), opts.notAfter ?? new Date(now + 365 * DAY_MS)];
}

function altNameEntries(names: string[]): { type: number; value?: string; ip?: string }[] {
  return names.map((n) => (isIP(n) ? { type: 7, ip: n } : { type: 2, value: n }));
}

function leafCertificate(
  keys: KeyPair,
  opts: LeafOptions,
  issuer: forge.pki.CertificateField[],
  extra: object[] = [],
): forge.pki.Certificate {
  const cert = forge.pki.createCertificate();
  cert.publicKey = keys.publicKey;
  cert.serialNumber = serialNumber();
  [cert.validity.notBefore, cert.validity.notAfter] = defaultValidity(opts);
  cert.setSubject([{ name: 'commonName', value: opts.cn }]);
  cert.setIssuer(issuer);
  cert.setExtensions([
    { name: 'basicConstraints', cA: false },
    { name: 'keyUsage', digitalSignature: true, keyEncipherment: true, critical: true },
    { name: 'extKeyUsage', serverAuth: true },
    { name: 'subjectAltName', altNames: altNameEntries(opts.altNames ?? [opts.cn]) },
    { name: 'subjectKeyIdentifier' },
    ...extra,
  ]);
  return cert;
}

/** Creates a CA (basicConstraints cA=true, keyUsage keyCertSign) with a key of its own. */
export function createTestCa(name = 'SendCheck Test CA'): TestCa {
  const caKeys = newKeyPair();
  const caCert = forge.pki.createCertificate();
  caCert.publicKey = caKeys.publicKey;
  caCert.serialNumber = serialNumber();
  const now = Date.now();
  caCert.validity.notBefore = new Date(now - 2 * DAY_MS);
  caCert.validity.notAfter = new Date(now + 10 * 365 * DAY_MS);
  const caSubject: forge.pki.CertificateField[] = [
    { name: 'commonName', value: name },
    { name: 'organizationName', value: 'SendCheck Tests' },
  ];
  caCert.setSubject(caSubject);
  caCert.setIssuer(caSubject);
  caCert.setExtensions([
    { name: 'basicConstraints', cA: true, critical: true },
    { name: 'keyUsage', keyCertSign: true, cRLSign: true, critical: true },
    { name: 'subjectKeyIdentifier' },
  ]);
  caCert.sign(caKeys.privateKey, forge.md.sha256.create());
  return caFrom(name, caCert, caKeys);
}

/** Loads a CA made by createTestCa (e.g. in another worker or process) from its PEMs. */
export function loadTestCa(caCertPem: string, caKeyPem: string): TestCa {
  const caCert = forge.pki.certificateFromPem(caCertPem);
  const cn = caCert.subject.getField('CN') as { value?: unknown } | null;
  const name = typeof cn?.value === 'string' ? cn.value : 'SendCheck Test CA';
  return caFrom(name, caCert, keyPairFromPem(caKeyPem));
}

function caFrom(name: string, caCert: forge.pki.Certificate, caKeys: KeyPair): TestCa {
  const caKeyId = caCert.generateSubjectKeyIdentifier().getBytes();
  // Copied whole (with string types), so the leaves' issuer is byte-identical to the CA's subject.
  const caSubject = caCert.subject.attributes.map((a) => ({ ...a }));
  return {
    name,
    caCertPem: forge.pki.certificateToPem(caCert),
    caKeyPem: caKeys.keyPem,
    issue(opts: LeafOptions): IssuedCert {
      const keys = leafKeyPair(opts);
      const cert = leafCertificate(keys, opts, caSubject, [
        { name: 'authorityKeyIdentifier', keyIdentifier: caKeyId },
      ]);
      cert.sign(caKeys.privateKey, forge.md.sha256.create());
      return { certPem: forge.pki.certificateToPem(cert), keyPem: keys.keyPem };
    },
  };
}

/** Creates a self-signed leaf certificate (issuer = subject, signed by its own key). */
export function createSelfSigned(opts: LeafOptions): IssuedCert {
  const keys = leafKeyPair(opts);
  const cert = leafCertificate(keys, opts, [{ name: 'commonName', value: opts.cn }]);
  cert.sign(keys.privateKey, forge.md.sha256.create());
  return { certPem: forge.pki.certificateToPem(cert), keyPem: keys.keyPem };
}
