import { describe, it, expect } from 'vitest';
import {
  connectClient,
  leftBehind,
  liveResources,
  startScriptedServer,
  waitUntil,
  type ServerConn,
} from '../../test/support/scripted-server.js';
import { createSelfSigned, createTestCa } from '../../test/support/test-ca.js';
import type { SmtpFailure } from '../../shared/probe.js';
import { runSmtpSession, type SmtpSessionOptions, type SmtpSessionResult } from './smtp.js';

// Short deadlines keep the suite fast; each test checks the session ended within its deadline.
const D = { greeting: 400, reply: 400, tlsHandshake: 400, overall: 3000 };
// Scheduling slack plus the close handshake on a loaded machine.
const MARGIN = 300;
const HOST = 'mail.example.test';
const DAY_MS = 24 * 60 * 60 * 1000;

const ca = createTestCa('SendCheck Hostile CA');
const goodCert = ca.issue({ cn: HOST });

type Handler = string | ((c: ServerConn, line: string) => void | Promise<void>);

/** A minimal SMTP server loop: answers each command by its verb, QUIT with 221 and a close. */
async function serve(c: ServerConn, handlers: Record<string, Handler>): Promise<void> {
  for (;;) {
    const line = await c.readLine();
    if (line === null) return;
    const verb = line.split(' ')[0]?.toUpperCase() ?? '';
    const h = handlers[verb] ?? (verb === 'QUIT' ? '221 bye\r\n' : '502 5.5.2 unknown\r\n');
    if (typeof h === 'string') c.send(h);
    else await h(c, line);
    if (verb === 'QUIT') c.socket.end();
  }
}

const EHLO_TLS = '250-mail.example.test\r\n250-AUTH PLAIN LOGIN\r\n250 STARTTLS\r\n';
const EHLO_AFTER_TLS = '250-mail.example.test\r\n250 AUTH PLAIN LOGIN\r\n';

interface Probe {
  r: SmtpSessionResult;
  elapsed: number;
  serverSawClose: boolean;
  leaked: Record<string, number>;
  received: string[];
}

/** Runs one session against a scripted server and collects what a test checks. */
async function probe(
  script: (c: ServerConn) => void | Promise<void>,
  over: Partial<SmtpSessionOptions> = {},
): Promise<Probe> {
  const received: string[] = [];
  const server = await startScriptedServer(async (c) => {
    const read = c.readLine.bind(c);
    c.readLine = async () => {
      const l = await read();
      if (l !== null) received.push(l);
      return l;
    };
    await script(c);
  });
  const before = liveResources();
  const socket = await connectClient(server.port);
  const t0 = performance.now();
  const r = await runSmtpSession(socket, {
    host: HOST,
    mode: 'starttls',
    ehloName: 'probe.example.test',
    deadlines: D,
    startedAt: t0,
    ca: ca.caCertPem,
    ...over,
  });
  const elapsed = performance.now() - t0;
  let closed = false;
  void server.firstClosed().then(() => (closed = true));
  const serverSawClose = await waitUntil(() => closed, 1000);
  const leaked = leftBehind(before);
  await server.close();
  return { r, elapsed, serverSawClose, leaked, received };
}

function expectClean(p: Probe, failure: SmtpFailure | null, budgetMs: number): void {
  expect(p.r.details.failure).toBe(failure);
  expect(p.elapsed).toBeLessThan(budgetMs + MARGIN);
  expect(p.serverSawClose).toBe(true);
  expect(p.leaked).toEqual({});
  if (failure) expect(p.r.details.failureDetail).toBeTruthy();
}

