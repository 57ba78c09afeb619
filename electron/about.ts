/**
 * "About SendCheck": the facts (shared/about-facts.ts, from this app's version and Electron's
 * process.versions) shown in a native message box, in the menu's language.
 */
import { app, dialog, type MessageBoxOptions } from 'electron';
import { aboutLines, collectAboutFacts, type AboutFacts } from '../shared/about-facts.js';
import type { Lang } from '../shared/verdict.js';
import { createTranslator } from '../shared/i18n/i18next-options.js';

/** The About facts of the running app: its version, Electron, Chromium, Node and the provider data. */
export function aboutFacts(): AboutFacts {
  return collectAboutFacts(app.getVersion(), process.versions);
}

/** The About box: the heading as its message, every other fact as a paragraph of its detail. */
export function aboutMessageBox(facts: AboutFacts, lang: Lang): MessageBoxOptions {
  const t = createTranslator(lang);
  const [heading = '', ...rest] = aboutLines(facts, t);
  return {
    type: 'info',
    title: t('about.title', { name: facts.name }),
    message: heading,
    detail: rest.join('\n\n'),
    buttons: [t('about.ok')],
    noLink: true,
  };
}

/** Shows the About box in the given language. */
export function showAbout(lang: Lang): void {
  void dialog.showMessageBox(aboutMessageBox(aboutFacts(), lang));
}
