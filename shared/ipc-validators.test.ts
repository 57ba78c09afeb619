import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MAIL_PROGRAMS } from './diagnosis.js';
import { MAIL_PORTS, MAX_PASSWORD_LENGTH } from './ipc-contract.js';
import {
  ipcValidators,
  parseAppInfoRequest,
  parseCancelRequest,
  parseLoginTestRequest,
  parseStartRequest,
} from './ipc-validators.js';

const RUN_ID = '3b241101-e2bb-4255-8caf-4136c566a962';

describe('parseStartRequest', () => {
  it('accepts the smallest request and trims the address', () => {
    expect(parseStartRequest({ runId: RUN_ID, email: '  taro@example.jp ' })).toEqual({
      ok: true,
      value: { runId: RUN_ID, email: 'taro@example.jp' },
    });
  });

  it('accepts every optional field', () => {
    const r = parseStartRequest({
      runId: RUN_ID.toUpperCase(),
      email: 'taro@例え.jp',
      server: 'smtp.example.jp',
      port: 587,
      mailProgram: 'thunderbird',
    });
    expect(r).toEqual({
      ok: true,
      value: {
        runId: RUN_ID,
        email: 'taro@例え.jp',
        server: 'smtp.example.jp',
        port: 587,
        mailProgram: 'thunderbird',
      },
    });
  });

  it('takes the hosts the user confirmed: host names only, as ASCII, without duplicates, at most 8', () => {
    const start = (acceptSuggested: unknown) =>
      parseStartRequest({ runId: RUN_ID, email: 'taro@example.jp', acceptSuggested });
    expect(start(['Mail.Hosting-Example.NET', 'mail.hosting-example.net', 'smtp.例え.jp'])).toEqual(
      {
        ok: true,
        value: {
          runId: RUN_ID,
          email: 'taro@example.jp',
          acceptSuggested: ['mail.hosting-example.net', 'smtp.xn--r8jz45g.jp'],
        },
      },
    );
    expect(start([])).toEqual({ ok: true, value: { runId: RUN_ID, email: 'taro@example.jp' } });
    expect(start(['192.0.2.1'])).toEqual({
      ok: false,
      message: 'acceptSuggested must hold host names, not IP addresses',
    });
    for (const bad of [
      ['::1'],
      ['[2001:db8::1]'],
      ['smtp.example.jp:587'],
      ['https://x.example'],
      [''],
      [7],
      'a.example',
      { 0: 'a' },
    ])
      expect(start(bad).ok).toBe(false);
    expect(start(Array.from({ length: 9 }, (_, i) => `s${i}.example.jp`)).ok).toBe(false);
    expect(start(Array.from({ length: 8 }, (_, i) => `s${i}.example.jp`)).ok).toBe(true);
  });

  it('reads a blank server as not given', () => {
    const r = parseStartRequest({ runId: RUN_ID, email: 'a@example.jp', server: '  ' });
    expect(r).toEqual({ ok: true, value: { runId: RUN_ID, email: 'a@example.jp' } });
  });

  it.each(MAIL_PORTS)('accepts mail port %i', (port) => {
    expect(parseStartRequest({ runId: RUN_ID, email: 'a@example.jp', port }).ok).toBe(true);
  });

  it.each([22, 80, 443, 3306, 0, -1, 65536, 587.5, Number.NaN])('refuses port %s', (port) => {
    const r = parseStartRequest({ runId: RUN_ID, email: 'a@example.jp', port });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(/^port/);
  });

  it('refuses a port given as a string', () => {
    expect(parseStartRequest({ runId: RUN_ID, email: 'a@example.jp', port: '587' })).toEqual({
      ok: false,
      message: 'port must be a number',
    });
  });

  it.each([
    [null, 'request must be an object'],
    ['taro@example.jp', 'request must be an object'],
    [[RUN_ID, 'a@example.jp'], 'request must be an object'],
    [new Date(), 'request must be a plain object'],
    [{ email: 'a@example.jp' }, 'runId must be a UUID string'],
    [{ runId: 'not-a-uuid', email: 'a@example.jp' }, 'runId must be a UUID string'],
    [{ runId: RUN_ID }, 'email must be a string'],
    [
      { runId: RUN_ID, email: 'no-at-sign' },
      'email: The email address has no @. Example: taro@example.jp',
    ],
    [{ runId: RUN_ID, email: 'x'.repeat(600) }, 'email is too long'],
    [{ runId: RUN_ID, email: 'a@example.jp', server: 'smtp://x' }, /^server: /],
    [{ runId: RUN_ID, email: 'a@example.jp', server: 5 }, 'server must be a string'],
    [
      { runId: RUN_ID, email: 'a@example.jp', mailProgram: 'outlook' },
      /^mailProgram must be one of/,
    ],
    [{ runId: RUN_ID, email: 'a@example.jp', host: 'evil' }, 'unexpected field(s): "host"'],
  ])('refuses %j', (raw, message) => {
    const r = parseStartRequest(raw);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(message);
  });

  it('knows every mail program', () => {
    for (const mailProgram of MAIL_PROGRAMS) {
      expect(parseStartRequest({ runId: RUN_ID, email: 'a@example.jp', mailProgram }).ok).toBe(
        true,
      );
    }
  });

  it('accepts an object without a prototype', () => {
    const raw = Object.assign(Object.create(null) as object, {
      runId: RUN_ID,
      email: 'a@example.jp',
    });
    expect(parseStartRequest(raw).ok).toBe(true);
  });
});

