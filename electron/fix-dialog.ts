/**
 * The main process's own confirmation before "Fix it for me" writes: a native dialog on the window
 * that asked, in the app's language, listing exactly the settings that change (from → to), with
 * Cancel as the default and the Escape answer. The renderer's screens cannot answer it, so a
 * compromised renderer cannot write without the user pressing Change here.
 */
import { BrowserWindow, dialog, type WebContents } from 'electron';
import { changeLine } from '../shared/change-text.js';
import type { SettingChange } from '../shared/settings-to-write.js';
import { createTranslator } from '../shared/i18n/i18next-options.js';
import type { Lang } from '../shared/verdict.js';

/** What the dialog asks about: the account's name as the mail program shows it, and the changes. */
export interface FixConfirmation {
  account: string;
  changes: SettingChange[];
  /** The mail program written into (Thunderbird when absent): the dialog names it. */
  program?: 'thunderbird' | 'becky';
}

/** The button Change is the second; Cancel (0) is the default and what Escape answers. */
const CHANGE = 1;

/** The dialog's options: only the changed rows are listed, then why it is safe to go on. */
export function fixDialogOptions(what: FixConfirmation, lang: Lang): Electron.MessageBoxOptions {
  const t = createTranslator(lang);
  const rows = what.changes.filter((c) => c.changed).map((c) => changeLine(c, lang));
  const words = what.program === 'becky' ? 'fix.becky.dialog' : 'fix.fixIt.dialog';
  return {
    type: 'warning',
    title: t(`${words}.title`),
    message: t(`${words}.message`, { account: what.account }),
    detail: [...rows, '', t(`${words}.detail`)].join('\n'),
    buttons: [t('fix.fixIt.dialog.cancel'), t('fix.fixIt.dialog.change')],
    defaultId: 0,
    cancelId: 0,
    noLink: true,
  };
}

/** Asks on the sender's window; true only when the user pressed Change. */
export async function confirmFixDialog(
  sender: WebContents,
  what: FixConfirmation,
  lang: Lang,
): Promise<boolean> {
  const options = fixDialogOptions(what, lang);
  const win = BrowserWindow.fromWebContents(sender);
  const res = win
    ? await dialog.showMessageBox(win, options)
    : await dialog.showMessageBox(options);
  return res.response === CHANGE;
}
