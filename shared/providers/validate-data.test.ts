import { describe, it, expect } from 'vitest';
import data from './providers.json' with { type: 'json' };
import { isHostName, parseProviderData } from './validate-data.js';

/** A fresh, valid database to damage one field at a time. */
function sample(): Record<string, unknown> {
  return {
    source: {
      repository: 'thunderbird/autoconfig',
      path: 'ispdb/',
      commit: 'c6ad796',
      date: '2026-03-12',
      license: 'MPL-2.0',
    },
    handKept: { file: 'shared/providers/hand-kept.json', entries: 1, checked: '2026-11-30' },
    generatedAt: '2026-11-30',
    providers: [
      {
        id: 'isp.example',
        displayName: 'ISP',
        domains: ['isp.ne.jp'],
        outgoing: [
          {
            hostname: 'smtp.isp.ne.jp',
            port: 587,
            socketType: 'starttls',
            username: '%EMAILADDRESS%',
            authentication: ['password-cleartext'],
            insideIspOnly: false,
          },
        ],
      },
      {
        id: 'own.example',
        displayName: 'Own',
        domains: ['own.example.jp'],
        outgoing: [],
        origin: 'own',
        sourceUrls: ['https://own.example.jp/mail/settings'],
        checked: '2026-11-30',
        oauthOnly: false,
        appPassword: { status: 'none', sourceUrl: 'https://own.example.jp/help' },
        usernameForm: '%ISPUSERID%',
        notes: 'A note.',
        unverified: ['outgoing'],
      },
    ],
  };
}

type Edit = (d: Record<string, unknown>) => void;
const providers = (d: Record<string, unknown>) => d.providers as Record<string, unknown>[];
const first = (d: Record<string, unknown>) => providers(d)[0] as Record<string, unknown>;
const own = (d: Record<string, unknown>) => providers(d)[1] as Record<string, unknown>;
const server = (d: Record<string, unknown>) =>
  (first(d).outgoing as Record<string, unknown>[])[0] as Record<string, unknown>;

function refusal(edit: Edit): string {
  const d = sample();
  edit(d);
  const r = parseProviderData(d);
  if (r.ok) throw new Error('expected a refusal');
  return r.error;
}

