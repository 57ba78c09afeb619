import { describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import type { IpcMainInvokeEvent } from 'electron';
import type { IpcChannel } from '../../shared/ipc-contract.js';
import { ipcValidators } from '../../shared/ipc-validators.js';
import { FakeWebContents, invokeEvent, sampleReport } from '../../test/support/ipc-fakes.js';
import { trustWebContents } from './trusted-senders.js';

type Listener = (event: IpcMainInvokeEvent, ...args: unknown[]) => Promise<unknown>;

const electron = vi.hoisted(() => {
  const listeners = new Map<string, Listener>();
  return {
    listeners,
    ipcMain: { handle: vi.fn((channel: string, l: Listener) => listeners.set(channel, l)) },
    app: {
      getVersion: () => '0.1.0',
      getPreferredSystemLanguages: () => ['ja-JP', 'en-US'],
      getLocale: () => 'ja',
    },
    // Chromium's proxy resolution, as a PAC file on a company network would answer it.
    session: {
      defaultSession: {
        resolveProxy: vi.fn(async (url: string) =>
          url === 'https://www.google.com/' ? 'PROXY proxy.corp.example:8080; DIRECT' : 'DIRECT',
        ),
      },
    },
  };
});
vi.mock('electron', () => ({
  ipcMain: electron.ipcMain,
  app: electron.app,
  session: electron.session,
}));

// The real engine would reach the network; here it answers at once with a canned report.
const engine = vi.hoisted(() => ({
  runDiagnosis: vi.fn(async () => ({}) as unknown),
  runLoginTest: vi.fn(async () => ({}) as unknown),
}));
vi.mock('../engine/index.js', () => engine);

const { defaultDeps, setupIpc } = await import('./register.js');

const CHANNELS: IpcChannel[] = [
  'diagnosis:start',
  'diagnosis:cancel',
  'diagnosis:login-test',
  'app:info',
  'settings:language',
];

// The language setting as main has it, in memory: the IPC path is what is tested here.
const language = {
  state: { lang: 'ja' as const, source: 'system' as const } as {
    lang: 'ja' | 'en';
    source: 'saved' | 'system';
  },
  current: () => language.state,
  choose: async (lang: 'ja' | 'en') => (language.state = { lang, source: 'saved' }),
};
setupIpc(defaultDeps(language));
engine.runDiagnosis.mockImplementation(async () => sampleReport());
engine.runLoginTest.mockImplementation(async () => sampleReport());

const wc = new FakeWebContents();
trustWebContents(wc.asWebContents());

function listener(channel: IpcChannel): Listener {
  const l = electron.listeners.get(channel);
  if (!l) throw new Error(`${channel} not registered`);
  return l;
}

describe('setupIpc', () => {
  it('registers exactly the channels of the contract', () => {
    // The account, report and staff channels are exercised with fake mail programs in
    // register-fix.test.ts; every channel main knows has a validator.
    expect([...electron.listeners.keys()].sort()).toEqual(Object.keys(ipcValidators).sort());
  });

  it('answers app:info from the app', async () => {
    expect(await listener('app:info')(invokeEvent(wc), {})).toEqual({
      ok: true,
      value: { version: '0.1.0', locale: 'ja-JP', platform: process.platform },
    });
  });

  it('tells the language, and remembers the one the user chooses', async () => {
    const tell = listener('settings:language');
    expect(await tell(invokeEvent(wc), {})).toEqual({
      ok: true,
      value: { lang: 'ja', source: 'system' },
    });
    expect(await tell(invokeEvent(wc), { lang: 'en' })).toEqual({
      ok: true,
      value: { lang: 'en', source: 'saved' },
    });
    expect(await tell(invokeEvent(wc), { lang: 'fr' })).toMatchObject({
      ok: false,
      code: 'bad_request',
    });
    expect(await tell(invokeEvent(new FakeWebContents()), { lang: 'ja' })).toMatchObject({
      ok: false,
      code: 'forbidden',
    });
    expect(language.state.lang).toBe('en');
  });

  it('runs a diagnosis end to end through the real wrapper and validators', async () => {
    const res = await listener('diagnosis:start')(invokeEvent(wc), {
      runId: '3b241101-e2bb-4255-8caf-4136c566a962',
      email: 'taro@example.jp',
    });
    expect(res).toMatchObject({ ok: true, value: { verdict: { code: 'port25_blocked' } } });
  });

  it("gives the engine Chromium's proxy for each web control", async () => {
    engine.runDiagnosis.mockClear();
    await listener('diagnosis:start')(invokeEvent(wc), {
      runId: '9c1f2d6e-34a1-4f7e-9b8e-0d5a8f3c2b71',
      email: 'taro@example.jp',
    });
    const call = engine.runDiagnosis.mock.calls[0] as unknown[] | undefined;
    const options = call?.[1] as { config?: Record<string, unknown> } | undefined;
    expect(options?.config).toEqual({
      webProxyByHost: {
        'www.google.com': {
          host: 'proxy.corp.example',
          port: 8080,
          source: 'chromium',
          bypass: [],
        },
        'www.apple.com': null,
      },
    });
    expect(electron.session.defaultSession.resolveProxy).toHaveBeenCalledWith(
      'https://www.apple.com/',
    );
  });
});

describe('random payloads (fast-check)', () => {
  const payload = fc.oneof(
    fc.anything({
      withNullPrototype: true,
      withBigInt: true,
      withDate: true,
      withMap: true,
      withSet: true,
      withTypedArray: true,
      withSparseArray: true,
    }),
    fc.record(
      {
        runId: fc.oneof(fc.uuid(), fc.string(), fc.integer()),
        email: fc.oneof(fc.emailAddress(), fc.string({ unit: 'grapheme' }), fc.constant(null)),
        server: fc.oneof(fc.domain(), fc.ipV4(), fc.ipV6(), fc.string()),
        port: fc.oneof(fc.integer(), fc.constantFrom(25, 465, 587, 2525), fc.string()),
        mailProgram: fc.string(),
        password: fc.string({ unit: 'binary', maxLength: 1200 }),
      },
      { requiredKeys: [] },
    ),
  );
  const extraArgs = fc.array(fc.anything(), { maxLength: 2 });

  for (const channel of CHANNELS) {
    it(`${channel}: never throws and always answers a result union`, async () => {
      await fc.assert(
        fc.asyncProperty(payload, extraArgs, fc.boolean(), async (raw, extra, fromStranger) => {
          const sender = fromStranger ? new FakeWebContents() : wc;
          const res = (await listener(channel)(invokeEvent(sender), raw, ...extra)) as {
            ok: boolean;
            code?: string;
            message?: string;
          };
          if (fromStranger) {
            expect(res).toEqual({
              ok: false,
              code: 'forbidden',
              message: 'sender is not the app window',
            });
          } else if (!res.ok) {
            expect(['bad_request', 'not_found', 'cancelled']).toContain(res.code);
            expect(typeof res.message).toBe('string');
            expect(String(res.message).length).toBeGreaterThan(0);
          }
        }),
        { numRuns: 300 },
      );
    });
  }
});
