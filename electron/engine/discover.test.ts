import { afterAll, beforeAll, describe, it, expect } from 'vitest';
import { lookupProvider } from '../../shared/providers/index.js';
import type { Provider, ProviderServer } from '../../shared/providers/index.js';
import { parseEmail } from '../../shared/validate.js';
import type { ParsedEmail } from '../../shared/validate.js';
import { resolveConfig } from './config.js';
import { listCandidates, srvNames } from './discover.js';
import { lookupSrv } from './plan/discovery.js';
import { realProbes } from './plan/probe-set.js';
import { ProbeScheduler } from './plan/scheduler.js';
import { ProbeRecorder } from './recorder.js';
import type { DiscoveryInput, SubmissionCandidate } from './discover.js';
import { startTestDnsServer } from '../../test/support/dns-test-server.js';
import type { TestDnsServer } from '../../test/support/dns-test-server.js';

function email(address: string): ParsedEmail {
  const r = parseEmail(address);
  if (!r.ok) throw new Error(`bad test address ${address}`);
  return r.value;
}

/** host:port/security/source, the shape most assertions need. */
function short(list: SubmissionCandidate[]): string[] {
  return list.map((c) => `${c.host}:${c.port}/${c.security}/${c.source}`);
}

const noSrv = { submissions: [], submission: [] };

function input(extra: Partial<DiscoveryInput> & { email: ParsedEmail }): DiscoveryInput {
  return { provider: null, srv: noSrv, mxHosts: [], ...extra };
}

const guesses = (d: string): string[] => [
  `smtp.${d}:587/starttls/guess`,
  `smtp.${d}:465/tls/guess`,
  `mail.${d}:587/starttls/guess`,
  `mail.${d}:465/tls/guess`,
  `${d}:587/starttls/guess`,
  `${d}:465/tls/guess`,
];

describe('srvNames', () => {
  it('gives implicit TLS first', () => {
    expect(srvNames('example.jp')).toEqual([
      '_submissions._tcp.example.jp',
      '_submission._tcp.example.jp',
    ]);
  });
});

describe('listCandidates', () => {
  const e = email('taro@example.jp');

  it.each<[string, Partial<DiscoveryInput>, string[]]>([
    ['nothing known: guesses only', {}, guesses('example.jp')],
    [
      'user server without a port: 587 and 465 on it first',
      { userServer: 'SMTP.Example.JP' },
      [
        'smtp.example.jp:587/starttls/user',
        'smtp.example.jp:465/tls/user',
        ...guesses('example.jp').slice(2),
      ],
    ],
    [
      'user server on 25: 25, then 587 and 465',
      { userServer: 'out.isp.jp', userPort: 25 },
      [
        'out.isp.jp:25/starttls/user',
        'out.isp.jp:587/starttls/user',
        'out.isp.jp:465/tls/user',
        ...guesses('example.jp'),
      ],
    ],
    [
      'user server on 465: TLS, nothing added',
      { userServer: 'out.isp.jp', userPort: 465 },
      ['out.isp.jp:465/tls/user', ...guesses('example.jp')],
    ],
    [
      'user server on 2525: STARTTLS',
      { userServer: 'out.isp.jp', userPort: 2525 },
      ['out.isp.jp:2525/starttls/user', ...guesses('example.jp')],
    ],
    [
      'MX hosts are guessed last, without duplicates',
      { mxHosts: ['mx1.example.jp.', 'MX1.example.jp', 'mail.example.jp', '.'] },
      [
        ...guesses('example.jp'),
        'mx1.example.jp:587/starttls/guess',
        'mx1.example.jp:465/tls/guess',
      ],
    ],
    [
      'SRV: submissions (TLS) before submission (STARTTLS), by priority then weight',
      {
        srv: {
          submissions: [
            { name: 'b.example.jp', port: 465, priority: 10, weight: 1 },
            { name: 'a.example.jp', port: 465, priority: 0, weight: 0 },
          ],
          submission: [
            { name: 'c.example.jp', port: 587, priority: 5, weight: 1 },
            { name: 'd.example.jp', port: 587, priority: 5, weight: 9 },
          ],
        },
      },
      [
        'a.example.jp:465/tls/srv',
        'b.example.jp:465/tls/srv',
        'd.example.jp:587/starttls/srv',
        'c.example.jp:587/starttls/srv',
        ...guesses('example.jp'),
      ],
    ],
    [
      'SRV target "." means not offered',
      {
        srv: {
          submissions: [{ name: '.', port: 0, priority: 0, weight: 0 }],
          submission: [{ name: 'smtp.example.jp', port: 587, priority: 0, weight: 0 }],
        },
      },
      // The SRV entry takes the place of the guess with the same host and port.
      ['smtp.example.jp:587/starttls/srv', ...guesses('example.jp').slice(1)],
    ],
  ])('%s', (_name, extra, expected) => {
    expect(short(listCandidates(input({ email: e, ...extra })))).toEqual(expected);
  });

  it('uses the full address as username and no provider by default', () => {
    for (const c of listCandidates(input({ email: e, userServer: 'out.isp.jp' }))) {
      expect(c.username).toBe('taro@example.jp');
      expect(c.providerId).toBeNull();
      expect(c.insideIspOnly).toBe(false);
    }
  });

  it('guesses on the punycode domain for an IDN address', () => {
    const list = listCandidates(input({ email: email('taro@例え.jp') }));
    expect(list[0]).toMatchObject({ host: 'smtp.xn--r8jz45g.jp', username: 'taro@xn--r8jz45g.jp' });
  });
});

