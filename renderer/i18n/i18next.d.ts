import type { ja } from '../../shared/i18n/ja/index.js';

// Typed keys: t('a.b') fails to compile when the key is not in the catalogue.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof ja };
    returnNull: false;
  }
}
