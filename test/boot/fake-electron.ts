/**
 * Test helper: a recording stand-in for the `electron` module, for loading the BUILT main bundle
 * under plain Node (no Electron binary can be downloaded here). It offers only what the main
 * process uses, so a new call the fake does not know fails loudly instead of passing silently, and
 * it records every call in order, with whether the app was ready at the time.
 */
import { EventEmitter } from 'node:events';
import { realpathSync } from 'node:fs';
import { createRequire } from 'node:module';

/** One recorded call. */
export interface Call {
  name: string;
  args: unknown[];
  /** Whether app.whenReady() had resolved when the call was made. */
  afterReady: boolean;
}

/** What a test sets before loading the bundle. */
export interface FakeOptions {
  appPath: string;
  userData: string;
  version: string;
  singleInstanceLock?: boolean;
  systemLanguages?: string[];
  /** A recorded call (e.g. 'protocol.handle') that throws instead, as a broken start-up would. */
  failOn?: string;
}

/** A fake web contents: an emitter with the methods the guards and handlers call. */
export class FakeWebContents extends EventEmitter {
  static nextId = 1;
  readonly id = FakeWebContents.nextId++;
  openHandler: ((details: { url: string }) => { action: string }) | undefined;
  setWindowOpenHandler(fn: (details: { url: string }) => { action: string }): void {
    this.openHandler = fn;
  }
  isDestroyed(): boolean {
    return false;
  }
  send(): void {}
}

/** Builds a fresh fake electron module and the record of what was done with it. */
export function createFakeElectron(options: FakeOptions) {
  const calls: Call[] = [];
  let ready = false;
  let resolveReady: () => void = () => {};
  const whenReady = new Promise<void>((resolve) => {
    resolveReady = resolve;
  });
  const record = (name: string, args: unknown[] = []) => {
    calls.push({ name, args, afterReady: ready });
    if (name === options.failOn) throw new Error(`${name} failed (the fake was told to fail here)`);
  };
  const appEvents = new Map<string, (...args: unknown[]) => void>();
  const protocolHandlers = new Map<string, (request: Request) => Promise<Response>>();
  const ipcHandlers = new Map<string, (...args: unknown[]) => unknown>();
  const windows: FakeBrowserWindow[] = [];
  const opened: string[] = [];

  class FakeBrowserWindow extends EventEmitter {
    static getAllWindows = () => windows;
    readonly webContents = new FakeWebContents();
    readonly loaded: string[] = [];
    constructor(readonly options: Record<string, unknown>) {
      super();
      record('new BrowserWindow', [options]);
      windows.push(this);
    }
    async loadURL(url: string) {
      record('BrowserWindow.loadURL', [url]);
      this.loaded.push(url);
    }
    show() {}
    isMinimized() {
      return false;
    }
    restore() {}
    focus() {
      record('BrowserWindow.focus');
    }
    /** Closes the window as the user would: gone from the list, then 'closed'. */
    close() {
      windows.splice(windows.indexOf(this), 1);
      this.emit('closed');
    }
  }

  const app = {
    enableSandbox: () => record('app.enableSandbox'),
    requestSingleInstanceLock: () => {
      record('app.requestSingleInstanceLock');
      return options.singleInstanceLock ?? true;
    },
    quit: () => record('app.quit'),
    exit: (code: number) => record('app.exit', [code]),
    releaseSingleInstanceLock: () => record('app.releaseSingleInstanceLock'),
    getAppPath: () => options.appPath,
    getPath: (name: string) => {
      record('app.getPath', [name]);
      if (name === 'userData') return options.userData;
      throw new Error(`the fake has no path ${name}`);
    },
    isPackaged: true,
    isReady: () => ready,
    on: (name: string, fn: (...args: unknown[]) => void) => {
      record('app.on', [name]);
      appEvents.set(name, fn);
      return app;
    },
    whenReady: () => {
      record('app.whenReady');
      return whenReady;
    },
    getVersion: () => options.version,
    getName: () => 'SendCheck',
    getLocale: () => options.systemLanguages?.[0] ?? 'en-US',
    getPreferredSystemLanguages: () => options.systemLanguages ?? ['en-US'],
  };

  const session = {
    defaultSession: {
      setPermissionRequestHandler: () => record('session.setPermissionRequestHandler'),
      setPermissionCheckHandler: () => record('session.setPermissionCheckHandler'),
      setDevicePermissionHandler: () => record('session.setDevicePermissionHandler'),
      setDisplayMediaRequestHandler: () => record('session.setDisplayMediaRequestHandler'),
      webRequest: { onBeforeRequest: () => record('session.webRequest.onBeforeRequest') },
      on: (name: string) => record('session.on', [name]),
    },
  };

  const electron = {
    app,
    BrowserWindow: FakeBrowserWindow,
    session,
    protocol: {
      registerSchemesAsPrivileged: (schemes: unknown) =>
        record('protocol.registerSchemesAsPrivileged', [schemes]),
      handle: (scheme: string, handler: (request: Request) => Promise<Response>) => {
        record('protocol.handle', [scheme]);
        protocolHandlers.set(scheme, handler);
      },
    },
    ipcMain: {
      handle: (channel: string, listener: (...args: unknown[]) => unknown) => {
        record('ipcMain.handle', [channel]);
        ipcHandlers.set(channel, listener);
      },
    },
    Menu: {
      buildFromTemplate: (template: unknown) => template,
      setApplicationMenu: (menu: unknown) => record('Menu.setApplicationMenu', [menu]),
    },
    dialog: {
      showMessageBox: async (...args: unknown[]) => {
        record('dialog.showMessageBox', args);
        return { response: 0 };
      },
      showErrorBox: (title: string, content: string) =>
        record('dialog.showErrorBox', [title, content]),
    },
    shell: {
      openExternal: async (url: string) => {
        record('shell.openExternal', [url]);
        opened.push(url);
      },
    },
  };

  return {
    electron,
    calls,
    appEvents,
    protocolHandlers,
    ipcHandlers,
    windows,
    opened,
    /** Resolves app.whenReady(), as Electron does once it has started. */
    becomeReady() {
      ready = true;
      resolveReady();
    },
  };
}

/** The fake and its records, as createFakeElectron returns them. */
export type FakeElectron = ReturnType<typeof createFakeElectron>;

interface ModuleInternals {
  _load(request: string, parent: unknown, isMain: boolean): unknown;
}

/**
 * Loads a built CommonJS bundle with plain Node's require, answering require('electron') with the
 * fake (as Electron's own module loader answers it with the real one). Returns the module names
 * the bundle asked for.
 */
export function loadBundleWithFake(file: string, fake: FakeElectron): string[] {
  const requested: string[] = [];
  // Node names a module by its REAL path (macOS's temporary folder is behind the /var symlink).
  const real = realpathSync.native(file);
  const Module = createRequire(import.meta.url)('node:module') as ModuleInternals;
  const original = Module._load;
  Module._load = function load(request, parent, isMain) {
    const from = (parent as { filename?: string } | null)?.filename;
    if (from === real) requested.push(request);
    if (request === 'electron') return fake.electron;
    return original.call(this, request, parent, isMain);
  };
  try {
    // Required from here, not from the bundle's own path, so only the bundle's requests count.
    const req = createRequire(import.meta.url);
    // A fresh load each time, like a fresh start of the app: the cache is keyed by the real path.
    Reflect.deleteProperty(req.cache, real);
    req(real);
  } finally {
    Module._load = original;
  }
  return requested;
}
