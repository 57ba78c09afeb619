import { beforeEach, describe, expect, it, vi } from 'vitest';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { must } from '../test/support/ipc-fakes.js';
import { makeTempDir } from '../test/support/temp-dir.js';

/** Every Electron call the main process makes, in order, so the tests can check the sequence. */
const state = vi.hoisted(() => ({
  order: [] as string[],
  lock: true,
  ready: null as null | (() => void),
  appListeners: new Map<string, (...args: unknown[]) => void>(),
  windows: [] as Array<{ options: Record<string, unknown>; focused: number; restored: number }>,
  userData: '',
  menus: [] as unknown[],
}));

vi.mock('electron', async () => {
  const { EventEmitter } = await import('node:events');
  const log = (what: string) => () => {
    state.order.push(what);
  };
  let nextId = 500;
  class BrowserWindow extends EventEmitter {
    static getAllWindows = () => state.windows;
    readonly webContents = Object.assign(new EventEmitter(), { id: nextId++ });
    focused = 0;
    restored = 0;
    constructor(readonly options: Record<string, unknown>) {
      super();
      state.order.push('new BrowserWindow');
      state.windows.push(this);
    }
    loadURL = async (url: string) => state.order.push(`loadURL ${url}`);
    isMinimized = () => true;
    restore = () => this.restored++;
    focus = () => this.focused++;
    show = () => {};
  }
  const app = {
    enableSandbox: log('app.enableSandbox'),
    requestSingleInstanceLock: () => {
      state.order.push('app.requestSingleInstanceLock');
      return state.lock;
    },
    quit: log('app.quit'),
    getAppPath: () => '/opt/SendCheck/resources/app.asar',
    isPackaged: true,
    isReady: () => state.ready === null,
    on: (name: string, fn: (...args: unknown[]) => void) => {
      state.order.push(`app.on ${name}`);
      state.appListeners.set(name, fn);
    },
    whenReady: () =>
      new Promise<void>((resolve) => {
        state.ready = () => {
          state.ready = null;
          resolve();
        };
      }),
    getVersion: () => '0.1.0',
    getName: () => 'SendCheck',
    getLocale: () => 'en-US',
    getPreferredSystemLanguages: () => ['en-US'],
    getPath: (name: string) => {
      state.order.push(`app.getPath ${name}`);
      return state.userData;
    },
  };
  const fakeSession = {
    setPermissionRequestHandler: log('session.setPermissionRequestHandler'),
    setPermissionCheckHandler: log('session.setPermissionCheckHandler'),
    setDevicePermissionHandler: () => {},
    setDisplayMediaRequestHandler: () => {},
    webRequest: { onBeforeRequest: log('session.onBeforeRequest') },
    on: () => {},
  };
  return {
    app,
    BrowserWindow,
    session: { defaultSession: fakeSession },
    protocol: {
      registerSchemesAsPrivileged: log('protocol.registerSchemesAsPrivileged'),
      handle: (scheme: string) => state.order.push(`protocol.handle ${scheme}`),
    },
    ipcMain: { handle: (channel: string) => state.order.push(`ipcMain.handle ${channel}`) },
    Menu: {
      buildFromTemplate: (t: unknown) => t,
      setApplicationMenu: (menu: unknown) => {
        state.order.push('Menu.setApplicationMenu');
        state.menus.push(menu);
      },
    },
    dialog: { showMessageBox: async () => ({ response: 0 }) },
    shell: { openExternal: async () => {} },
  };
});
vi.mock('./engine/index.js', () => ({ runDiagnosis: vi.fn(), runLoginTest: vi.fn() }));

async function start(lock: boolean) {
  vi.resetModules();
  state.order.length = 0;
  state.windows.length = 0;
  state.appListeners.clear();
  state.lock = lock;
  await import('./main.js');
  return state;
}

const flush = () => new Promise((r) => setTimeout(r, 0));

