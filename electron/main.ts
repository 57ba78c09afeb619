/**
 * The main process: app lifecycle, one setupX() per concern. Order matters and is tested: the
 * app:// scheme and the sandbox are set before the app is ready, and IPC is registered before the
 * first window exists. A second launch focuses the running window, or opens one if none is open.
 * Start-up never fails silently: any error before or while the first window loads ends in a
 * bilingual dialog naming the log file, and the app exits (electron/startup-guard.ts).
 */
import { BrowserWindow, app, dialog, session } from 'electron';
import path from 'node:path';
import { AppLog, LOG_DIR } from './app-log.js';
import { defaultDeps, setupIpc } from './ipc/register.js';
import { openStaffConsole } from './ipc/staff-open.js';
import { LanguageSetting, SETTINGS_FILE, settingsFile } from './language.js';
import { setupMenu } from './menu.js';
import { registerAppScheme, setupAppProtocol } from './protocol.js';
import { setupSessionSecurity } from './session-security.js';
import { createFailure, describeError, guardWindow } from './startup-guard.js';
import { createMainWindow, guardWebContents } from './window.js';

/** Where the bundles sit inside the app (package.json "main" is build/main/main.cjs). */
export const LAYOUT = {
  preload: 'build/preload/preload.cjs',
  renderer: 'build/renderer',
} as const;

/** The log in userData/logs; userData is known before the app is ready. */
function openLog(): AppLog {
  return new AppLog(path.join(app.getPath('userData'), LOG_DIR));
}

/** Starts the app. Runs once, when Electron loads this bundle. */
export function bootstrap(): void {
  const log = openLog();
  const fail = createFailure({
    showErrorBox: (title, content) => dialog.showErrorBox(title, content),
    releaseSingleInstanceLock: () => app.releaseSingleInstanceLock(),
    exit: (code) => app.exit(code),
    log: (line) => log.write(line),
    logPath: log.file,
  });
  try {
    start(log, fail);
  } catch (err) {
    fail('startup', describeError(err));
  }
}

function start(log: AppLog, fail: ReturnType<typeof createFailure>): void {
  const versions = process.versions as NodeJS.ProcessVersions & { electron?: string };
  log.write(
    `start: SendCheck ${app.getVersion()}, Electron ${versions.electron ?? 'unknown'}, ` +
      `${process.platform}-${process.arch}${app.isPackaged ? '' : ', unpackaged'}`,
  );
  registerAppScheme();
  // Every renderer sandboxed, whatever a window's own preferences say.
  app.enableSandbox();
  if (!app.requestSingleInstanceLock()) {
    log.write('another instance is running: handing over to it');
    app.quit();
    return;
  }

  const root = app.getAppPath();
  const devTools = !app.isPackaged;
  let mainWindow: BrowserWindow | null = null;

  const openWindow = (): void => {
    const win = createMainWindow({
      preloadPath: path.join(root, LAYOUT.preload),
      title: 'SendCheck',
      devTools,
    });
    mainWindow = win;
    guardWindow(win, fail, (line) => log.write(line));
    win.on('closed', () => {
      if (mainWindow === win) mainWindow = null;
    });
  };

  app.on('web-contents-created', (_event, contents) => guardWebContents(contents));
  app.on('second-instance', () => {
    // No window (closed on macOS, or the first never opened): open one, or the launch does nothing.
    if (!mainWindow) {
      if (app.isReady()) openWindow();
      return;
    }
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (app.isReady() && BrowserWindow.getAllWindows().length === 0) openWindow();
  });

  app
    .whenReady()
    .then(() => {
      log.write('ready');
      setupSessionSecurity(session.defaultSession);
      setupAppProtocol(path.join(root, LAYOUT.renderer));
      // Read once the app is ready: userData and the OS languages are known then.
      const language = new LanguageSetting(
        settingsFile(path.join(app.getPath('userData'), SETTINGS_FILE)),
        () => app.getPreferredSystemLanguages(),
      );
      setupIpc(defaultDeps(language, log));
      const openStaff = (): void => openStaffConsole(mainWindow);
      setupMenu(language.current().lang, devTools, openStaff);
      // The user picked another language in the window: the menu follows.
      language.onChange(({ lang }) => setupMenu(lang, devTools, openStaff));
      openWindow();
    })
    // Electron only warns about a rejected promise: without this the app would sit invisible,
    // holding the single-instance lock, and every later start would do nothing.
    .catch((err: unknown) => fail('startup', describeError(err)));
}

bootstrap();
