/**
 * Boot test of the BUILT preload (build/preload/preload.cjs). A sandboxed preload gets a require
 * that knows only a handful of modules, so the bundle is run here the same way: in the CommonJS
 * wrapper, with a require that answers 'electron' (a recording fake) and refuses everything else.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { SendCheckApi } from '../../shared/ipc-methods.js';
import { API_METHODS, IPC_CHANNELS } from '../../shared/ipc-methods.js';
import { ipcValidators } from '../../shared/ipc-validators.js';
import { BUILT, buildApp } from '../support/built-app.js';

let root = '';
let code = '';

/** Runs the bundle once; returns what it required, exposed and invoked. */
function runPreload() {
  const required: string[] = [];
  const exposed = new Map<string, unknown>();
  const invoked: Array<[string, unknown]> = [];
  const electron = {
    contextBridge: { exposeInMainWorld: (key: string, value: unknown) => exposed.set(key, value) },
    ipcRenderer: {
      invoke: async (channel: string, request: unknown) => {
        invoked.push([channel, request]);
        return { ok: true, value: null };
      },
      on: () => {},
      removeListener: () => {},
    },
  };
  const sandboxRequire = (name: string): unknown => {
    required.push(name);
    if (name === 'electron') return electron;
    throw new Error(`module not found: ${name}`);
  };
  const module = { exports: {} };
  // The CommonJS wrapper, as Node and Electron's sandboxed preload loader apply it.
  const wrapper = new Function('exports', 'require', 'module', '__filename', '__dirname', code) as (
    ...args: unknown[]
  ) => void;
  wrapper(module.exports, sandboxRequire, module, 'preload.cjs', '.');
  return { required, exposed, invoked };
}

beforeAll(async () => {
  root = await buildApp('sendcheck-preload-');
  code = readFileSync(path.join(root, BUILT.preload), 'utf8');
}, 120_000);

afterAll(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

describe('the built preload bundle', () => {
  it('requires nothing but electron, when run as a sandboxed preload', () => {
    expect(runPreload().required).toEqual(['electron']);
    const calls = [...code.matchAll(/\brequire\(\s*["'`]([^"'`]+)["'`]\s*\)/g)].map((m) => m[1]);
    expect(new Set(calls)).toEqual(new Set(['electron']));
  });

  it('exposes window.sendcheck only, made of functions, and calls the contract’s channels', async () => {
    const { exposed, invoked } = runPreload();
    expect([...exposed.keys()]).toEqual(['sendcheck']);
    const api = exposed.get('sendcheck') as SendCheckApi;
    for (const value of Object.values(api)) expect(typeof value).toBe('function');
    await api.cancelDiagnosis({ runId: '3b241101-e2bb-4255-8caf-4136c566a962' });
    await api.appInfo();
    expect(invoked).toEqual([
      ['diagnosis:cancel', { runId: '3b241101-e2bb-4255-8caf-4136c566a962' }],
      ['app:info', {}],
    ]);
  });

  it('exposes exactly the functions of the one channel table, each calling its own channel', async () => {
    const { exposed, invoked } = runPreload();
    const api = exposed.get('sendcheck') as Record<string, (req?: unknown) => Promise<unknown>>;
    expect(Object.keys(api).sort()).toEqual(API_METHODS);
    // Every channel main registers (the validators' keys) has its function, and it calls that channel.
    expect(Object.keys(IPC_CHANNELS).sort()).toEqual(Object.keys(ipcValidators).sort());
    for (const [channel, { method }] of Object.entries(IPC_CHANNELS)) {
      const before = invoked.length;
      await api[method]?.({});
      expect(invoked.slice(before), method).toEqual([[channel, {}]]);
    }
  });
});