describe('listCandidates with the bundled provider data', () => {
  it('biglobe.ne.jp: the database server, then guesses', () => {
    const e = email('taro@biglobe.ne.jp');
    const list = listCandidates(
      input({ email: e, provider: lookupProvider({ domain: 'biglobe.ne.jp' })?.provider ?? null }),
    );
    expect(list[0]).toEqual({
      host: 'mail.biglobe.ne.jp',
      port: 465,
      security: 'tls',
      source: 'provider_db',
      username: 'taro@biglobe.ne.jp',
      providerId: 'biglobe.ne.jp',
      insideIspOnly: false,
    });
    // mail.biglobe.ne.jp:465 is already listed, so the guess on it is dropped.
    expect(short(list).slice(1)).toEqual([
      'smtp.biglobe.ne.jp:587/starttls/guess',
      'smtp.biglobe.ne.jp:465/tls/guess',
      'mail.biglobe.ne.jp:587/starttls/guess',
      'biglobe.ne.jp:587/starttls/guess',
      'biglobe.ne.jp:465/tls/guess',
    ]);
  });

  it('a port-25 plain provider: 587 and 465 are added before the listed entry', () => {
    const e = email('taro@bb-niigata.jp');
    const list = listCandidates(
      input({ email: e, provider: lookupProvider({ domain: 'bb-niigata.jp' })?.provider ?? null }),
    );
    expect(list.slice(0, 3)).toEqual([
      {
        host: 'pop.bb-niigata.jp',
        port: 587,
        security: 'starttls',
        source: 'provider_db',
        username: 'taro',
        providerId: 'bb-niigata.jp',
        insideIspOnly: false,
      },
      {
        host: 'pop.bb-niigata.jp',
        port: 465,
        security: 'tls',
        source: 'provider_db',
        username: 'taro',
        providerId: 'bb-niigata.jp',
        insideIspOnly: false,
      },
      {
        host: 'pop.bb-niigata.jp',
        port: 25,
        security: 'plain',
        source: 'provider_db',
        username: 'taro',
        providerId: 'bb-niigata.jp',
        insideIspOnly: true,
      },
    ]);
    // Guesses use the provider's username template too.
    expect(list.filter((c) => c.source === 'guess').every((c) => c.username === 'taro')).toBe(true);
  });

  it('a plain-587 provider (nifty.com): 587 becomes STARTTLS, 465 is added', () => {
    const e = email('taro@nifty.com');
    const list = listCandidates(
      input({ email: e, provider: lookupProvider({ domain: 'nifty.com' })?.provider ?? null }),
    );
    expect(short(list).slice(0, 2)).toEqual([
      'smtp.nifty.com:587/starttls/provider_db',
      'smtp.nifty.com:465/tls/provider_db',
    ]);
    expect(list.filter((c) => c.host === 'smtp.nifty.com' && c.port === 587)).toHaveLength(1);
  });

  it('a client-IP restricted provider keeps its own entries, marked, with nothing added', () => {
    const e = email('jan@o2.pl');
    const list = listCandidates(
      input({ email: e, provider: lookupProvider({ domain: 'o2.pl' })?.provider ?? null }),
    );
    const db = list.filter((c) => c.source === 'provider_db');
    expect(short(db)).toEqual([
      'poczta.o2.pl:465/tls/provider_db',
      'poczta.o2.pl:587/starttls/provider_db',
    ]);
    expect(db.every((c) => c.insideIspOnly && c.username === 'jan')).toBe(true);
  });

  it('fills in %EMAILDOMAIN% host names', () => {
    const shibata = lookupProvider({ domain: 'pop.shibata.ne.jp' })?.provider ?? null;
    expect(shibata?.outgoing[0]?.hostname).toBe('%EMAILDOMAIN%');
    const list = listCandidates(input({ email: email('a@pop.shibata.ne.jp'), provider: shibata }));
    expect(short(list).slice(0, 3)).toEqual([
      'pop.shibata.ne.jp:587/starttls/provider_db',
      'pop.shibata.ne.jp:465/tls/provider_db',
      'pop.shibata.ne.jp:25/plain/provider_db',
    ]);
  });

  it('good entries come before inside-the-ISP ones, and a host with a good entry gets nothing added', () => {
    // rediffmail lists 586 and 465 with TLS, and 587 in plain text.
    const e = email('a@rediffmail.com');
    const list = listCandidates(
      input({ email: e, provider: lookupProvider({ domain: 'rediffmail.com' })?.provider ?? null }),
    );
    expect(short(list).slice(0, 3)).toEqual([
      'smtp.rediffmail.com:586/tls/provider_db',
      'smtp.rediffmail.com:465/tls/provider_db',
      'smtp.rediffmail.com:587/plain/provider_db',
    ]);
    expect(list.map((c) => c.insideIspOnly).slice(0, 3)).toEqual([false, false, true]);
  });

  it('the user server comes first and takes the provider username when it is the provider host', () => {
    const e = email('taro@nifty.com');
    const list = listCandidates(
      input({
        email: e,
        userServer: 'smtp.nifty.com',
        userPort: 587,
        provider: lookupProvider({ domain: 'nifty.com' })?.provider ?? null,
      }),
    );
    expect(list[0]).toEqual({
      host: 'smtp.nifty.com',
      port: 587,
      security: 'starttls',
      source: 'user',
      username: 'taro',
      providerId: 'nifty.com',
      insideIspOnly: true,
    });
    expect(short(list).slice(1, 2)).toEqual(['smtp.nifty.com:465/tls/provider_db']);
  });

  it('the user server that is not the provider host still gets the provider username', () => {
    const provider: Provider = {
      id: 'test',
      displayName: 'Test',
      domains: ['example.jp'],
      outgoing: [
        {
          hostname: 'smtp.example.jp',
          port: 587,
          socketType: 'starttls',
          username: '%EMAILLOCALPART%',
          authentication: [],
          insideIspOnly: false,
        },
      ],
    };
    const list = listCandidates(
      input({ email: email('taro@example.jp'), userServer: 'relay.other.jp', provider }),
    );
    expect(list[0]).toMatchObject({
      host: 'relay.other.jp',
      source: 'user',
      username: 'taro',
      providerId: null,
    });
  });
});

