/**
 * The app never fails silently: an error during start-up, or a window whose page cannot load or
 * whose renderer dies, ends in a dialog that says what happened and where the log is, in Japanese
 * and English (the language setting may be what failed), and the app exits. Exiting releases the
 * single-instance lock, so the next double-click starts the app afresh instead of doing nothing.
 */
import type { BrowserWindow } from 'electron';
import { createTranslator } from '../shared/i18n/i18next-options.js';

/** What failed: start-up itself, or the window once it existed. */
export type FailureKind = 'startup' | 'window';

/** The parts of Electron the guard uses (the real app and dialog modules fit). */
export interface GuardDeps {
  showErrorBox(title: string, content: string): void;
  releaseSingleInstanceLock(): void;
  exit(code: number): void;
  /** Appends a line to the app's log. */
  log(line: string): void;
  /** The log file's path, shown in the dialog. */
  logPath: string;
}

/** The dialog's title and text: every sentence from the catalogue, Japanese first, then English. */
export function failureMessage(
  kind: FailureKind,
  reason: string,
  logPath: string,
): { title: string; content: string } {
  const [ja, en] = [createTranslator('ja'), createTranslator('en')];
  const what = kind === 'startup' ? 'startup.failed' : 'startup.windowFailed';
  const text = (t: typeof ja) =>
    [
      t(what),
      t('startup.detail', { reason }),
      t('startup.logAt', { path: logPath }),
      t('startup.sendLog'),
      t('startup.retry'),
    ].join('\n');
  return {
    title: `${ja('startup.title')} / ${en('startup.title')}`,
    content: `${text(ja)}\n\n${text(en)}`,
  };
}

/** An error as one short line: its name and message (start-up errors carry no user input). */
export function describeError(err: unknown): string {
  if (err instanceof Error) return `${err.name}: ${err.message}`.slice(0, 500);
  return String(err).slice(0, 500);
}

/**
 * Returns fail(kind, reason): logs, shows the dialog, releases the lock and exits with 1. Only the
 * first failure is shown: a dying window can report several events.
 */
export function createFailure(deps: GuardDeps): (kind: FailureKind, reason: string) => void {
  let failed = false;
  return (kind, reason) => {
    if (failed) return;
    failed = true;
    deps.log(`${kind} failed: ${reason}`);
    try {
      const { title, content } = failureMessage(kind, reason, deps.logPath);
      deps.showErrorBox(title, content);
    } finally {
      deps.releaseSingleInstanceLock();
      deps.exit(1);
    }
  };
}

// Chromium's net error for a load that was cancelled (a refused navigation, a closing window):
// not a failure of the page.
const ERR_ABORTED = -3;

/**
 * Watches a window's page: the main frame failing to load, or the renderer process going away
 * (crash, out of memory, killed), is fatal. A loaded page is logged once.
 */
export function guardWindow(
  win: Pick<BrowserWindow, 'webContents'>,
  fail: (kind: FailureKind, reason: string) => void,
  log: (line: string) => void,
): void {
  const contents = win.webContents;
  contents.on('did-fail-load', (_event, code, description, url, isMainFrame) => {
    if (!isMainFrame || code === ERR_ABORTED) return;
    fail('window', `${description} (${code}) loading ${url}`);
  });
  contents.on('render-process-gone', (_event, details) => {
    fail('window', `renderer ${details.reason} (exit code ${details.exitCode})`);
  });
  contents.once('did-finish-load', () => log('window loaded'));
}
