/**
 * The one BrowserWindow factory, and the guards every web contents gets: no navigation, no new
 * windows, no <webview>. Secure webPreferences are written as literals so a reader (and
 * Electronegativity) sees them without following any variable.
 */
import { BrowserWindow, type Event, type WebContents } from 'electron';
import { APP_ENTRY_URL, isAppUrl } from './app-origin.js';
import { openExternalSafe } from './external-links.js';
import { trustWebContents } from './ipc/trusted-senders.js';

/** What the window needs from the app's layout. */
export interface MainWindowOptions {
  /** Absolute path of the bundled preload (build/preload/preload.cjs). */
  preloadPath: string;
  /** The window title (the product name). */
  title: string;
  /** Whether DevTools may open: only in an unpackaged development run. */
  devTools: boolean;
}

/** Creates the main window, trusts its web contents for IPC and loads the renderer from app://. */
export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const win = new BrowserWindow({
    title: options.title,
    width: 960,
    height: 720,
    minWidth: 800,
    minHeight: 600,
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: {
      preload: options.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      // Middle-click (auxclick) can open windows past a click handler; new windows are denied
      // anyway, and this takes the event away altogether.
      disableBlinkFeatures: 'Auxclick',
      webviewTag: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: false,
      devTools: options.devTools,
    },
  });
  trustWebContents(win.webContents);
  win.once('ready-to-show', () => win.show());
  void win.loadURL(APP_ENTRY_URL);
  return win;
}

/** A navigation event as Electron 45 emits it: the Event object carries the details. */
type NavigationEvent = Pick<Event, 'preventDefault'> & { url: string; isMainFrame: boolean };

/**
 * Refuses a navigation; a link followed in the top frame goes to the system browser instead
 * (openExternalSafe takes https only). Electron 45 emits will-frame-navigate (every frame, main
 * one included) BEFORE will-navigate and drops will-navigate once it is prevented, so this runs on
 * will-frame-navigate, the first and only event a cancelled link click produces.
 */
export function refuseNavigation(event: NavigationEvent): void {
  event.preventDefault();
  if (event.isMainFrame && !isAppUrl(event.url)) void openExternalSafe(event.url);
}

/**
 * Locks down one web contents: navigation and redirects refused (https links go to the system
 * browser), every new window denied, <webview> never attached. Installed for all web contents
 * through app.on('web-contents-created').
 */
export function guardWebContents(contents: WebContents): void {
  contents.on('will-frame-navigate', refuseNavigation);
  // Only reached if will-frame-navigate let a navigation through, which it never does; prevented
  // again (without opening anything, so one click can never open two browser tabs).
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    void openExternalSafe(url);
    return { action: 'deny' };
  });
}
