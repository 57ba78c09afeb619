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