beforeEach(() => {
  state.ready = null;
  state.userData = makeTempDir('sendcheck-main-');
  state.menus.length = 0;
});

describe('main process start-up', () => {
  it('registers the scheme and the sandbox before anything else, then takes the single-instance lock', async () => {
    const s = await start(true);
    // Reading where userData is (for the log file) changes nothing, so it may come first.
    expect(s.order.filter((o) => !o.startsWith('app.getPath')).slice(0, 3)).toEqual([
      'protocol.registerSchemesAsPrivileged',
      'app.enableSandbox',
      'app.requestSingleInstanceLock',
    ]);
    expect(s.order).not.toContain('new BrowserWindow');
  });

  it('once ready: session guards, app://, all IPC channels, the menu, and only then the window', async () => {
    const s = await start(true);
    must(s.ready)();
    await flush();
    const at = (what: string) => s.order.indexOf(what);
    const window = at('new BrowserWindow');
    expect(window).toBeGreaterThan(0);
    for (const step of [
      'session.setPermissionRequestHandler',
      'session.setPermissionCheckHandler',
      'session.onBeforeRequest',
      'protocol.handle app',
      'ipcMain.handle diagnosis:start',
      'ipcMain.handle diagnosis:cancel',
      'ipcMain.handle diagnosis:login-test',
      'ipcMain.handle app:info',
      'ipcMain.handle settings:language',
      'Menu.setApplicationMenu',
    ]) {
      expect(at(step), step).toBeGreaterThanOrEqual(0);
      expect(at(step), step).toBeLessThan(window);
    }
    expect(s.order[window + 1]).toBe('loadURL app://sendcheck/index.html');
  });

  it('points the window at the bundled preload inside the app, with DevTools off when packaged', async () => {
    const s = await start(true);
    must(s.ready)();
    await flush();
    const prefs = must(s.windows[0]).options['webPreferences'] as Record<string, unknown>;
    expect(prefs['preload']).toBe(
      path.join('/opt/SendCheck/resources/app.asar', 'build/preload/preload.cjs'),
    );
    expect(prefs['devTools']).toBe(false);
  });

  it('guards every web contents that is created', async () => {
    const s = await start(true);
    const contents = { on: vi.fn(), setWindowOpenHandler: vi.fn() };
    must(s.appListeners.get('web-contents-created'))({}, contents);
    expect(contents.setWindowOpenHandler).toHaveBeenCalled();
    expect(contents.on.mock.calls.map((c) => c[0])).toEqual(
      expect.arrayContaining(['will-navigate', 'will-attach-webview', 'will-redirect']),
    );
  });

  it('quits at once when another instance runs, and that one focuses its window', async () => {
    const second = await start(false);
    expect(second.order).toContain('app.quit');
    expect(second.order.some((o) => o.startsWith('app.on'))).toBe(false);

    const first = await start(true);
    must(first.ready)();
    await flush();
    must(first.appListeners.get('second-instance'))();
    expect(must(first.windows[0]).restored).toBe(1);
    expect(must(first.windows[0]).focused).toBe(1);
  });

  it('builds the menu in the saved language, reading settings.json under userData', async () => {
    vi.resetModules();
    state.order.length = 0;
    state.windows.length = 0;
    state.lock = true;
    writeFileSync(path.join(state.userData, 'settings.json'), '{"language":"ja"}');
    await import('./main.js');
    must(state.ready)();
    await flush();
    expect(state.order).toContain('app.getPath userData');
    const labels = JSON.stringify(state.menus.at(-1));
    // The OS says en-US; the saved choice wins.
    expect(labels).toContain('ヘルプ');
    expect(labels).not.toContain('"Help"');
  });

  it('quits when the last window closes (except on macOS, where the app stays in the dock)', async () => {
    const s = await start(true);
    s.order.length = 0;
    must(s.appListeners.get('window-all-closed'))();
    expect(s.order.includes('app.quit')).toBe(process.platform !== 'darwin');
  });
});