describe('hostile servers: greeting', () => {
  it('1 tarpit: a greeting trickled byte by byte ends in greeting_timeout', async () => {
    const p = await probe((c) => {
      const bytes = [...'220 slow.example.test ESMTP tarpit\r\n'];
      c.every(40, () => c.send(bytes.shift() ?? ''));
    });
    expectClean(p, 'greeting_timeout', D.greeting);
    expect(p.elapsed).toBeGreaterThanOrEqual(D.greeting - 5);
    expect(p.r.details.greetingCode).toBeNull();
  });

  it('2 a server that never greets ends in greeting_timeout', async () => {
    const p = await probe(() => undefined);
    expectClean(p, 'greeting_timeout', D.greeting);
    expect(p.elapsed).toBeGreaterThanOrEqual(D.greeting - 5);
  });

  it('3 220- teaser lines before the real greeting are one greeting, and the session succeeds', async () => {
    const p = await probe(
      (c) => {
        c.send('220-teaser one\r\n');
        c.after(60, () => c.send('220-teaser two\r\n'));
        c.after(120, () => {
          c.send('220 real.example.test ESMTP\r\n');
          void serve(c, { EHLO: '250-real.example.test\r\n250 SIZE 1000\r\n' });
        });
      },
      { mode: 'plain' },
    );
    expectClean(p, null, 120 + 2 * D.reply);
    expect(p.r.details.greetingCode).toBe(220);
    expect(p.r.details.greeting).toBe('teaser one / teaser two / real.example.test ESMTP');
    expect(p.r.details.extensions).toEqual(['SIZE 1000']);
  });

  it.each([
    [554, '554 5.7.1 no SMTP service here\r\n', 'no SMTP service here'],
    [421, '421 4.3.2 too busy, try later\r\n', 'too busy, try later'],
  ])('4 a %i greeting is greeting_rejected with code and text', async (code, greeting, text) => {
    const p = await probe((c) => {
      c.send(greeting);
      if (code === 421) c.socket.end();
      else void serve(c, {});
    });
    expectClean(p, 'greeting_rejected', D.greeting);
    expect(p.r.details.greetingCode).toBe(code);
    expect(p.r.details.greeting).toContain(text);
    expect(p.r.details.failureDetail).toContain(String(code));
    if (code === 554) expect(p.received).toEqual(['QUIT']);
  });

  it('a socket that died before the session starts ends at once with connection_closed', async () => {
    const server = await startScriptedServer(() => undefined);
    const socket = await connectClient(server.port);
    socket.destroy();
    const t0 = performance.now();
    const r = await runSmtpSession(socket, {
      host: HOST,
      mode: 'plain',
      ehloName: 'probe.example.test',
      deadlines: D,
      startedAt: t0,
    });
    expect(r.details.failure).toBe('connection_closed');
    expect(performance.now() - t0).toBeLessThan(MARGIN);
    await server.close();
  });

  it('aborting ends the session promptly with aborted', async () => {
    const ac = new AbortController();
    setTimeout(() => ac.abort(), 100);
    const p = await probe(() => undefined, {
      signal: ac.signal,
      deadlines: { ...D, greeting: 5000 },
    });
    expectClean(p, 'aborted', 100);
  });

  it('an already aborted signal ends the session at once', async () => {
    const p = await probe(() => undefined, { signal: AbortSignal.abort() });
    expectClean(p, 'aborted', 0);
  });

  it('the overall deadline cuts a tarpit short with overall_timeout', async () => {
    const p = await probe((c) => c.every(20, () => c.send('2')), {
      deadlines: { ...D, greeting: 5000, overall: 250 },
    });
    expectClean(p, 'overall_timeout', 250);
  });
});

