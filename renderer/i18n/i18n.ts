import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { i18nextOptions } from '../../shared/i18n/i18next-options.js';
import type { Lang } from '../../shared/verdict.js';

/** Creates a ready i18next instance (synchronous: the catalogues are bundled, nothing is fetched). */
export function createI18n(lang: Lang): i18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init(i18nextOptions(lang));
  return instance;
}

/** Picks the app language from the OS languages: Japanese unless the OS prefers English first. */
export function detectLang(languages: readonly string[]): Lang {
  for (const tag of languages) {
    const primary = tag.toLowerCase().split('-')[0];
    if (primary === 'ja') return 'ja';
    if (primary === 'en') return 'en';
  }
  // An OS in some third language gets English, the more widely read of the two; with no hint at
  // all, Japanese comes first.
  return languages.length > 0 ? 'en' : 'ja';
}