describe('listCandidates with online autoconfig', () => {
  const e = email('taro@example.net');
  const server = (over: Partial<ProviderServer>): ProviderServer => ({
    hostname: 'outbound.example.net',
    port: 587,
    socketType: 'starttls',
    username: '%EMAILADDRESS%',
    authentication: ['password-cleartext'],
    insideIspOnly: false,
    ...over,
  });

  it('comes after SRV and before the guesses', () => {
    const list = listCandidates(
      input({
        email: e,
        srv: {
          submissions: [{ name: 'srv.example.net', port: 465, priority: 0, weight: 0 }],
          submission: [],
        },
        autoconfig: [server({})],
      }),
    );
    expect(short(list).slice(0, 3)).toEqual([
      'srv.example.net:465/tls/srv',
      'outbound.example.net:587/starttls/autoconfig',
      'smtp.example.net:587/starttls/guess',
    ]);
    expect(list[1]).toEqual({
      host: 'outbound.example.net',
      port: 587,
      security: 'starttls',
      source: 'autoconfig',
      username: 'taro@example.net',
      providerId: null,
      insideIspOnly: false,
    });
  });

  it('comes after the provider data, and an autoconfig host the database lists keeps provider_db', () => {
    const list = listCandidates(
      input({
        email: email('taro@biglobe.ne.jp'),
        provider: lookupProvider({ domain: 'biglobe.ne.jp' })?.provider ?? null,
        autoconfig: [
          server({ hostname: 'mail.biglobe.ne.jp', port: 465, socketType: 'tls' }),
          server({ hostname: 'smtp2.biglobe.ne.jp' }),
        ],
      }),
    );
    expect(short(list).slice(0, 2)).toEqual([
      'mail.biglobe.ne.jp:465/tls/provider_db',
      'smtp2.biglobe.ne.jp:587/starttls/autoconfig',
    ]);
  });

  it('a host listed only on 25 in plain text: 587 and 465 are added first, as for provider data', () => {
    const list = listCandidates(
      input({
        email: e,
        autoconfig: [
          server({
            hostname: 'mail.%EMAILDOMAIN%',
            port: 25,
            socketType: 'plain',
            username: '%EMAILLOCALPART%',
            insideIspOnly: true,
          }),
        ],
      }),
    );
    expect(short(list).slice(0, 3)).toEqual([
      'mail.example.net:587/starttls/autoconfig',
      'mail.example.net:465/tls/autoconfig',
      'mail.example.net:25/plain/autoconfig',
    ]);
    expect(list.map((c) => c.insideIspOnly).slice(0, 3)).toEqual([false, false, true]);
    // Without provider data, the published username template also applies to guesses.
    expect(list.every((c) => c.username === 'taro')).toBe(true);
  });

  it('the user server that autoconfig lists takes its username', () => {
    const list = listCandidates(
      input({
        email: e,
        userServer: 'outbound.example.net',
        userPort: 587,
        autoconfig: [server({ username: '%EMAILLOCALPART%' })],
      }),
    );
    expect(list[0]).toMatchObject({
      host: 'outbound.example.net',
      source: 'user',
      username: 'taro',
    });
    expect(list.filter((c) => c.host === 'outbound.example.net' && c.port === 587)).toHaveLength(1);
  });
});

