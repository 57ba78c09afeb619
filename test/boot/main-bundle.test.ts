/**
 * Boot test of the BUILT main bundle (build/main/main.cjs, as electron-builder packs it): loaded
 * under plain Node with a recording fake of `electron`, it must register app:// before ready,
 * sandbox every renderer, take the single-instance lock, register every IPC channel before the
 * first window, guard navigation, and serve the built renderer over app:// and nothing else.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, rmSync } from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';
import { ipcValidators } from '../../shared/ipc-validators.js';
import { startNavigation } from '../support/electron-navigation.js';
import { BUILT, buildApp } from '../support/built-app.js';
import {
  createFakeElectron,
  FakeWebContents,
  loadBundleWithFake,
  type FakeElectron,
} from './fake-electron.js';
import { must } from '../support/ipc-fakes.js';
import { makeTempDir as newTempDir } from '../support/temp-dir.js';

let root = '';
let userData = '';
const made: string[] = [];
/** A temporary folder, removed after the tests. */
function makeTempDir(prefix: string): string {
  const dir = newTempDir(prefix);
  made.push(dir);
  return dir;
}
const version = (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version;

/** Loads the built main bundle once with a fresh fake; the app is not ready yet. */
function boot(opts: { lock?: boolean; failOn?: string; userData?: string } = {}) {
  const fake = createFakeElectron({
    appPath: root,
    userData: opts.userData ?? userData,
    version,
    singleInstanceLock: opts.lock ?? true,
    systemLanguages: ['ja-JP', 'en-US'],
    ...(opts.failOn !== undefined ? { failOn: opts.failOn } : {}),
  });
  const requested = loadBundleWithFake(path.join(root, BUILT.main), fake);
  return { fake, requested };
}

/** Makes the fake app ready and waits until the main process has opened its window. */
async function bootReady(opts: { userData?: string } = {}) {
  const booted = boot(opts);
  booted.fake.becomeReady();
  for (let i = 0; i < 200 && booted.fake.windows.length === 0; i++)
    await new Promise((r) => setTimeout(r, 5));
  expect(booted.fake.windows.length, 'a window was opened once ready').toBe(1);
  return booted;
}

beforeAll(async () => {
  root = await buildApp('sendcheck-boot-');
  userData = makeTempDir('sendcheck-userdata-');
}, 120_000);

afterAll(() => {
  for (const dir of [root, ...made]) if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('the built main bundle, before the app is ready', () => {
  it('registers app:// as a privileged standard, secure scheme, turns the sandbox on and takes the lock', () => {
    const { fake } = boot();
    const names = fake.calls.map((c) => c.name);
    expect(fake.calls.every((c) => !c.afterReady)).toBe(true);
    const scheme = fake.calls.find((c) => c.name === 'protocol.registerSchemesAsPrivileged');
    expect(scheme?.args[0]).toEqual([
      expect.objectContaining({
        scheme: 'app',
        privileges: expect.objectContaining({ standard: true, secure: true }),
      }),
    ]);
    expect(names).toContain('app.enableSandbox');
    expect(names).toContain('app.requestSingleInstanceLock');
    expect(names.indexOf('protocol.registerSchemesAsPrivileged')).toBeLessThan(
      names.indexOf('app.whenReady'),
    );
    expect(names).not.toContain('new BrowserWindow');
  });

  it('quits, and opens nothing, when another instance holds the lock', async () => {
    const { fake } = boot({ lock: false });
    fake.becomeReady();
    await new Promise((r) => setTimeout(r, 50));
    expect(fake.calls.map((c) => c.name)).toContain('app.quit');
    expect(fake.windows).toEqual([]);
  });

  it('requires only Node built-ins and electron: every package is bundled in', () => {
    const { requested } = boot();
    expect(requested).toContain('electron');
    for (const name of requested.filter((n) => n !== 'electron'))
      expect(builtinModules.includes(name.replace(/^node:/, '')), name).toBe(true);
  });
});

describe('the built main bundle, once ready', () => {
  it('registers every IPC channel of the contract before the first window exists', async () => {
    const { fake } = await bootReady();
    const names = fake.calls.map((c) => c.name);
    const firstWindow = names.indexOf('new BrowserWindow');
    const registered = fake.calls
      .slice(0, firstWindow)
      .filter((c) => c.name === 'ipcMain.handle')
      .map((c) => c.args[0]);
    expect([...registered].sort()).toEqual(Object.keys(ipcValidators).sort());
    expect(names.indexOf('protocol.handle')).toBeLessThan(firstWindow);
    expect(names.indexOf('session.setPermissionRequestHandler')).toBeLessThan(firstWindow);
  });

  it('opens one sandboxed, isolated window with the built preload, loading app://sendcheck/', async () => {
    const { fake } = await bootReady();
    const win = fake.windows[0];
    const prefs = win?.options['webPreferences'] as Record<string, unknown>;
    expect(prefs).toMatchObject({
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      webSecurity: true,
      preload: path.join(root, BUILT.preload),
    });
    expect(readFileSync(prefs['preload'] as string, 'utf8').length).toBeGreaterThan(0);
    expect(win?.loaded).toEqual(['app://sendcheck/index.html']);
  });

  it('guards every web contents: a clicked https link goes to the system browser, nothing navigates', async () => {
    const { fake } = await bootReady();
    const contents = new FakeWebContents();
    fake.appEvents.get('web-contents-created')?.({}, contents);
    expect(startNavigation(contents, 'https://www.rfc-editor.org/rfc/rfc6409').cancelled).toBe(
      true,
    );
    expect(startNavigation(contents, 'file:///etc/passwd').cancelled).toBe(true);
    expect(contents.openHandler?.({ url: 'https://example.jp/' })).toEqual({ action: 'deny' });
    await new Promise((r) => setTimeout(r, 10));
    expect(fake.opened).toEqual(['https://www.rfc-editor.org/rfc/rfc6409', 'https://example.jp/']);
  });
});

describe('app:// in the built bundle, serving the built renderer', () => {
  async function handler() {
    const { fake } = await bootReady();
    const serve = fake.protocolHandlers.get('app');
    if (!serve) throw new Error('app:// has no handler');
    return (url: string, method = 'GET') => serve(new Request(url, { method }));
  }

  it('serves index.html and every asset it links, with their real MIME types and the CSP', async () => {
    const get = await handler();
    const index = await get('app://sendcheck/index.html');
    expect(index.status).toBe(200);
    expect(index.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(index.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(index.headers.get('x-content-type-options')).toBe('nosniff');
    const html = await index.text();
    expect(html).toBe(readFileSync(path.join(root, BUILT.renderer, 'index.html'), 'utf8'));

    const assets = [...html.matchAll(/(?:src|href)="\.?\/?(assets\/[^"]+)"/g)].map((m) => m[1]);
    const kinds = new Set(assets.map((a) => path.extname(a ?? '')));
    expect(kinds).toEqual(new Set(['.js', '.css']));
    const mime = { '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8' };
    for (const asset of assets) {
      const res = await get(`app://sendcheck/${asset}`);
      expect(res.status, asset).toBe(200);
      expect(res.headers.get('content-type'), asset).toBe(
        mime[path.extname(asset ?? '') as '.js' | '.css'],
      );
    }
    expect((await get('app://sendcheck/')).headers.get('content-type')).toBe(
      'text/html; charset=utf-8',
    );
  });

  it.each([
    'app://sendcheck/%2e%2e/package.json',
    'app://sendcheck/..%2fpackage.json',
    'app://sendcheck/assets/..%2f..%2f..%2fpackage.json',
    'app://sendcheck/..%5c..%5cpackage.json',
    'app://sendcheck/%2e%2e%2f%2e%2e%2fmain%2fmain.cjs',
    'app://sendcheck/C:/Windows/win.ini',
    'app://sendcheck/index.html%00.png',
    'app://other/index.html',
    'app://sendcheck/no-such-file.js',
  ])('refuses %s with a 404 and no body', async (url) => {
    const get = await handler();
    const res = await get(url);
    expect(res.status).toBe(404);
    expect(await res.text()).toBe('');
  });

  it('answers only GET and HEAD', async () => {
    const get = await handler();
    expect((await get('app://sendcheck/index.html', 'POST')).status).toBe(405);
    const head = await get('app://sendcheck/index.html', 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });
});

/** Waits until the fake has recorded a call by that name (the app works through promises). */
async function until(fake: FakeElectron, name: string): Promise<void> {
  for (let i = 0; i < 200 && !fake.calls.some((c) => c.name === name); i++)
    await new Promise((r) => setTimeout(r, 5));
}

/** What the app did on failing: the dialog's text, and whether it released the lock and exited. */
function failure(fake: FakeElectron) {
  const names = fake.calls.map((c) => c.name);
  const box = fake.calls.find((c) => c.name === 'dialog.showErrorBox');
  return {
    title: String(box?.args[0] ?? ''),
    content: String(box?.args[1] ?? ''),
    released: names.includes('app.releaseSingleInstanceLock'),
    exit: fake.calls.find((c) => c.name === 'app.exit')?.args,
    // The lock goes before the process does, so the next start is never turned away.
    order: names.indexOf('app.releaseSingleInstanceLock') < names.indexOf('app.exit'),
  };
}

const logFile = (dir: string) => path.join(dir, 'logs', 'sendcheck.log');

describe('the built main bundle never fails silently', () => {
  it('a throw inside whenReady: a bilingual dialog naming the log, the lock released, exit 1, no window', async () => {
    const data = makeTempDir('sendcheck-userdata-');
    const { fake } = boot({ failOn: 'protocol.handle', userData: data });
    fake.becomeReady();
    await until(fake, 'app.exit');
    const f = failure(fake);
    expect(f.title).toBe('SendCheck を起動できませんでした / SendCheck could not start');
    expect(f.content).toContain('SendCheck の起動中に問題が起きたため、終了します。');
    expect(f.content).toContain(
      'Something went wrong while SendCheck was starting, so it will close.',
    );
    expect(f.content).toContain('protocol.handle failed');
    // Both languages name the log file, and the log holds the start and the failure.
    expect(f.content.split(logFile(data)).length).toBe(3);
    expect({ released: f.released, exit: f.exit, order: f.order }).toEqual({
      released: true,
      exit: [1],
      order: true,
    });
    expect(fake.windows).toEqual([]);
    const log = readFileSync(logFile(data), 'utf8');
    expect(log).toMatch(/ start: SendCheck \S+, Electron /);
    expect(log).toMatch(/ startup failed: Error: protocol\.handle failed/);
  });

  it('a throw before the app is ready is caught the same way', () => {
    const { fake } = boot({ failOn: 'app.enableSandbox' });
    const f = failure(fake);
    expect(f.title).toContain('SendCheck could not start');
    expect(f.exit).toEqual([1]);
  });

  it.each([
    [
      'did-fail-load',
      [{}, -6, 'ERR_FILE_NOT_FOUND', 'app://sendcheck/index.html', true],
      'ERR_FILE_NOT_FOUND (-6) loading app://sendcheck/index.html',
    ],
    [
      'render-process-gone',
      [{}, { reason: 'crashed', exitCode: 11 }],
      'renderer crashed (exit code 11)',
    ],
  ] as const)(
    'a renderer that fails (%s): the dialog, the lock released, exit 1',
    async (event, args, reason) => {
      const data = makeTempDir('sendcheck-userdata-');
      const { fake } = await bootReady({ userData: data });
      expect(fake.calls.map((c) => c.name)).not.toContain('dialog.showErrorBox');
      must(fake.windows[0]).webContents.emit(event, ...args);
      const f = failure(fake);
      expect(f.title).toContain('SendCheck could not start');
      expect(f.content).toContain('SendCheck の画面を表示できなくなったため、終了します。');
      expect(f.content).toContain('SendCheck’s window stopped working, so SendCheck will close.');
      expect(f.content).toContain(reason);
      expect(f.content).toContain(logFile(data));
      expect({ released: f.released, exit: f.exit, order: f.order }).toEqual({
        released: true,
        exit: [1],
        order: true,
      });
      expect(readFileSync(logFile(data), 'utf8')).toContain(`window failed: ${reason}`);
    },
  );

  it('ignores a cancelled load and a failing subframe: only the page itself failing is fatal', async () => {
    const { fake } = await bootReady();
    const contents = must(fake.windows[0]).webContents;
    contents.emit('did-fail-load', {}, -3, 'ERR_ABORTED', 'app://sendcheck/index.html', true);
    contents.emit('did-fail-load', {}, -6, 'ERR_FILE_NOT_FOUND', 'app://sendcheck/x.html', false);
    expect(fake.calls.map((c) => c.name)).not.toContain('app.exit');
  });

  it('a second start with no window open opens one; with a window it focuses it', async () => {
    const { fake } = await bootReady();
    const secondInstance = must(fake.appEvents.get('second-instance'));
    secondInstance();
    expect(fake.calls.filter((c) => c.name === 'BrowserWindow.focus')).toHaveLength(1);
    must(fake.windows[0]).close();
    expect(fake.windows).toEqual([]);
    secondInstance();
    expect(fake.windows).toHaveLength(1);
    expect(fake.windows[0]?.loaded).toEqual(['app://sendcheck/index.html']);
  });

  it('logs the start in userData/logs/sendcheck.log', async () => {
    const data = makeTempDir('sendcheck-userdata-');
    await bootReady({ userData: data });
    const lines = readFileSync(logFile(data), 'utf8').trim().split('\n');
    expect(lines.map((l) => l.replace(/^\S+ /, '').replace(/:.*/, ''))).toEqual(['start', 'ready']);
    expect(lines[0]).toContain(`SendCheck ${version}`);
  });
});
