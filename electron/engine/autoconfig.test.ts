import { createServer as createHttpsServer, type Server } from 'node:https';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createServer as createTcpServer, type AddressInfo, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseEmail, type ParsedEmail } from '../../shared/validate.js';
import { createSelfSigned, createTestCa, type IssuedCert } from '../../test/support/test-ca.js';
import {
  autoconfigServers,
  autoconfigTargets,
  fetchAutoconfigUrl,
  readAutoconfigXml,
  type AutoconfigOptions,
} from './autoconfig.js';
import { startTestDnsServer, type TestDnsServer } from '../../test/support/dns-test-server.js';

const ca = createTestCa('Autoconfig Test CA');
const NAMES = ['good', 'plain25', 'big', 'chunked', 'silent', 'broken', 'html', 'nosmtp', 'moved'];
const hosts = NAMES.flatMap((n) => [`${n}.test`, `autoconfig.${n}.test`]);

function xml(outgoing: string): string {
  return `<?xml version="1.0"?>
<clientConfig version="1.1"><emailProvider id="x"><domain>x</domain>
<incomingServer type="imap"><hostname>imap.x</hostname><port>993</port><socketType>SSL</socketType></incomingServer>
${outgoing}
</emailProvider></clientConfig>`;
}

function smtp(host: string, port: number, socketType: string, username = '%EMAILADDRESS%'): string {
  return `<outgoingServer type="smtp"><hostname>${host}</hostname><port>${port}</port><socketType>${socketType}</socketType><username>${username}</username><authentication>password-cleartext</authentication></outgoingServer>`;
}

const GOOD = xml(smtp('outbound.%EMAILDOMAIN%', 587, 'STARTTLS'));

interface TestServer {
  port: number;
  requests: string[];
  /** Server-side sockets still open. */
  open: Set<Socket>;
  close(): Promise<void>;
}

async function listen(server: Server | ReturnType<typeof createTcpServer>): Promise<number> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return (server.address() as AddressInfo).port;
}