describe('hostile servers: framing', () => {
  it('5 a giant line with no CRLF is line_too_long, detected at once', async () => {
    const p = await probe((c) => c.send(`220 ${'A'.repeat(100_000)}`));
    expectClean(p, 'line_too_long', 100);
  });

  it('6a a fast endless trickle of 250- lines hits the line cap: reply_too_large', async () => {
    const p = await probe((c) => {
      c.send('220 trickle.example.test\r\n');
      void serve(c, { EHLO: (s) => s.every(1, () => s.send('250-more\r\n')) });
    });
    expectClean(p, 'reply_too_large', D.greeting + D.reply);
  });

  it('6b a slow endless trickle of 250- lines runs into the reply deadline: reply_timeout', async () => {
    const p = await probe((c) => {
      c.send('220 trickle.example.test\r\n');
      void serve(c, { EHLO: (s) => s.every(30, () => s.send('250-more\r\n')) });
    });
    expectClean(p, 'reply_timeout', D.reply);
    expect(p.elapsed).toBeGreaterThanOrEqual(D.reply - 5);
  });

  it.each([
    ['mixed codes', '220 ok\r\n', '250-hello\r\n251 ok\r\n'],
    ['a broken continuation', '220 ok\r\n', '250-hello\r\n250_PIPELINING\r\n'],
    ['a bare LF', '220 ok\r\n', '250 hello\n'],
    ['code 600', '220 ok\r\n', '600 what\r\n'],
    ['code 199 as greeting', '199 hi\r\n', ''],
    ['HTTP instead of SMTP', 'HTTP/1.1 400 Bad Request\r\n', ''],
    ['a reply nobody asked for', '220 ok\r\n250 unsolicited\r\n', '250 hello\r\n'],
  ])('7 %s is a protocol_error', async (_name, greeting, ehlo) => {
    const p = await probe((c) => {
      c.send(greeting);
      void serve(c, { EHLO: ehlo });
    });
    expectClean(p, 'protocol_error', D.greeting + D.reply);
  });

  it('11 a reset in the middle of the EHLO reply is connection_reset', async () => {
    const p = await probe((c) => {
      c.send('220 ok\r\n');
      void serve(c, {
        EHLO: (s) => {
          s.send('250-mail.example.test\r\n250-PIPE');
          s.after(20, () => s.reset());
        },
      });
    });
    expectClean(p, 'connection_reset', D.greeting + D.reply);
  });

  it('a hang-up in the middle of the EHLO reply is connection_closed', async () => {
    const p = await probe((c) => {
      c.send('220 ok\r\n');
      void serve(c, { EHLO: (s) => void s.socket.end('250-mail.example.test\r\n') });
    });
    expectClean(p, 'connection_closed', D.greeting + D.reply);
  });

  it('EHLO and HELO refused is ehlo_rejected', async () => {
    const p = await probe((c) => {
      c.send('220 ok\r\n');
      void serve(c, { EHLO: '500 5.5.1 what\r\n', HELO: '550 5.7.1 go away\r\n' });
    });
    expectClean(p, 'ehlo_rejected', D.greeting + 2 * D.reply);
    expect(p.received).toEqual(['EHLO probe.example.test', 'HELO probe.example.test', 'QUIT']);
  });

  it('EHLO refused but HELO accepted goes on without extensions', async () => {
    const p = await probe((c) => {
      c.send('220 ok\r\n');
      void serve(c, { EHLO: '502 5.5.1 no EHLO\r\n', HELO: '250 old.example.test\r\n' });
    });
    expectClean(p, null, D.greeting + 3 * D.reply);
    expect(p.r.details.extensions).toEqual([]);
    expect(p.r.details.startTls).toBe('not_offered');
  });
});

/** Greets, offers STARTTLS, upgrades with `cert`, then answers EHLO and QUIT over TLS. */
function tlsServer(cert = goodCert, afterTls: Record<string, Handler> = {}) {
  return (c: ServerConn): void => {
    c.send('220 mail.example.test ESMTP\r\n');
    void serve(c, {
      EHLO: EHLO_TLS,
      STARTTLS: async (s) => {
        s.send('220 2.0.0 go ahead\r\n');
        await s.startTls(cert);
        await serve(s, { EHLO: EHLO_AFTER_TLS, ...afterTls });
      },
    });
  };
}