describe('parseProviderData', () => {
  it('accepts the bundled file', () => {
    const r = parseProviderData(data);
    expect(r.ok ? r.value.providers.length : r.error).toBeGreaterThan(160);
  });

  it('accepts the sample and rebuilds it from known keys only', () => {
    const d = sample();
    first(d).extra = 'dropped';
    (d as Record<string, unknown>).__proto__polluter = { x: 1 };
    const r = parseProviderData(d);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.providers[0]).not.toHaveProperty('extra');
    expect(r.value).not.toHaveProperty('__proto__polluter');
    expect(r.value.providers[1]).toMatchObject({ origin: 'own', usernameForm: '%ISPUSERID%' });
  });

  it.each<[string, Edit, RegExp]>([
    ['not an object', (d) => Object.assign(d, { providers: 'x' }), /providers: not a list/],
    [
      'a port out of range',
      (d) => Object.assign(server(d), { port: 70000 }),
      /port: not a TCP port/,
    ],
    ['a fractional port', (d) => Object.assign(server(d), { port: 58.7 }), /not a TCP port/],
    ['a port as text', (d) => Object.assign(server(d), { port: '587' }), /not a TCP port/],
    [
      'an unknown socket',
      (d) => Object.assign(server(d), { socketType: 'ssl' }),
      /socketType: unknown/,
    ],
    [
      'a bad host',
      (d) => Object.assign(server(d), { hostname: 'smtp..isp.ne.jp' }),
      /not a host name/,
    ],
    [
      'a host with a space',
      (d) => Object.assign(server(d), { hostname: 'smtp isp.jp' }),
      /not a host name/,
    ],
    [
      'an IP literal',
      (d) => Object.assign(server(d), { hostname: '192.0.2.1' }),
      /not a host name/,
    ],
    [
      'an unknown placeholder',
      (d) => Object.assign(server(d), { username: '%PASSWORD%' }),
      /unknown placeholder/,
    ],
    [
      'a wrong insideIspOnly',
      (d) => Object.assign(server(d), { insideIspOnly: true }),
      /should be false/,
    ],
    [
      'an upper-case domain',
      (d) => Object.assign(first(d), { domains: ['ISP.ne.jp'] }),
      /not a lower-case host name/,
    ],
    [
      'a public-suffix domain',
      (d) => Object.assign(first(d), { domains: ['ne.jp'] }),
      /public suffix/,
    ],
    ['no domain', (d) => Object.assign(first(d), { domains: [] }), /no domain/],
    [
      'an ISPDB entry without servers',
      (d) => Object.assign(first(d), { outgoing: [] }),
      /no server/,
    ],
    [
      'a domain in two entries',
      (d) => Object.assign(own(d), { domains: ['isp.ne.jp'] }),
      /also in isp.example/,
    ],
    ['a repeated id', (d) => Object.assign(own(d), { id: 'isp.example' }), /listed twice/],
    ['own entry without a source', (d) => delete own(d).sourceUrls, /sourceUrls: not a list/],
    [
      'own entry with no source',
      (d) => Object.assign(own(d), { sourceUrls: [] }),
      /no source page/,
    ],
    ['own entry without a date', (d) => delete own(d).checked, /checked: not a string/],
    ['an impossible date', (d) => Object.assign(own(d), { checked: '2026-02-30' }), /not a date/],
    [
      'a non-web source',
      (d) => Object.assign(own(d), { sourceUrls: ['javascript:alert(1)'] }),
      /not an http/,
    ],
    [
      'an unknown app-password status',
      (d) => Object.assign(own(d), { appPassword: { status: 'maybe' } }),
      /status: unknown/,
    ],
    ['oauthOnly as text', (d) => Object.assign(own(d), { oauthOnly: 'yes' }), /not true or false/],
    ['an unknown origin', (d) => Object.assign(own(d), { origin: 'web' }), /origin: unknown/],
    [
      'control characters',
      (d) => Object.assign(own(d), { notes: 'a\u0000b' }),
      /control characters/,
    ],
    ['a huge note', (d) => Object.assign(own(d), { notes: 'x'.repeat(5000) }), /longer than/],
    [
      'too many providers',
      (d) => Object.assign(d, { providers: new Array(5001).fill(0) }),
      /more than 5000/,
    ],
    ['no source', (d) => delete d.source, /source: not an object/],
  ])('refuses %s', (_name, edit, message) => {
    expect(refusal(edit)).toMatch(message);
  });

  it('limits our own entries to mail ports, but keeps the ISPDB’s own choice', () => {
    expect(
      refusal((d) =>
        Object.assign(own(d), {
          outgoing: [{ ...server(d), port: 8025, insideIspOnly: false }],
        }),
      ),
    ).toMatch(/8025 is not a mail port/);
    const d = sample();
    Object.assign(server(d), { port: 586 });
    expect(parseProviderData(d).ok).toBe(true);
    for (const port of [25, 465, 587, 2525]) {
      const e = sample();
      const inside = port === 25;
      Object.assign(own(e), { outgoing: [{ ...server(e), port, insideIspOnly: inside }] });
      expect(parseProviderData(e).ok, String(port)).toBe(true);
    }
  });

  it('never throws, whatever it is given', () => {
    const hostile = {
      get providers(): never {
        throw new Error('boom');
      },
    };
    // eslint-disable-next-line no-sparse-arrays -- a hole is exactly what is being tested
    const sparse = { ...sample(), providers: [, ,] };
    for (const input of [null, undefined, 0, 'x', [], {}, hostile, { providers: [null] }, sparse]) {
      const r = parseProviderData(input);
      expect(r.ok).toBe(false);
    }
    expect(parseProviderData(hostile)).toEqual({ ok: false, error: 'unreadable: boom' });
    expect(parseProviderData(sparse)).toEqual({ ok: false, error: 'providers[0]: not an object' });
  });
});

describe('isHostName', () => {
  it.each([
    ['smtp.example.jp', true],
    ['xn--r8jz45g.jp', true],
    ['a-b.c_d.jp', true],
    ['localhost', false],
    ['-a.jp', false],
    ['a-.jp', false],
    ['1.2.3.4', false],
    [`${'a'.repeat(64)}.jp`, false],
  ])('%s → %s', (name, expected) => {
    expect(isHostName(name)).toBe(expected);
  });
});
