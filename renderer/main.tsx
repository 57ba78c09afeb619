import { createRoot } from 'react-dom/client';
import type { SendCheckApi } from '../shared/ipc-methods.js';
import { bindLanguage, rememberLanguage, startLanguage } from './app/bind-language.js';
import { missingBridge } from './app/missing-bridge.js';
import { bindTextSize, storedTextSize } from './app/text-size.js';
import { Root } from './app/root.js';
import { createI18n } from './i18n/i18n.js';
import { createAppStore } from './store/app-store.js';
import './styles/index.css';

/** The preload's bridge, or a clear message when the preload did not run (e.g. a plain browser). */
async function bridge(): Promise<SendCheckApi> {
  // Typed as always there, but a preload that failed to run must not leave a blank window.
  const api = (window as { sendcheck?: SendCheckApi }).sendcheck;
  if (api) return api;
  return missingBridge();
}

const api = await bridge();
const lang = await startLanguage(api, navigator.languages);
const store = createAppStore({ api, lang, textSize: storedTextSize(localStorage) });
const i18n = createI18n(lang);
bindLanguage(store, i18n, document, rememberLanguage(api));
bindTextSize(store, document, localStorage);

const container = document.getElementById('root');
if (container === null) throw new Error('index.html has no #root');
createRoot(container).render(<Root store={store} i18n={i18n} />);
