import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Lang } from '../../shared/verdict.js';
import { en } from '../../shared/i18n/en/index.js';
import { ja } from '../../shared/i18n/ja/index.js';

/** Creates a ready i18next instance (synchronous: the catalogues are bundled, nothing is fetched). */
export function createI18n(lang: Lang): i18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    lng: lang,
    fallbackLng: false,
    supportedLngs: ['ja', 'en'],
    resources: { ja: { translation: ja }, en: { translation: en } },
    initAsync: false,
    // React already escapes text; escaping here would show &amp; and friends.
    interpolation: { escapeValue: false },
    returnNull: false,
  });
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
