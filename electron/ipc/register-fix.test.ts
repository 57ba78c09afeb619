import { describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import type { IpcMainInvokeEvent } from 'electron';
import type { IpcChannel } from '../../shared/ipc-contract.js';
import { FakeWebContents, invokeEvent, sampleReport } from '../../test/support/ipc-fakes.js';
import type { FixDeps } from './all-handlers.js';
import { trustWebContents } from './trusted-senders.js';

type Listener = (event: IpcMainInvokeEvent, ...args: unknown[]) => Promise<unknown>;

const electron = vi.hoisted(() => {
  const listeners = new Map<string, Listener>();
  return {
    listeners,
    ipcMain: { handle: vi.fn((channel: string, l: Listener) => listeners.set(channel, l)) },
    app: {
      getVersion: () => '0.1.0',
      getPreferredSystemLanguages: () => ['ja-JP'],
      getLocale: () => 'ja',
    },
  };
});
vi.mock('electron', () => ({ ipcMain: electron.ipcMain, app: electron.app }));

// Neither the network nor the developer's own mail programs: a canned engine and no accounts.
vi.mock('../engine/index.js', () => ({
  runDiagnosis: vi.fn(async () => sampleReport()),
  runLoginTest: vi.fn(async () => sampleReport()),
}));

const { defaultDeps, setupIpc } = await import('./register.js');

const CHANNELS: IpcChannel[] = [
  'accounts:list',
  'accounts:fix',
  'accounts:undo',
  'diagnosis:check',
  'report:save',
  'report:open',
  'code:encode',
  'code:decode',
  'provider:lookup',
];

const fix: FixDeps = {
  accounts: {
    listAccounts: async () => ({ accounts: [], programs: [] }),
    readAccount: async () => null,
    fixAccount: async () => ({ ok: false, code: 'not_found', detail: '' }),
    undoAccountFix: async () => ({ ok: false, code: 'not_found', detail: '' }),
    runCheck: async () => ({ works: false, login: 'not_tried', report: sampleReport() }),
    confirmWrite: async () => false,
  },
  reports: {
    appVersion: () => '0.1.0',
    lang: () => 'ja',
    chooseSavePath: async () => null,
    chooseOpenPath: async () => null,
    writeText: async () => undefined,
    readCapped: async () => ({ tooLarge: true }),
  },
};
const language = {
  current: () => ({ lang: 'ja' as const, source: 'system' as const }),
  choose: async (lang: 'ja' | 'en') => ({ lang, source: 'saved' as const }),
};
setupIpc(defaultDeps(language), fix);

const wc = new FakeWebContents();
trustWebContents(wc.asWebContents());

describe('the account, report and staff channels under random payloads (fast-check)', () => {
  const payload = fc.oneof(
    fc.anything({ withNullPrototype: true, withBigInt: true, withMap: true, withTypedArray: true }),
    fc.record(
      {
        runId: fc.oneof(fc.uuid(), fc.string()),
        email: fc.oneof(fc.emailAddress(), fc.string()),
        accountId: fc.oneof(fc.string({ maxLength: 600 }), fc.integer()),
        server: fc.oneof(fc.domain(), fc.string()),
        port: fc.oneof(fc.constantFrom(25, 465, 587), fc.integer()),
        password: fc.string({ unit: 'binary', maxLength: 1200 }),
        code: fc.oneof(fc.string({ maxLength: 300 }), fc.constant('K7QM-2XDA-9PQRX')),
        lang: fc.constantFrom('ja', 'en', 'fr'),
        report: fc.oneof(fc.constant(sampleReport()), fc.anything()),
      },
      { requiredKeys: [] },
    ),
  );

  for (const channel of CHANNELS) {
    it(`${channel}: never throws, always a result union, strangers refused`, async () => {
      const listener = electron.listeners.get(channel);
      if (!listener) throw new Error(`${channel} not registered`);
      await fc.assert(
        fc.asyncProperty(payload, fc.boolean(), async (raw, fromStranger) => {
          const sender = fromStranger ? new FakeWebContents() : wc;
          const res = (await listener(invokeEvent(sender), raw)) as { ok: boolean; code?: string };
          if (fromStranger) expect(res).toMatchObject({ ok: false, code: 'forbidden' });
          else if (!res.ok) expect(['bad_request', 'not_found', 'cancelled']).toContain(res.code);
        }),
        { numRuns: 200 },
      );
    });
  }
});