describe('parseCancelRequest', () => {
  it('accepts a runId', () => {
    expect(parseCancelRequest({ runId: RUN_ID })).toEqual({ ok: true, value: { runId: RUN_ID } });
  });
  it('refuses anything else', () => {
    expect(parseCancelRequest({ runId: RUN_ID, all: true }).ok).toBe(false);
    expect(parseCancelRequest({}).ok).toBe(false);
  });
});

describe('parseLoginTestRequest', () => {
  const secret = 'Correct-Horse-9';

  it('accepts a runId and a password', () => {
    expect(parseLoginTestRequest({ runId: RUN_ID, password: secret })).toEqual({
      ok: true,
      value: { runId: RUN_ID, password: secret },
    });
  });

  it('accepts a password of the maximum length, and Unicode', () => {
    expect(
      parseLoginTestRequest({ runId: RUN_ID, password: 'p'.repeat(MAX_PASSWORD_LENGTH) }).ok,
    ).toBe(true);
    expect(parseLoginTestRequest({ runId: RUN_ID, password: 'パスワード' }).ok).toBe(true);
  });

  it.each([
    ['', 'password must not be empty'],
    [
      'p'.repeat(MAX_PASSWORD_LENGTH + 1),
      `password must be at most ${MAX_PASSWORD_LENGTH} characters`,
    ],
    [`${secret}\r\n`, 'password must not contain control characters'],
    [`${secret}\u0000`, 'password must not contain control characters'],
    [`${secret}\u0085`, 'password must not contain control characters'],
  ])('refuses a bad password without echoing it (%#)', (password, message) => {
    const r = parseLoginTestRequest({ runId: RUN_ID, password });
    expect(r).toEqual({ ok: false, message });
  });

  it('never echoes any password it refuses (property)', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 4, maxLength: 1100, unit: 'binary' }), (password) => {
        const r = parseLoginTestRequest({ runId: RUN_ID, password });
        if (!r.ok) expect(r.message.includes(password)).toBe(false);
      }),
    );
  });
});

describe('parseAppInfoRequest', () => {
  it('accepts nothing or an empty object', () => {
    expect(parseAppInfoRequest(undefined)).toEqual({ ok: true, value: {} });
    expect(parseAppInfoRequest({})).toEqual({ ok: true, value: {} });
    expect(parseAppInfoRequest({ a: 1 }).ok).toBe(false);
    expect(parseAppInfoRequest('x').ok).toBe(false);
  });
});

describe('every validator, on random input', () => {
  const anyPayload = fc.oneof(
    fc.anything({
      withNullPrototype: true,
      withMap: true,
      withSet: true,
      withDate: true,
      withTypedArray: true,
    }),
    fc.record(
      {
        runId: fc.oneof(fc.uuid(), fc.string()),
        email: fc.oneof(fc.emailAddress(), fc.string({ unit: 'binary' })),
        server: fc.oneof(fc.domain(), fc.string({ unit: 'binary' }), fc.constant(undefined)),
        port: fc.oneof(
          fc.integer({ min: -10, max: 70000 }),
          fc.double(),
          fc.constantFrom(...MAIL_PORTS),
        ),
        mailProgram: fc.oneof(fc.constantFrom(...MAIL_PROGRAMS), fc.string()),
        password: fc.string({ unit: 'binary', maxLength: 1100 }),
      },
      { requiredKeys: [] },
    ),
  );

  for (const [channel, validate] of Object.entries(ipcValidators)) {
    it(`${channel}: never throws, always answers ok or a message`, () => {
      fc.assert(
        fc.property(anyPayload, (raw) => {
          const r = validate(raw);
          if (r.ok) {
            expect(typeof r.value).toBe('object');
          } else {
            expect(typeof r.message).toBe('string');
            expect(r.message.length).toBeGreaterThan(0);
            expect(r.message.length).toBeLessThan(400);
          }
        }),
        { numRuns: 500 },
      );
    });
  }

  it('diagnosis:start lets through only mail ports', () => {
    fc.assert(
      fc.property(fc.uuid(), fc.integer({ min: 1, max: 65535 }), (runId, port) => {
        const r = parseStartRequest({ runId, email: 'a@example.jp', port });
        expect(r.ok).toBe((MAIL_PORTS as readonly number[]).includes(port));
      }),
    );
  });
});
