import { once } from 'node:events';
import net, { type AddressInfo } from 'node:net';
import tls from 'node:tls';
import { afterEach, describe, expect, it } from 'vitest';
import { createTestCa } from '../../test/support/test-ca.js';
import { fixedDeadline } from './deadline.js';
import { ProbeRecorder } from './recorder.js';
import {
  APPLE_SUCCESS_PAGE,
  KNOWN_ANSWERS,
  isKnownAnswer,
  parseHttpAnswer,
  webCheckFromUrl,
  type HttpAnswer,
} from './web-control.js';
import { probeWebHttp, probeWebTls, probeWebViaProxy, type WebProbeSpec } from './web-probes.js';

const ca = createTestCa('SendCheck Web Control Unit CA');
const closers: (() => void)[] = [];
afterEach(() => {
  for (const close of closers.splice(0)) close();
});

function answer(status: number | null, body = ''): HttpAnswer {
  return { status, location: null, date: null, body: Buffer.from(body) };
}

/** A plain TCP server on loopback that writes `reply` once the request head arrived. */
async function httpServer(reply: string): Promise<{ port: number; requests: string[] }> {
  const requests: string[] = [];
  const server = net.createServer((s) => {
    let head = '';
    s.on('data', (d: Buffer) => {
      head += d.toString('latin1');
      if (head.includes('\r\n\r\n')) {
        requests.push(head);
        s.end(reply);
      }
    });
    s.on('error', () => undefined);
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  closers.push(() => server.close());
  return { port: (server.address() as AddressInfo).port, requests };
}

/** A TLS server on loopback whose certificate names `names`, from the test CA. */
async function tlsServer(names: string[]): Promise<number> {
  const leaf = ca.issue({ cn: names[0] ?? 'x', altNames: names });
  const server = tls.createServer({ cert: leaf.certPem, key: leaf.keyPem }, (s) => {
    s.on('error', () => undefined);
    s.end();
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  closers.push(() => server.close());
  return (server.address() as AddressInfo).port;
}

function spec(host: string, port: number): WebProbeSpec {
  return {
    role: 'web_control',
    host,
    ip: '127.0.0.1',
    port,
    deadline: fixedDeadline(2000),
    signal: new AbortController().signal,
    answerMs: 2000,
    ca: ca.caCertPem,
  };
}

const check = (url: string) => {
  const c = webCheckFromUrl(url);
  if (!c) throw new Error(url);
  return c;
};

describe('known answers (the operating systems’ connectivity checks)', () => {
  it('takes only http:// URLs on the default port whose path has a known answer', () => {
    expect(webCheckFromUrl('http://connectivitycheck.gstatic.com/generate_204')).toEqual({
      host: 'connectivitycheck.gstatic.com',
      path: '/generate_204',
      answer: { status: 204 },
    });
    expect(webCheckFromUrl('http://check.example/connecttest.txt')?.answer).toEqual(
      KNOWN_ANSWERS['/connecttest.txt'],
    );
    for (const bad of [
      'https://connectivitycheck.gstatic.com/generate_204',
      'http://connectivitycheck.gstatic.com:8080/generate_204',
      'http://connectivitycheck.gstatic.com/generate_204?x=1',
      'http://connectivitycheck.gstatic.com/',
      'not a url',
    ])
      expect(webCheckFromUrl(bad), bad).toBeNull();
  });

  it('a 204 address: 204 is right; like Chromium, a 200 of at most one byte too; anything else is not', () => {
    const expected = { status: 204 };
    expect(isKnownAnswer(expected, answer(204))).toBe(true);
    expect(isKnownAnswer(expected, answer(200, ''))).toBe(true);
    expect(isKnownAnswer(expected, answer(200, '\n'))).toBe(true);
    expect(isKnownAnswer(expected, answer(200, 'ok'))).toBe(false);
    expect(isKnownAnswer(expected, answer(302))).toBe(false);
    expect(isKnownAnswer(expected, answer(511))).toBe(false);
  });

  it('a text address: its status and its text after trimming (a trailing newline is not documented either way)', () => {
    const apple = { status: 200, body: APPLE_SUCCESS_PAGE };
    expect(isKnownAnswer(apple, answer(200, APPLE_SUCCESS_PAGE))).toBe(true);
    expect(isKnownAnswer(apple, answer(200, `${APPLE_SUCCESS_PAGE}\n`))).toBe(true);
    expect(isKnownAnswer(apple, answer(200, '<html>Hotel sign-in</html>'))).toBe(false);
    expect(isKnownAnswer(apple, answer(302, APPLE_SUCCESS_PAGE))).toBe(false);
    const msft = { status: 200, body: 'Microsoft Connect Test' };
    expect(isKnownAnswer(msft, answer(200, 'Microsoft Connect Test'))).toBe(true);
    expect(isKnownAnswer(msft, answer(200, 'Microsoft NCSI'))).toBe(false);
  });

  it('parses status, Location, Date, Content-Length and chunked bodies; strips control characters', () => {
    const a = parseHttpAnswer(
      Buffer.from(
        'HTTP/1.1 302 Found\r\nLocation: http://portal.example/login\u0007\r\nDate: Mon, 07 Dec 2026 03:00:00 GMT\r\nContent-Length: 0\r\n\r\n',
      ),
    );
    expect(a).toMatchObject({
      status: 302,
      location: 'http://portal.example/login',
      date: 'Mon, 07 Dec 2026 03:00:00 GMT',
    });
    const chunked = parseHttpAnswer(
      Buffer.from(
        'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n9\r\nMicrosoft\r\nd\r\n Connect Test\r\n0\r\n\r\n',
      ),
    );
    expect(chunked.body.toString()).toBe('Microsoft Connect Test');
    expect(parseHttpAnswer(Buffer.from('SSH-2.0-OpenSSH\r\n')).status).toBeNull();
  });
});

describe('web control probes on loopback servers', () => {
  it('HTTP: the known answer is recorded as such, with the request a connectivity check sends', async () => {
    const srv = await httpServer(
      'HTTP/1.1 200 OK\r\nContent-Length: 22\r\nConnection: close\r\n\r\nMicrosoft Connect Test',
    );
    const c = check('http://www.msftconnecttest.com/connecttest.txt');
    const p = await probeWebHttp(new ProbeRecorder(0), {
      ...spec(c.host, srv.port),
      check: c,
    });
    expect(p).toMatchObject({
      kind: 'http',
      outcome: 'open',
      web: { status: 200, knownAnswer: true },
    });
    expect(srv.requests[0]).toMatch(
      /^GET \/connecttest\.txt HTTP\/1\.1\r\nHost: www\.msftconnecttest\.com\r\n/,
    );
  });

  it('HTTP: a sign-in page’s redirect is an answer, but not the known one, with where it leads', async () => {
    const srv = await httpServer(
      'HTTP/1.1 302 Found\r\nLocation: http://portal.hotspot.example/login\r\nContent-Length: 0\r\n\r\n',
    );
    const c = check('http://connectivitycheck.gstatic.com/generate_204');
    const p = await probeWebHttp(new ProbeRecorder(0), { ...spec(c.host, srv.port), check: c });
    expect(p).toMatchObject({
      outcome: 'open',
      web: { status: 302, knownAnswer: false, location: 'http://portal.hotspot.example/login' },
    });
    expect(p.detail).toContain('NOT the known answer');
  });

  it('HTTP: a server that takes the connection and never answers ends as an error after the answer deadline', async () => {
    const server = net.createServer((s) => s.on('error', () => undefined));
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    closers.push(() => server.close());
    const c = check('http://captive.apple.com/hotspot-detect.html');
    const port = (server.address() as AddressInfo).port;
    const p = await probeWebHttp(new ProbeRecorder(0), {
      ...spec(c.host, port),
      answerMs: 150,
      check: c,
    });
    expect(p).toMatchObject({ outcome: 'error', web: { status: null, knownAnswer: null } });
  });

  it('TLS: a certificate for the name asked is verified; one for another name is kept as wrong_host', async () => {
    const good = await tlsServer(['www.google.com']);
    const ok = await probeWebTls(new ProbeRecorder(0), spec('www.google.com', good));
    expect(ok).toMatchObject({ kind: 'tcp', outcome: 'open', web: { tls: { verified: true } } });
    const portal = await tlsServer(['portal.hotspot.example']);
    const seen = await probeWebTls(new ProbeRecorder(0), spec('www.google.com', portal));
    expect(seen).toMatchObject({
      outcome: 'open',
      web: {
        tls: { verified: false, verifyError: 'wrong_host', altNames: ['portal.hotspot.example'] },
      },
    });
  });

  it('TLS: a refused connect is reported as the connect found it, and teaches no round trip', async () => {
    const server = net.createServer();
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    const port = (server.address() as AddressInfo).port;
    server.close();
    await once(server, 'close');
    const learned: number[] = [];
    const p = await probeWebTls(new ProbeRecorder(0), spec('www.google.com', port), (ms) =>
      learned.push(ms),
    );
    expect(p.outcome).toBe('refused');
    expect(learned).toEqual([]);
  });
});

describe('a TLS control through a proxy (CONNECT)', () => {
  /** A loopback proxy: `answer` for CONNECT, and on 200 a tunnel to the TLS server at `tlsPort`. */
  async function proxyServer(
    answer: string,
    tlsPort: number,
  ): Promise<{ port: number; heads: string[] }> {
    const heads: string[] = [];
    const server = net.createServer((s) => {
      s.on('error', () => undefined);
      s.once('data', (d: Buffer) => {
        heads.push(d.toString('latin1'));
        if (!answer.startsWith('HTTP/1.1 200')) return void s.end(answer);
        const up = net.connect(tlsPort, '127.0.0.1', () => {
          s.write(answer);
          up.pipe(s).pipe(up);
        });
        up.on('error', () => s.destroy());
      });
    });
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    closers.push(() => server.close());
    return { port: (server.address() as AddressInfo).port, heads };
  }

  const viaProxy = (port: number) => ({
    ...spec('proxy.corp.example', port),
    port,
    role: 'web_proxy' as const,
    target: 'www.google.com',
  });

  it('asks for a tunnel to the control on 443, then verifies the certificate inside it', async () => {
    const site = await tlsServer(['www.google.com']);
    const proxy = await proxyServer('HTTP/1.1 200 Connection Established\r\n\r\n', site);
    const p = await probeWebViaProxy(new ProbeRecorder(0), viaProxy(proxy.port));
    expect(proxy.heads[0]).toMatch(
      /^CONNECT www\.google\.com:443 HTTP\/1\.1\r\nHost: www\.google\.com:443\r\n/,
    );
    expect(proxy.heads[0]).not.toMatch(/proxy-authorization/i);
    expect(p).toMatchObject({
      role: 'web_proxy',
      host: 'proxy.corp.example',
      port: proxy.port,
      outcome: 'open',
      web: { status: 200, tls: { verified: true } },
    });
  });

  it('a proxy that wants a login: 407 kept as the answer, no handshake tried', async () => {
    const proxy = await proxyServer(
      'HTTP/1.1 407 Proxy Authentication Required\r\nProxy-Authenticate: Basic realm="x"\r\nContent-Length: 0\r\n\r\n',
      1,
    );
    const p = await probeWebViaProxy(new ProbeRecorder(0), viaProxy(proxy.port));
    expect(p).toMatchObject({ outcome: 'error', web: { status: 407, tls: null } });
    expect(p.detail).toContain('asks for a login');
  });
});
