/**
 * The main process: app lifecycle, one setupX() per concern. Order matters and is tested: the
 * app:// scheme and the sandbox are set before the app is ready, and IPC is registered before the
 * first window exists. A second launch focuses the running window instead of starting again.
 */
import { BrowserWindow, app, session } from 'electron';
import path from 'node:path';
import { defaultDeps, setupIpc } from './ipc/register.js';
import { LanguageSetting, SETTINGS_FILE } from './language.js';
import { setupMenu } from './menu.js';
import { registerAppScheme, setupAppProtocol } from './protocol.js';
import { setupSessionSecurity } from './session-security.js';
import { createMainWindow, guardWebContents } from './window.js';

/** Where the bundles sit inside the app (package.json "main" is build/main/main.cjs). */
export const LAYOUT = {
  preload: 'build/preload/preload.cjs',
  renderer: 'build/renderer',
} as const;

/** Starts the app. Runs once, when Electron loads this bundle. */
export function bootstrap(): void {
  registerAppScheme();
  // Every renderer sandboxed, whatever a window's own preferences say.
  app.enableSandbox();
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }

  const root = app.getAppPath();
  const devTools = !app.isPackaged;
  let mainWindow: BrowserWindow | null = null;

  const openWindow = (): void => {
    mainWindow = createMainWindow({
      preloadPath: path.join(root, LAYOUT.preload),
      title: 'SendCheck',
      devTools,
    });
    mainWindow.on('closed', () => {
      mainWindow = null;
    });
  };

  app.on('web-contents-created', (_event, contents) => guardWebContents(contents));
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (app.isReady() && BrowserWindow.getAllWindows().length === 0) openWindow();
  });

  void app.whenReady().then(() => {
    setupSessionSecurity(session.defaultSession);
    setupAppProtocol(path.join(root, LAYOUT.renderer));
    // Read once the app is ready: userData and the OS languages are known then.
    const language = new LanguageSetting(path.join(app.getPath('userData'), SETTINGS_FILE), () =>
      app.getPreferredSystemLanguages(),
    );
    setupIpc(defaultDeps(language));
    setupMenu(language.current().lang, devTools);
    // The user picked another language in the window: the menu follows.
    language.onChange(({ lang }) => setupMenu(lang, devTools));
    openWindow();
  });
}

bootstrap();
