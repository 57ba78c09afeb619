import type { i18n } from 'i18next';
import type { AppStore } from '../store/types.js';

/**
 * Keeps i18next and <html lang> in step with the store's language. Done as a store subscription
 * (not a React effect) so no render ever mixes the old language's labels with the new one's report text.
 */
export function bindLanguage(
  store: AppStore,
  instance: i18n,
  doc: Document = document,
): () => void {
  const apply = (lang: string) => {
    if (instance.language !== lang) void instance.changeLanguage(lang);
    doc.documentElement.lang = lang;
  };
  apply(store.getState().lang);
  return store.subscribe((s, prev) => {
    if (s.lang !== prev.lang) apply(s.lang);
  });
}