async function serveHttps(
  cert: IssuedCert,
  handler: (req: IncomingMessage, res: ServerResponse) => void,
): Promise<TestServer> {
  const requests: string[] = [];
  const open = new Set<Socket>();
  const server = createHttpsServer({ key: cert.keyPem, cert: cert.certPem }, (req, res) => {
    requests.push(`${req.headers.host ?? ''}${req.url ?? ''}`);
    handler(req, res);
  });
  server.on('secureConnection', (s: Socket) => {
    open.add(s);
    s.on('close', () => open.delete(s));
  });
  server.on('tlsClientError', () => undefined);
  const port = await listen(server);
  return {
    port,
    requests,
    open,
    close: () => {
      for (const s of open) s.destroy();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

function route(req: IncomingMessage, res: ServerResponse): void {
  const host = (req.headers.host ?? '').replace(/^autoconfig\./, '').replace(/\.test(:\d+)?$/, '');
  const sub = (req.headers.host ?? '').startsWith('autoconfig.');
  const send = (status: number, body = '', headers: Record<string, string> = {}): void => {
    res.writeHead(status, { 'Content-Type': 'application/xml', ...headers });
    res.end(body);
  };
  if (!sub) return send(404);
  switch (host) {
    case 'good':
      return send(200, GOOD);
    case 'plain25':
      return send(200, xml(smtp('mail.%EMAILDOMAIN%', 25, 'plain', '%EMAILLOCALPART%')));
    case 'big':
      return send(200, `${GOOD}<!--${'x'.repeat(100 * 1024)}-->`);
    case 'chunked':
      // No Content-Length: the cap must hold while the body streams.
      res.writeHead(200, { 'Content-Type': 'application/xml' });
      for (let i = 0; i < 100; i++) res.write('<!--'.padEnd(1024, 'x') + '-->');
      return void res.end();
    case 'silent':
      return; // headers never sent
    case 'broken':
      return send(200, '<clientConfig><emailProvider><outgoingServer type="smtp">');
    case 'html':
      return send(200, '<!DOCTYPE html><html><body>Welcome</body></html>', {
        'Content-Type': 'text/html',
      });
    case 'nosmtp':
      return send(200, xml(''));
    case 'moved':
      return send(301, '', { Location: 'https://elsewhere.test/config.xml' });
    default:
      return send(404);
  }
}

function email(address: string): ParsedEmail {
  const r = parseEmail(address);
  if (!r.ok) throw new Error(`bad test address ${address}`);
  return r.value;
}

/** Open sockets and pending timers of this process, as Node counts them. */
function resources(): { sockets: number; timers: number } {
  const all = process.getActiveResourcesInfo();
  return {
    sockets: all.filter((r) => r === 'TCPSocketWrap' || r === 'TLSWrap').length,
    timers: all.filter((r) => r === 'Timeout').length,
  };
}

/** Waits (briefly) until the main server has seen every connection close. */
async function settled(): Promise<void> {
  for (let i = 0; i < 50 && main.open.size > 0; i++) await new Promise((r) => setTimeout(r, 10));
}

let dns: TestDnsServer;
let main: TestServer;
let closedPort: number;

beforeAll(async () => {
  const zone = Object.fromEntries(hosts.map((h) => [h, { A: ['127.0.0.1'] }]));
  dns = await startTestDnsServer({ ...zone, 'noaddress.test': {} });
  main = await serveHttps(ca.issue({ cn: 'good.test', altNames: hosts }), route);
  const spare = createTcpServer();
  closedPort = await listen(spare);
  await new Promise((resolve) => spare.close(resolve));
});

afterAll(async () => {
  await main.close();
  await dns.close();
});

function opts(extra: Partial<AutoconfigOptions> = {}): AutoconfigOptions {
  return {
    deadlineMs: 2500,
    dns: { timeoutMs: 300, tries: 1, servers: [dns.server] },
    ca: ca.caCertPem,
    port: main.port,
    ...extra,
  };
}

async function fetchSub(domain: string, extra: Partial<AutoconfigOptions> = {}) {
  const e = email(`taro@${domain}`);
  const [sub] = autoconfigTargets(e);
  if (!sub) throw new Error('no target');
  return fetchAutoconfigUrl(sub, e, opts(extra));
}

/** Both URLs at once, as the plan fetches them (plan/discovery.ts, startAutoconfig). */
function fetchBoth(e: ParsedEmail) {
  return Promise.all(autoconfigTargets(e).map((t) => fetchAutoconfigUrl(t, e, opts())));
}

describe('autoconfigTargets', () => {
  it('gives autoconfig.DOMAIN with the address, then the well-known URL, in punycode', () => {
    expect(autoconfigTargets(email('taro+x@例え.jp')).map((t) => t.url)).toEqual([
      'https://autoconfig.xn--r8jz45g.jp/mail/config-v1.1.xml?emailaddress=taro%2Bx%40xn--r8jz45g.jp',
      'https://xn--r8jz45g.jp/.well-known/autoconfig/mail/config-v1.1.xml',
    ]);
  });
});

describe('readAutoconfigXml', () => {
  it('keeps usable SMTP servers with the provider-data rules and drops the rest', () => {
    const servers = readAutoconfigXml(
      xml(
        [
          smtp('Outbound.%EMAILDOMAIN%', 587, 'STARTTLS'),
          smtp('mail.x', 25, 'plain', '%EMAILLOCALPART%'),
          smtp('bad host name', 587, 'STARTTLS'),
          smtp('%EMAILLOCALPART%.x', 587, 'STARTTLS'),
          smtp('ok.x', 0, 'SSL'),
          smtp('ok.x', 465, 'carrier-pigeon'),
          smtp('ok.x', 465, 'SSL', 'a\u007fb'),
          '<outgoingServer type="ews"><hostname>ews.x</hostname></outgoingServer>',
          smtp('smtp.x', 465, 'SSL'),
        ].join('\n'),
      ),
    );
    expect(
      servers.map((s) => [s.hostname, s.port, s.socketType, s.username, s.insideIspOnly]),
    ).toEqual([
      ['outbound.%EMAILDOMAIN%', 587, 'starttls', '%EMAILADDRESS%', false],
      ['mail.x', 25, 'plain', '%EMAILLOCALPART%', true],
      ['smtp.x', 465, 'tls', '%EMAILADDRESS%', false],
    ]);
  });

  it('takes at most ten servers', () => {
    const many = Array.from({ length: 15 }, (_, i) => smtp(`s${i}.x`, 587, 'STARTTLS')).join('');
    expect(readAutoconfigXml(xml(many))).toHaveLength(10);
  });

  it.each([
    ['not XML', 'hello'],
    ['another root', '<html><body/></html>'],
    ['no emailProvider', '<clientConfig version="1.1"/>'],
    ['a DTD', '<!DOCTYPE x [<!ENTITY a "b">]><clientConfig/>'],
  ])('refuses %s', (_name, text) => {
    expect(() => readAutoconfigXml(text)).toThrow();
  });
});

describe('fetchAutoconfigUrl against a real HTTPS server', () => {
  it('reads good settings and sends the address as Thunderbird does', async () => {
    const before = resources();
    const a = await fetchSub('good.test');
    await settled();
    // Done early: no socket left, and the 2.5 s deadline timer is gone too.
    expect(resources().sockets).toBe(0);
    expect(resources().timers).toBeLessThanOrEqual(before.timers);
    expect(a).toMatchObject({ outcome: 'found', status: 200, ip: '127.0.0.1', code: null });
    expect(a.servers).toEqual([
      {
        hostname: 'outbound.%EMAILDOMAIN%',
        port: 587,
        socketType: 'starttls',
        username: '%EMAILADDRESS%',
        authentication: ['password-cleartext'],
        insideIspOnly: false,
      },
    ]);
    expect(a.detail).toContain('outbound.good.test:587 starttls');
    expect(main.requests).toContain(
      `autoconfig.good.test:${main.port}/mail/config-v1.1.xml?emailaddress=taro%40good.test`,
    );
  });

  it('marks a port-25 plain server inside-the-ISP-only, as the provider data does', async () => {
    const a = await fetchSub('plain25.test');
    expect(a.outcome).toBe('found');
    expect(a.servers[0]).toMatchObject({ port: 25, socketType: 'plain', insideIspOnly: true });
  });

  it('fetches both URLs at once; a 404 on one is nodata, the other gives the servers', async () => {
    const attempts = await fetchBoth(email('taro@good.test'));
    expect(attempts.map((a) => [a.target.host, a.outcome, a.code])).toEqual([
      ['autoconfig.good.test', 'found', null],
      ['good.test', 'nodata', 'HTTP_404'],
    ]);
    expect(autoconfigServers(attempts).map((s) => s.hostname)).toEqual(['outbound.%EMAILDOMAIN%']);
  });

  it('does not follow a redirect', async () => {
    const before = main.requests.length;
    const a = await fetchSub('moved.test');
    expect(a).toMatchObject({ outcome: 'nodata', status: 301, code: 'HTTP_301', servers: [] });
    expect(a.detail).toContain('https://elsewhere.test/config.xml, not followed');
    expect(main.requests.length).toBe(before + 1);
  });

  it.each(['big', 'chunked'])('refuses a body over 64 KiB (%s)', async (name) => {
    const a = await fetchSub(`${name}.test`);
    expect(a).toMatchObject({ outcome: 'error', code: 'TOO_LARGE', servers: [] });
  });

  it.each([
    ['broken', 'error', 'BAD_XML'],
    ['html', 'error', 'BAD_XML'],
    ['nosmtp', 'nodata', 'NO_SMTP'],
  ])('uses nothing from a malformed or empty answer (%s)', async (name, outcome, code) => {
    const a = await fetchSub(`${name}.test`);
    expect(a).toMatchObject({ outcome, code, status: 200, servers: [] });
  });

  it('gives up at the deadline on a server that never answers, leaving nothing open', async () => {
    const before = resources();
    const t = performance.now();
    const a = await fetchSub('silent.test', { deadlineMs: 400 });
    const took = performance.now() - t;
    expect(a).toMatchObject({ outcome: 'error', code: 'DEADLINE', servers: [] });
    expect(a.detail).toContain('no complete HTTP answer within 400 ms');
    expect(took).toBeGreaterThanOrEqual(395);
    expect(took).toBeLessThan(400 + 150);
    // Our socket is gone: the server sees its end close at once.
    await settled();
    expect(main.open.size).toBe(0);
    // No socket and no timer of ours is left behind.
    const after = resources();
    expect(after.sockets).toBe(0);
    expect(after.timers).toBeLessThanOrEqual(before.timers);
  });

  it('gives up at the deadline on a TCP port that never starts TLS', async () => {
    const sockets = new Set<Socket>();
    const mute = createTcpServer((s) => {
      sockets.add(s);
      s.on('close', () => sockets.delete(s));
      s.on('error', () => undefined);
      // Reads (so it sees our end close) but never says anything.
      s.resume();
    });
    const port = await listen(mute);
    try {
      const t = performance.now();
      const a = await fetchSub('good.test', { deadlineMs: 300, port });
      expect(performance.now() - t).toBeLessThan(300 + 150);
      expect(a).toMatchObject({ outcome: 'error', code: 'DEADLINE' });
      expect(a.detail).toContain('no TLS answer');
      for (let i = 0; i < 50 && sockets.size > 0; i++) await new Promise((r) => setTimeout(r, 10));
      expect(sockets.size).toBe(0);
    } finally {
      for (const s of sockets) s.destroy();
      await new Promise((resolve) => mute.close(resolve));
    }
  });

  it('refuses a certificate it cannot verify and reads nothing', async () => {
    const selfSigned = await serveHttps(
      createSelfSigned({ cn: 'autoconfig.good.test', altNames: hosts }),
      route,
    );
    const otherName = await serveHttps(ca.issue({ cn: 'elsewhere.test' }), route);
    try {
      const bad = await fetchSub('good.test', { port: selfSigned.port });
      expect(bad).toMatchObject({ outcome: 'error', code: 'DEPTH_ZERO_SELF_SIGNED_CERT' });
      expect(bad.servers).toEqual([]);
      expect(bad.detail).toContain('certificate not accepted (self_signed)');
      const wrong = await fetchSub('good.test', { port: otherName.port });
      expect(wrong).toMatchObject({ outcome: 'error', code: 'ERR_TLS_CERT_ALTNAME_INVALID' });
      expect([...selfSigned.requests, ...otherName.requests]).toEqual([]);
    } finally {
      await selfSigned.close();
      await otherName.close();
    }
  });

  it('verifies against the default trust store when no CA is given', async () => {
    const e = email('taro@good.test');
    const [sub] = autoconfigTargets(e);
    if (!sub) throw new Error('no target');
    const { ca: _unused, ...untrusted } = opts();
    const a = await fetchAutoconfigUrl(sub, e, untrusted);
    expect(a.outcome).toBe('error');
    expect(a.code).toBe('UNABLE_TO_VERIFY_LEAF_SIGNATURE');
  });

  it('tells a missing name, a name without address and a refused port apart, fast', async () => {
    const t = performance.now();
    const [missing, empty, refused] = await Promise.all([
      fetchSub('nowhere.test'),
      fetchBoth(email('taro@noaddress.test')).then((attempts) => attempts[1]),
      fetchSub('good.test', { port: closedPort }),
    ]);
    expect(performance.now() - t).toBeLessThan(500);
    expect(missing).toMatchObject({ outcome: 'nxdomain', code: 'ENOTFOUND', status: null });
    expect(empty).toMatchObject({ outcome: 'nodata', status: null });
    expect(refused).toMatchObject({ outcome: 'refused', ip: '127.0.0.1' });
  });

  it('stops at once when skipped or cancelled', async () => {
    const skip = new AbortController();
    const cancel = new AbortController();
    const t = performance.now();
    const pending = Promise.all([
      fetchSub('silent.test', { skip: skip.signal }),
      fetchSub('silent.test', { signal: cancel.signal }),
    ]);
    setTimeout(() => {
      skip.abort();
      cancel.abort();
    }, 100);
    const [skipped, cancelled] = await pending;
    expect(performance.now() - t).toBeLessThan(400);
    expect(skipped.outcome).toBe('skipped');
    expect(cancelled).toMatchObject({ outcome: 'error', code: 'ABORTED' });
  });
});