describe('hostile servers: STARTTLS and certificates', () => {
  it.each([454, 500])('8 STARTTLS advertised then %i is starttls_rejected', async (code) => {
    const p = await probe((c) => {
      c.send('220 ok\r\n');
      void serve(c, { EHLO: EHLO_TLS, STARTTLS: `${code} 4.7.0 TLS not available\r\n` });
    });
    expectClean(p, 'starttls_rejected', D.greeting + 2 * D.reply);
    expect(p.r.details.startTls).toBe('failed');
    expect(p.r.details.failureDetail).toContain(String(code));
    expect(p.r.details.authMechanisms).toEqual(['PLAIN', 'LOGIN']);
    expect(p.received.at(-1)).toBe('QUIT');
  });

  it('9 a TLS handshake that stalls after STARTTLS 220 is tls_handshake_timeout', async () => {
    const p = await probe((c) => {
      c.send('220 ok\r\n');
      void serve(c, {
        EHLO: EHLO_TLS,
        STARTTLS: (s) => {
          s.send('220 go ahead\r\n');
          // Read the ClientHello and never answer.
          s.raw.removeAllListeners('data');
          s.raw.on('data', () => undefined);
        },
      });
    });
    expectClean(p, 'tls_handshake_timeout', D.reply + D.tlsHandshake);
    expect(p.r.details.startTls).toBe('failed');
    expect(p.r.details.tls).toBeNull();
  });

  it('9b data sent right after the STARTTLS 220 is refused as a protocol_error', async () => {
    const p = await probe((c) => {
      c.send('220 ok\r\n');
      void serve(c, { EHLO: EHLO_TLS, STARTTLS: '220 go ahead\r\n250 injected\r\n' });
    });
    expectClean(p, 'protocol_error', D.greeting + 2 * D.reply);
  });

  it.each([
    ['self-signed', () => createSelfSigned({ cn: HOST }), 'self_signed', true],
    [
      'expired',
      () =>
        ca.issue({
          cn: HOST,
          notBefore: new Date(Date.now() - 400 * DAY_MS),
          notAfter: new Date(Date.now() - DAY_MS),
        }),
      'expired',
      false,
    ],
    [
      'not yet valid',
      () => ca.issue({ cn: HOST, notBefore: new Date(Date.now() + DAY_MS) }),
      'not_yet_valid',
      false,
    ],
    ['wrong-host', () => ca.issue({ cn: 'other.example.test' }), 'wrong_host', false],
  ])(
    '10 a %s certificate: session succeeds, not verified, no login',
    async (_n, make, why, self) => {
      const p = await probe(tlsServer(make()), {
        auth: { username: 'u@example.test', password: 'pw-123' },
      });
      expectClean(p, null, D.greeting + 4 * D.reply + D.tlsHandshake);
      expect(p.r.details.startTls).toBe('ok');
      expect(p.r.details.tls).toMatchObject({
        verified: false,
        verifyError: why,
        selfSigned: self,
      });
      expect(p.r.auth?.outcome).toBe('unavailable');
      expect(p.received.some((l) => l.startsWith('AUTH'))).toBe(false);
      expect(p.received.join('\n')).not.toContain(Buffer.from('pw-123').toString('base64'));
    },
  );

  it('10 plaintext spoken on 465 is tls_handshake_failed', async () => {
    const p = await probe(
      (c) => {
        c.send('220 plain.example.test ESMTP\r\n');
        void serve(c, {});
      },
      { mode: 'implicit' },
    );
    expectClean(p, 'tls_handshake_failed', D.tlsHandshake);
    expect(p.r.details.failureDetail).toMatch(/wrong version number|packet length too long/);
    expect(p.r.details.startTls).toBe('implicit');
    expect(p.r.details.tls).toBeNull();
  });

  it('9c a TLS handshake that stalls on 465 is tls_handshake_timeout', async () => {
    const p = await probe(() => undefined, { mode: 'implicit' });
    expectClean(p, 'tls_handshake_timeout', D.tlsHandshake);
    expect(p.elapsed).toBeGreaterThanOrEqual(D.tlsHandshake - 5);
  });

  it('9d a hang-up during the TLS handshake is tls_handshake_failed', async () => {
    const p = await probe((c) => {
      c.send('220 ok\r\n');
      void serve(c, {
        EHLO: EHLO_TLS,
        STARTTLS: (s) => {
          s.send('220 go ahead\r\n');
          s.raw.removeAllListeners('data');
          s.raw.once('data', () => s.raw.end());
        },
      });
    });
    expectClean(p, 'tls_handshake_failed', D.greeting + D.reply + D.tlsHandshake);
  });

  it('an AUTH reply that never comes is reply_timeout, and the login test an error', async () => {
    const p = await probe(tlsServer(goodCert, { AUTH: () => undefined }), {
      auth: { username: 'u@example.test', password: 'pw-123' },
    });
    expectClean(p, 'reply_timeout', 3 * D.reply + D.tlsHandshake + D.reply);
    expect(p.r.auth).toMatchObject({ outcome: 'error', mechanism: 'PLAIN', code: null });
  });

  it.each([
    ['454 4.7.0 temporary authentication failure', 'error'],
    ['504 5.5.4 unrecognized authentication type', 'error'],
    ['535 5.7.8 authentication credentials invalid', 'rejected'],
    ['534 5.7.9 please log in with your web browser', 'rejected'],
    ['235 2.7.0 accepted', 'accepted'],
  ])('AUTH answered "%s" is %s', async (answer, outcome) => {
    const p = await probe(tlsServer(goodCert, { AUTH: `${answer}\r\n` }), {
      auth: { username: 'u@example.test', password: 'pw-123' },
    });
    expectClean(p, null, 5 * D.reply + D.tlsHandshake);
    expect(p.r.auth).toMatchObject({ outcome, code: Number(answer.slice(0, 3)) });
    expect(p.r.auth?.detail).toContain(answer.slice(4));
  });

  it('caps the transcript and cuts long lines', async () => {
    const long = `250-${'x'.repeat(500)}\r\n`;
    const ehlo = `${long}${'250-PIPELINING\r\n'.repeat(97)}250 STARTTLS\r\n`;
    const p = await probe((c) => {
      c.send('220 ok\r\n');
      void serve(c, {
        EHLO: ehlo,
        STARTTLS: async (s) => {
          s.send('220 go ahead\r\n');
          await s.startTls(goodCert);
          await serve(s, { EHLO: ehlo });
        },
      });
    });
    expectClean(p, null, 4 * D.reply + D.tlsHandshake);
    const t = p.r.details.transcript;
    expect(t).toHaveLength(200);
    expect(t.at(-1)).toMatchObject({ dir: 'I', text: 'transcript truncated' });
    expect(Math.max(...t.map((l) => l.text.length))).toBeLessThanOrEqual(301);
    expect(p.r.details.extensions).toHaveLength(98);
  });

  it('12 interception: a foreign greeting and a certificate from another issuer are reported as they are', async () => {
    const avCa = createTestCa('Antivirus Mail Shield Root');
    const forged = avCa.issue({ cn: HOST });
    const script = (c: ServerConn): void => {
      c.send('220 av-mailshield.local ESMTP Antivirus Mail Proxy\r\n');
      void serve(c, {
        EHLO: EHLO_TLS,
        STARTTLS: async (s) => {
          s.send('220 go ahead\r\n');
          await s.startTls(forged);
          await serve(s, { EHLO: EHLO_AFTER_TLS });
        },
      });
    };
    const p = await probe(script);
    expectClean(p, null, D.greeting + 4 * D.reply + D.tlsHandshake);
    expect(p.r.details.greeting).toBe('av-mailshield.local ESMTP Antivirus Mail Proxy');
    expect(p.r.details.tls?.issuer).toContain('CN=Antivirus Mail Shield Root');
    expect(p.r.details.tls).toMatchObject({ verified: false, verifyError: 'untrusted' });
    // With the interceptor's root installed (as antivirus products do), it verifies; the issuer still tells.
    const trusted = await probe(script, { ca: `${ca.caCertPem}\n${avCa.caCertPem}` });
    expect(trusted.r.details.tls?.verified).toBe(true);
    expect(trusted.r.details.tls?.issuer).toContain('CN=Antivirus Mail Shield Root');
  });

  it('canary: a server that echoes the credentials back cannot get them into the result', async () => {
    const user = 'canary-echo-user@example.test';
    const pass = 'Canary-Echo-Pass-93jd';
    const echo = async (s: ServerConn, line: string): Promise<void> => {
      const token = line.split(' ')[2] ?? '';
      const decoded = Buffer.from(token, 'base64').toString('utf8').replaceAll('\u0000', ' ');
      s.send(`535-5.7.8 you sent ${token}\r\n535 5.7.8 which is${decoded}\r\n`);
    };
    const p = await probe(tlsServer(goodCert, { AUTH: echo }), {
      auth: { username: user, password: pass },
    });
    expectClean(p, null, D.greeting + 5 * D.reply + D.tlsHandshake);
    expect(p.r.auth).toMatchObject({ outcome: 'rejected', mechanism: 'PLAIN', code: 535 });
    const json = JSON.stringify(p.r);
    for (const secret of [user, pass, `\u0000${user}\u0000${pass}`]) {
      expect(json).not.toContain(secret);
      expect(json).not.toContain(Buffer.from(secret).toString('base64'));
    }
    expect(json).toContain('which is [redacted] [redacted]');
  });
});
