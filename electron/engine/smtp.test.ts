import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { SMTPServer, type SMTPServerOptions } from 'smtp-server';
import { describe, it, expect, afterEach } from 'vitest';
import {
  connectClient,
  leftBehind,
  liveResources,
  waitUntil,
} from '../../test/support/scripted-server.js';
import { createTestCa } from '../../test/support/test-ca.js';
import { authMechanisms, runSmtpSession, type SmtpSessionOptions } from './smtp.js';

const HOST = 'mail.example.test';
const ca = createTestCa('SendCheck Unit CA');
const leaf = ca.issue({ cn: HOST });
const USER = 'alice@example.test';
const PASS = 'correct horse battery staple';

const deadlines = { greeting: 2000, reply: 2000, tlsHandshake: 2000, overall: 8000 };

let running: SMTPServer[] = [];
afterEach(async () => {
  await Promise.all(running.map((s) => new Promise<void>((r) => s.close(() => r()))));
  running = [];
});

/** Starts smtp-server on loopback; `seen` collects what it was asked to do. */
interface Started {
  port: number;
  seen: string[];
  /** Resolves true once the server holds no connection any more. */
  drained: () => Promise<boolean>;
}

async function startServer(options: SMTPServerOptions): Promise<Started> {
  const seen: string[] = [];
  const server = new SMTPServer({
    logger: false,
    name: HOST,
    key: leaf.keyPem,
    cert: leaf.certPem,
    onAuth(auth, _session, cb) {
      seen.push(`auth:${auth.method}`);
      const ok =
        auth.username === USER &&
        (auth.method === 'CRAM-MD5' ? auth.validatePassword(PASS) : auth.password === PASS);
      if (ok) return cb(null, { user: USER });
      const err = Object.assign(new Error('Authentication credentials invalid'), {
        responseCode: 535,
      });
      return cb(err);
    },
    onMailFrom(_a, _s, cb) {
      seen.push('MAIL');
      cb();
    },
    ...options,
  });
  running.push(server);
  server.listen(0, '127.0.0.1');
  await once(server.server, 'listening');
  const connections = (): Promise<number> =>
    new Promise((r) => server.server.getConnections((_e, n) => r(n)));
  return {
    port: (server.server.address() as AddressInfo).port,
    seen,
    drained: () => waitUntil(async () => (await connections()) === 0),
  };
}

function encodings(secret: string): string[] {
  const b = Buffer.from(secret, 'utf8');
  return [
    secret,
    b.toString('base64'),
    b.toString('base64url'),
    b.toString('hex'),
    encodeURIComponent(secret),
  ];
}

function options(over: Partial<SmtpSessionOptions>): SmtpSessionOptions {
  return {
    host: HOST,
    mode: 'starttls',
    ehloName: 'client.example.test',
    deadlines,
    startedAt: performance.now(),
    ca: ca.caCertPem,
    ...over,
  };
}

