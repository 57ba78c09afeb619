import { beforeEach, describe, expect, it, vi } from 'vitest';
import { EventEmitter } from 'node:events';
import type { WebContents } from 'electron';
import { must } from '../test/support/ipc-fakes.js';
import { redirectNavigation, startNavigation } from '../test/support/electron-navigation.js';

const electron = vi.hoisted(() => {
  const windows: Array<{
    options: Record<string, unknown>;
    loaded: string[];
    webContents: unknown;
  }> = [];
  return {
    windows,
    shell: { openExternal: vi.fn(async (_url: string) => {}) },
  };
});

vi.mock('electron', async () => {
  const { EventEmitter: Emitter } = await import('node:events');
  let nextId = 100;
  class FakeBrowserWindow extends Emitter {
    readonly webContents: InstanceType<typeof Emitter> & { id: number };
    readonly loaded: string[] = [];
    shown = false;
    constructor(readonly options: Record<string, unknown>) {
      super();
      this.webContents = Object.assign(new Emitter(), { id: nextId++ });
      electron.windows.push(this);
    }
    async loadURL(url: string) {
      this.loaded.push(url);
    }
    show() {
      this.shown = true;
    }
  }
  return { BrowserWindow: FakeBrowserWindow, shell: electron.shell };
});

const { createMainWindow, guardWebContents } = await import('./window.js');
const { isTrustedSender } = await import('./ipc/trusted-senders.js');

const flush = () => new Promise((r) => setTimeout(r, 0));

beforeEach(() => {
  electron.shell.openExternal.mockClear();
});

describe('createMainWindow', () => {
  const win = createMainWindow({
    preloadPath: '/app/build/preload/preload.cjs',
    title: 'SendCheck',
    devTools: false,
  });
  const record = must(electron.windows.at(-1));
  const prefs = record.options['webPreferences'] as Record<string, unknown>;

  it('keeps every security preference on, as literals', () => {
    expect(prefs).toMatchObject({
      preload: '/app/build/preload/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      disableBlinkFeatures: 'Auxclick',
      devTools: false,
    });
    expect(prefs).not.toHaveProperty('enableBlinkFeatures');
    expect(prefs).not.toHaveProperty('additionalArguments');
  });

  it('loads the renderer from app://, never file:// or the network', () => {
    expect(record.loaded).toEqual(['app://sendcheck/index.html']);
  });

  it('is usable from 800x600 up, and shows itself only when painted', () => {
    expect(record.options).toMatchObject({
      minWidth: 800,
      minHeight: 600,
      show: false,
      title: 'SendCheck',
    });
    (win as unknown as EventEmitter).emit('ready-to-show');
    expect((win as unknown as { shown: boolean }).shown).toBe(true);
  });

  it('trusts its own web contents for IPC', () => {
    const sender = record.webContents as WebContents;
    expect(
      isTrustedSender({
        sender,
        senderFrame: { url: 'app://sendcheck/index.html', parent: null },
      } as never),
    ).toBe(true);
  });

  it('allows DevTools only when asked (unpackaged development runs)', () => {
    createMainWindow({ preloadPath: '/p.cjs', title: 'SendCheck', devTools: true });
    expect(
      (must(electron.windows.at(-1)).options['webPreferences'] as { devTools: boolean }).devTools,
    ).toBe(true);
  });
});

/** A web contents with the guards on, recording the window-open handler. */
function guarded() {
  const contents = Object.assign(new EventEmitter(), {
    openHandler: undefined as undefined | ((d: { url: string }) => { action: string }),
    setWindowOpenHandler(fn: (d: { url: string }) => { action: string }) {
      this.openHandler = fn;
    },
  });
  guardWebContents(contents as unknown as WebContents);
  return { contents };
}

describe('guardWebContents, driven in Electron 45’s event order', () => {
  it.each([
    'https://example.jp/',
    'http://example.jp/',
    'file:///etc/passwd',
    'app://sendcheck/other.html',
  ])('cancels navigation to %s at the first event', (url) => {
    const { contents } = guarded();
    expect(startNavigation(contents, url)).toEqual({
      cancelled: true,
      emitted: ['will-frame-navigate'],
    });
    expect(startNavigation(contents, url, { mainFrame: false }).cancelled).toBe(true);
    expect(redirectNavigation(contents, url).cancelled).toBe(true);
  });

  it('sends a clicked https link to the system browser once, and nothing else', async () => {
    const { contents } = guarded();
    for (const url of [
      'https://www.rfc-editor.org/rfc/rfc8314',
      'http://example.jp/',
      'file:///C:/Windows/System32/calc.exe',
      'app://sendcheck/index.html',
    ])
      expect(startNavigation(contents, url).cancelled).toBe(true);
    await flush();
    expect(electron.shell.openExternal.mock.calls).toEqual([
      ['https://www.rfc-editor.org/rfc/rfc8314'],
    ]);
  });

  it('opens nothing for a subframe’s navigation (it is only cancelled)', async () => {
    const { contents } = guarded();
    expect(startNavigation(contents, 'https://example.jp/', { mainFrame: false }).cancelled).toBe(
      true,
    );
    await flush();
    expect(electron.shell.openExternal).not.toHaveBeenCalled();
  });

  it('still cancels, without a second browser tab, if will-navigate is ever reached', async () => {
    const { contents } = guarded();
    const event = { preventDefault: vi.fn(), url: 'https://example.jp/', isMainFrame: true };
    contents.emit('will-navigate', event, event.url);
    await flush();
    expect(event.preventDefault).toHaveBeenCalled();
    expect(electron.shell.openExternal).not.toHaveBeenCalled();
  });

  it('denies every new window; https ones open in the system browser', async () => {
    const { contents } = guarded();
    for (const url of [
      'https://example.jp/',
      'about:blank',
      'app://sendcheck/index.html',
      'smb://host/share',
    ]) {
      expect(must(contents.openHandler)({ url })).toEqual({ action: 'deny' });
    }
    await flush();
    expect(electron.shell.openExternal.mock.calls).toEqual([['https://example.jp/']]);
  });

  it('never attaches a <webview>', () => {
    const { contents } = guarded();
    const event = { preventDefault: vi.fn() };
    contents.emit(
      'will-attach-webview',
      event,
      { nodeIntegration: true },
      { src: 'https://x.example/' },
    );
    expect(event.preventDefault).toHaveBeenCalled();
  });
});
