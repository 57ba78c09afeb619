import { describe, expect, it, vi } from 'vitest';
import type { SendCheckApi } from '../shared/ipc-methods.js';
import { must, sampleReport } from '../test/support/ipc-fakes.js';

const electron = vi.hoisted(() => {
  const exposed = new Map<string, unknown>();
  return {
    exposed,
    contextBridge: {
      exposeInMainWorld: vi.fn((key: string, value: unknown) => exposed.set(key, value)),
    },
    ipcRenderer: {
      invoke: vi.fn(async () => ({ ok: true, value: {} })),
      on: vi.fn(),
      removeListener: vi.fn(),
    },
  };
});
vi.mock('electron', () => ({
  contextBridge: electron.contextBridge,
  ipcRenderer: electron.ipcRenderer,
}));

await import('./preload.js');
const api = electron.exposed.get('sendcheck') as SendCheckApi;
const RUN = '3b241101-e2bb-4255-8caf-4136c566a962';

describe('preload: the account, report and staff calls', () => {
  it('maps each call to its channel with one request object', async () => {
    const report = sampleReport();
    await must(api.listAccounts)({});
    await must(api.fixAccount)({ accountId: 'thunderbird:p:smtp1', runId: RUN });
    await must(api.undoFix)({ accountId: 'thunderbird:p:smtp1' });
    await must(api.checkSettings)({ runId: RUN, email: 'a@example.jp', accountId: 'x' });
    await must(api.saveReport)({ report, lang: 'ja' });
    await must(api.openReport)({});
    await must(api.encodeCode)({ report });
    await must(api.decodeCode)({ code: 'K7QM-2XDA-9PQRX' });
    await must(api.lookupProvider)({ email: 'a@example.jp' });
    expect(electron.ipcRenderer.invoke.mock.calls).toEqual([
      ['accounts:list', {}],
      ['accounts:fix', { accountId: 'thunderbird:p:smtp1', runId: RUN }],
      ['accounts:undo', { accountId: 'thunderbird:p:smtp1' }],
      ['diagnosis:check', { runId: RUN, email: 'a@example.jp', accountId: 'x' }],
      ['report:save', { report, lang: 'ja' }],
      ['report:open', {}],
      ['code:encode', { report }],
      ['code:decode', { code: 'K7QM-2XDA-9PQRX' }],
      ['provider:lookup', { email: 'a@example.jp' }],
    ]);
  });
});
