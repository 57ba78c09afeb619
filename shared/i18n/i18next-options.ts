/** One i18next set-up for every side (CLI, menu, renderer): bundled catalogues, nothing fetched. */
import i18next, { type InitOptions, type i18n } from 'i18next';
import type { Lang } from '../verdict.js';
import { en } from './en/index.js';
import { ja } from './ja/index.js';
import type { Translate } from './translate.js';

/** The options every i18next instance of the app starts with. */
export function i18nextOptions(lang: Lang): InitOptions {
  return {
    lng: lang,
    fallbackLng: false,
    supportedLngs: ['ja', 'en'],
    resources: { ja: { translation: ja }, en: { translation: en } },
    initAsync: false,
    // React escapes text itself, and the CLI prints plain text: escaping here would show &amp;.
    interpolation: { escapeValue: false },
    returnNull: false,
  };
}

/** A ready, synchronous i18next instance in one language. */
function createTranslatorInstance(lang: Lang): i18n {
  const instance = i18next.createInstance();
  void instance.init(i18nextOptions(lang));
  return instance;
}

const translators = new Map<Lang, Translate>();

/**
 * A translate function in one language, for code that only needs words (CLI, menu, reports).
 * One per language for the whole process: the catalogues never change while it runs.
 */
export function createTranslator(lang: Lang): Translate {
  const known = translators.get(lang);
  if (known) return known;
  const made = makeTranslator(lang);
  translators.set(lang, made);
  return made;
}

function makeTranslator(lang: Lang): Translate {
  const instance = createTranslatorInstance(lang);
  // Keys built from engine ids are dynamic; the catalogue test checks that each one has words.
  const t = instance.t.bind(instance) as unknown as Translate;
  return (key, values) => t(key, values ?? {});
}