describe('runSmtpSession against smtp-server', () => {
  it('587: STARTTLS, EHLO again, verified certificate, no login test', async () => {
    const { port, drained } = await startServer({ authMethods: ['PLAIN', 'LOGIN'] });
    const before = liveResources();
    const socket = await connectClient(port);
    const r = await runSmtpSession(socket, options({}));
    expect(r.details.failure).toBeNull();
    expect(r.details.greetingCode).toBe(220);
    expect(r.details.startTls).toBe('ok');
    expect(r.details.tls).toMatchObject({
      subject: HOST,
      altNames: [HOST],
      verified: true,
      verifyError: null,
      selfSigned: false,
    });
    expect(r.details.tls?.issuer).toContain('CN=SendCheck Unit CA');
    expect(r.details.tls?.protocol).toMatch(/^TLSv1\.[23]$/);
    expect(r.details.authMechanisms).toEqual(['PLAIN', 'LOGIN']);
    expect(r.details.extensions).not.toContain('STARTTLS');
    expect(r.auth).toBeNull();
    const texts = r.details.transcript.map((l) => `${l.dir} ${l.text}`);
    expect(texts).toContain('C STARTTLS');
    expect(texts.filter((t) => t.startsWith('C EHLO'))).toHaveLength(2);
    expect(texts.some((t) => t.startsWith('I TLS established TLSv1.'))).toBe(true);
    expect(texts).toContain('C QUIT');
    expect(texts.some((t) => t.startsWith('S 221'))).toBe(true);
    expect(socket.destroyed).toBe(true);
    expect(await drained()).toBe(true);
    expect(leftBehind(before)).toEqual({});
  });

  it.each([
    ['PLAIN', ['PLAIN', 'LOGIN']],
    ['LOGIN', ['LOGIN']],
    ['PLAIN', ['PLAIN', 'LOGIN', 'CRAM-MD5']],
    ['CRAM-MD5', ['CRAM-MD5']],
  ])(
    '587 login test with %s: right password accepted, wrong one rejected',
    async (mech, methods) => {
      const { port, seen, drained } = await startServer({ authMethods: methods });
      const good = await runSmtpSession(
        await connectClient(port),
        options({ auth: { username: USER, password: PASS } }),
      );
      expect(good.details.failure).toBeNull();
      expect(good.auth).toMatchObject({ outcome: 'accepted', mechanism: mech, code: 235 });
      const bad = await runSmtpSession(
        await connectClient(port),
        options({ auth: { username: USER, password: 'wrong password' } }),
      );
      expect(bad.details.failure).toBeNull();
      expect(bad.auth).toMatchObject({ outcome: 'rejected', mechanism: mech, code: 535 });
      expect(bad.auth?.detail).toContain('535');
      expect(seen).toEqual([`auth:${mech}`, `auth:${mech}`]);
      expect(await drained()).toBe(true);
      for (const r of [good, bad]) {
        const sent = r.details.transcript.filter((l) => l.dir === 'C').map((l) => l.text);
        expect(sent.some((t) => t.startsWith(`AUTH ${mech}`))).toBe(true);
        expect(sent.some((t) => /^(MAIL|RCPT|DATA)/i.test(t))).toBe(false);
        expect(sent.at(-1)).toBe('QUIT');
      }
    },
  );

  it('465: implicit TLS before the greeting', async () => {
    const { port, drained } = await startServer({ secure: true, authMethods: ['PLAIN'] });
    const before = liveResources();
    const r = await runSmtpSession(
      await connectClient(port),
      options({ mode: 'implicit', auth: { username: USER, password: PASS } }),
    );
    expect(r.details.failure).toBeNull();
    expect(r.details.startTls).toBe('implicit');
    expect(r.details.tls?.verified).toBe(true);
    expect(r.details.greetingCode).toBe(220);
    expect(r.details.transcript[1]?.text).toMatch(/^TLS established/);
    expect(r.auth?.outcome).toBe('accepted');
    expect(await drained()).toBe(true);
    expect(leftBehind(before)).toEqual({});
  });

  it('25: plain mode never starts TLS and never sends credentials', async () => {
    const { port, seen, drained } = await startServer({
      authMethods: ['PLAIN'],
      allowInsecureAuth: true,
    });
    const r = await runSmtpSession(
      await connectClient(port),
      options({ mode: 'plain', auth: { username: USER, password: PASS } }),
    );
    expect(r.details.failure).toBeNull();
    expect(r.details.startTls).toBe('not_tried');
    expect(r.details.tls).toBeNull();
    expect(r.details.extensions).toContain('STARTTLS');
    expect(r.details.authMechanisms).toEqual(['PLAIN']);
    expect(r.auth).toMatchObject({ outcome: 'unavailable', mechanism: null });
    expect(seen).toEqual([]);
    expect(r.details.transcript.map((l) => l.text)).not.toContain('STARTTLS');
    expect(await drained()).toBe(true);
  });

  it('587 without STARTTLS: not_offered, AUTH of the plaintext EHLO kept, no credentials sent', async () => {
    const { port, seen } = await startServer({
      hideSTARTTLS: true,
      authMethods: ['PLAIN', 'LOGIN'],
      allowInsecureAuth: true,
    });
    const r = await runSmtpSession(
      await connectClient(port),
      options({ auth: { username: USER, password: PASS } }),
    );
    expect(r.details.failure).toBeNull();
    expect(r.details.startTls).toBe('not_offered');
    expect(r.details.authMechanisms).toEqual(['PLAIN', 'LOGIN']);
    expect(r.auth?.outcome).toBe('unavailable');
    expect(r.auth?.detail).toContain('STARTTLS not offered');
    expect(seen).toEqual([]);
  });

  it('does not log in when the certificate does not verify', async () => {
    const { port, seen } = await startServer({ authMethods: ['PLAIN'] });
    // Trust another CA: the chain no longer verifies.
    const other = createTestCa('Unrelated CA');
    const r = await runSmtpSession(
      await connectClient(port),
      options({ ca: other.caCertPem, auth: { username: USER, password: PASS } }),
    );
    expect(r.details.failure).toBeNull();
    expect(r.details.tls).toMatchObject({ verified: false, verifyError: 'untrusted' });
    expect(r.auth).toMatchObject({ outcome: 'unavailable', mechanism: null });
    expect(seen).toEqual([]);
  });

  it('canary: the credentials appear nowhere in the result, in any encoding', async () => {
    const canaryUser = 'canary-user-7f3a9c@example.test';
    const canaryPass = 'CANARY-pass-Zx81!q';
    for (const methods of [['PLAIN'], ['LOGIN'], ['CRAM-MD5']]) {
      for (const password of [canaryPass, PASS]) {
        const { port } = await startServer({ authMethods: methods });
        const r = await runSmtpSession(
          await connectClient(port),
          options({ auth: { username: canaryUser, password } }),
        );
        expect(r.auth?.outcome).toBe('rejected');
        const json = JSON.stringify(r);
        for (const secret of [canaryUser, canaryPass]) {
          for (const form of encodings(secret)) expect(json).not.toContain(form);
        }
        for (const form of encodings(`\u0000${canaryUser}\u0000${canaryPass}`)) {
          expect(json).not.toContain(form);
        }
        expect(json).toContain('[redacted]');
      }
    }
  });
});

describe('authMechanisms', () => {
  it('reads both AUTH forms, upper-cases and dedupes', () => {
    expect(authMechanisms(['SIZE 100', 'AUTH plain LOGIN', 'AUTH=LOGIN XOAUTH2'])).toEqual([
      'PLAIN',
      'LOGIN',
      'XOAUTH2',
    ]);
  });
});