describe('lookupSrv (the plan, through the real probes)', () => {
  let dns: TestDnsServer;
  beforeAll(async () => {
    dns = await startTestDnsServer({
      '_submissions._tcp.example.test': {
        SRV: [
          { priority: 1, weight: 0, port: 465, target: 'backup.example.test' },
          { priority: 0, weight: 0, port: 465, target: 'smtp.example.test' },
        ],
      },
      '_submission._tcp.example.test': { SRV: [{ priority: 0, weight: 0, port: 0, target: '.' }] },
      'example.test': {},
    });
  });
  afterAll(async () => {
    await dns.close();
  });

  /** Looks up both SRV names as a diagnosis does, recording each look-up as a probe. */
  async function lookUp(domain: string) {
    const cfg = resolveConfig({
      dns: { timeoutMs: 300, tries: 1, deadlineMs: 2000, servers: [dns.server] },
    });
    const rec = new ProbeRecorder(performance.now());
    const signal = new AbortController().signal;
    const { ctx } = new ProbeScheduler(
      { email: email(`a@${domain}`) },
      cfg,
      realProbes(rec, cfg, signal),
      signal,
    );
    const srv = await lookupSrv(ctx);
    return { srv, probes: rec.results() };
  }

  it('looks up both names and feeds listCandidates', async () => {
    const { srv, probes } = await lookUp('example.test');
    expect(probes.map((p) => [p.role, p.host, p.outcome])).toEqual([
      ['dns_srv', '_submissions._tcp.example.test', 'found'],
      ['dns_srv', '_submission._tcp.example.test', 'found'],
    ]);
    expect(srv.submissions.map((r) => r.name)).toEqual([
      'smtp.example.test',
      'backup.example.test',
    ]);
    expect(srv.submission).toEqual([{ name: '.', port: 0, priority: 0, weight: 0 }]);
    const list = listCandidates(input({ email: email('a@example.test'), srv }));
    expect(short(list).slice(0, 3)).toEqual([
      'smtp.example.test:465/tls/srv',
      'backup.example.test:465/tls/srv',
      'smtp.example.test:587/starttls/guess',
    ]);
  });

  it('gives empty lists when the names do not exist', async () => {
    const { srv, probes } = await lookUp('other.test');
    expect(probes.map((p) => p.outcome)).toEqual(['nxdomain', 'nxdomain']);
    expect(srv).toEqual({ submissions: [], submission: [] });
  });
});
