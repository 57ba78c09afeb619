import { describe, expect, it, vi } from 'vitest';
import { build } from 'esbuild';
import type { IpcRendererEvent } from 'electron';
import type { SendCheckApi } from '../shared/ipc-methods.js';
import { must } from '../test/support/ipc-fakes.js';

type Forward = (event: IpcRendererEvent, payload: unknown) => void;

const electron = vi.hoisted(() => {
  const exposed = new Map<string, unknown>();
  const listeners = new Map<string, Set<Forward>>();
  return {
    exposed,
    listeners,
    contextBridge: {
      exposeInMainWorld: vi.fn((key: string, value: unknown) => exposed.set(key, value)),
    },
    ipcRenderer: {
      invoke: vi.fn(async (channel: string, req: unknown) => ({
        ok: true,
        value: { channel, req },
      })),
      on: vi.fn((channel: string, l: Forward) => {
        const set = listeners.get(channel) ?? new Set<Forward>();
        set.add(l);
        listeners.set(channel, set);
      }),
      removeListener: vi.fn((channel: string, l: Forward) => listeners.get(channel)?.delete(l)),
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

describe('preload', () => {
  it('exposes exactly one object, window.sendcheck, with exactly the API’s functions', () => {
    expect(electron.contextBridge.exposeInMainWorld).toHaveBeenCalledTimes(1);
    expect([...electron.exposed.keys()]).toEqual(['sendcheck']);
    expect(Object.keys(api).sort()).toEqual(
      [
        'appInfo',
        'cancelDiagnosis',
        'language',
        // Accounts, check again, reports, codes, provider look-up.
        'listAccounts',
        'fixAccount',
        'undoFix',
        'checkSettings',
        'saveReport',
        'openReport',
        'encodeCode',
        'decodeCode',
        'lookupProvider',
        'loginTest',
        'onProgress',
        'onStaffOpen',
        'startDiagnosis',
      ].sort(),
    );
    for (const value of Object.values(api)) expect(typeof value).toBe('function');
  });

  it('never exposes ipcRenderer or anything of it', () => {
    for (const value of Object.values(api)) {
      expect(value).not.toBe(electron.ipcRenderer);
      expect(Object.values(electron.ipcRenderer)).not.toContain(value);
    }
  });

  it('maps each call to its channel with one request object', async () => {
    await api.startDiagnosis({ runId: RUN, email: 'a@example.jp' });
    await api.cancelDiagnosis({ runId: RUN });
    await api.loginTest({ runId: RUN, password: 'pw' });
    await api.appInfo();
    await must(api.language)({ lang: 'en' });
    expect(electron.ipcRenderer.invoke.mock.calls).toEqual([
      ['diagnosis:start', { runId: RUN, email: 'a@example.jp' }],
      ['diagnosis:cancel', { runId: RUN }],
      ['diagnosis:login-test', { runId: RUN, password: 'pw' }],
      ['app:info', {}],
      ['settings:language', { lang: 'en' }],
    ]);
  });

  it('answers an error instead of rejecting when the main process fails', async () => {
    electron.ipcRenderer.invoke.mockRejectedValueOnce(
      new Error("No handler registered for 'app:info'"),
    );
    await expect(api.appInfo()).resolves.toEqual({
      ok: false,
      code: 'internal',
      message: 'the main process did not answer',
    });
  });

  it('gives progress listeners the payload only, and unsubscribes', () => {
    const got: unknown[] = [];
    const off = api.onProgress((p) => got.push(p));
    const forwards = [...(electron.listeners.get('diagnosis:progress') ?? [])];
    expect(forwards).toHaveLength(1);
    const payload = { runId: RUN, event: { type: 'phase', phase: 'resolve', at: 0 } };
    const fakeEvent = { sender: electron.ipcRenderer, senderId: 0 } as unknown as IpcRendererEvent;
    must(forwards[0])(fakeEvent, payload);
    expect(got).toEqual([payload]);
    off();
    expect(electron.listeners.get('diagnosis:progress')?.size).toBe(0);
  });

  it('refuses a listener that is not a function', () => {
    expect(() => api.onProgress('x' as unknown as () => void)).toThrow(TypeError);
    expect(() => must(api.onStaffOpen)('x' as unknown as () => void)).toThrow(TypeError);
  });

  it('tells the menu’s "open the staff console" with nothing of the event, and unsubscribes', () => {
    const got: unknown[][] = [];
    const off = must(api.onStaffOpen)((...args: unknown[]) => got.push(args));
    const forwards = [...(electron.listeners.get('staff:open') ?? [])];
    expect(forwards).toHaveLength(1);
    const fakeEvent = { sender: electron.ipcRenderer, senderId: 0 } as unknown as IpcRendererEvent;
    must(forwards[0])(fakeEvent, {});
    expect(got).toEqual([[]]);
    off();
    expect(electron.listeners.get('staff:open')?.size).toBe(0);
  });
});

describe('the preload bundle', () => {
  it('is one CommonJS file that requires nothing but electron (so the sandbox can stay on)', async () => {
    const out = await build({
      entryPoints: ['electron/preload.ts'],
      bundle: true,
      platform: 'browser',
      format: 'cjs',
      external: ['electron'],
      write: false,
      logLevel: 'silent',
    });
    expect(out.outputFiles).toHaveLength(1);
    const code = must(out.outputFiles[0]).text;
    const requires = [...code.matchAll(/require\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1]);
    expect(new Set(requires)).toEqual(new Set(['electron']));
    expect(code).not.toMatch(/\bimport\s*\(/);
  });
});
