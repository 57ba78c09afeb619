import type { i18n } from 'i18next';
import { StrictMode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { AppStoreProvider } from '../store/store-context.js';
import type { AppStore } from '../store/types.js';
import { App } from './app.js';

/** The providers around the app: the one store and the i18n instance. */
export function Root({ store, i18n }: { store: AppStore; i18n: i18n }) {
  return (
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <AppStoreProvider store={store}>
          <App />
        </AppStoreProvider>
      </I18nextProvider>
    </StrictMode>
  );
}
