/** Test helper: renders a part of the app with a fresh store, i18n instance and fake bridge. */
import { render, type RenderResult } from '@testing-library/react';
import type { ReactElement } from 'react';
import { I18nextProvider } from 'react-i18next';
import type { SendCheckApi } from '../../shared/ipc-methods.js';
import type { Lang } from '../../shared/verdict.js';
import { bindLanguage } from '../app/bind-language.js';
import { createI18n } from '../i18n/i18n.js';
import { createAppStore } from '../store/app-store.js';
import { AppStoreProvider } from '../store/store-context.js';
import type { AppState, AppStore, TextSize } from '../store/types.js';

/** What a test gets back: the rendered tree and the store behind it. */
export interface Rendered extends RenderResult {
  store: AppStore;
}

/** Renders ui inside the app's providers. */
export function renderWithStore(
  ui: ReactElement,
  opts: { api: SendCheckApi; lang?: Lang; textSize?: TextSize; initial?: Partial<AppState> },
): Rendered {
  const lang = opts.lang ?? 'ja';
  let n = 0;
  const store = createAppStore({
    api: opts.api,
    lang,
    ...(opts.textSize ? { textSize: opts.textSize } : {}),
    newRunId: () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`,
    ...(opts.initial ? { initial: opts.initial } : {}),
  });
  const i18n = createI18n(lang);
  bindLanguage(store, i18n);
  const result = render(
    <I18nextProvider i18n={i18n}>
      <AppStoreProvider store={store}>{ui}</AppStoreProvider>
    </I18nextProvider>,
  );
  return Object.assign(result, { store });
}
