/**
 * The native save and open dialogs behind "Save report" and "Open report", attached to the window
 * that asked, in the app's language. Paths stay in the main process.
 */
import { BrowserWindow, dialog, type WebContents } from 'electron';
import { createTranslator } from '../shared/i18n/i18next-options.js';
import { REPORT_FILE_EXTENSION } from '../shared/report-file-format.js';
import type { Lang } from '../shared/verdict.js';

function filters(lang: Lang): Electron.FileFilter[] {
  const t = createTranslator(lang);
  // Reports are .html; a bare .json report is read too (parseReportFile accepts both).
  return [{ name: t('fix.save.filterName'), extensions: [REPORT_FILE_EXTENSION.slice(1), 'json'] }];
}

/** Asks where to save a report; null when the user closed the dialog. */
export async function chooseSavePath(
  sender: WebContents,
  defaultName: string,
  lang: Lang,
): Promise<string | null> {
  const t = createTranslator(lang);
  const options: Electron.SaveDialogOptions = {
    title: t('fix.save.dialogTitle'),
    defaultPath: defaultName,
    filters: [filters(lang)[0] ?? { name: 'SendCheck', extensions: ['html'] }],
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  };
  const win = BrowserWindow.fromWebContents(sender);
  const res = win
    ? await dialog.showSaveDialog(win, options)
    : await dialog.showSaveDialog(options);
  return res.canceled || !res.filePath ? null : res.filePath;
}

/** Asks which report file to open; null when the user closed the dialog. */
export async function chooseOpenPath(sender: WebContents, lang: Lang): Promise<string | null> {
  const t = createTranslator(lang);
  const options: Electron.OpenDialogOptions = {
    title: t('staff.report.heading'),
    filters: filters(lang),
    properties: ['openFile'],
  };
  const win = BrowserWindow.fromWebContents(sender);
  const res = win
    ? await dialog.showOpenDialog(win, options)
    : await dialog.showOpenDialog(options);
  return res.canceled ? null : (res.filePaths[0] ?? null);
}
