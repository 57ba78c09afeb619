import type { i18n } from 'i18next';
import type { SendCheckApi } from '../../shared/ipc-methods.js';
import { pickLanguage } from '../../shared/language.js';
import type { Lang } from '../../shared/verdict.js';
import type { AppStore } from '../store/types.js';

/**
 * The language to start in: the one the user chose earlier, which the main process remembers;
 * else the OS's languages through the app's one policy (shared/language.ts). A bridge that cannot
 * answer leaves it to the OS.
 */
export async function startLanguage(
  api: Pick<SendCheckApi, 'language'>,
  osLanguages: readonly string[],
): Promise<Lang> {
  const answer = await api.language?.({}).catch(() => undefined);
  return answer?.ok ? answer.value.lang : pickLanguage(osLanguages);
}

/** Remembers a language the user picked, through the main process (which also rebuilds the menu). */
export function rememberLanguage(api: Pick<SendCheckApi, 'language'>): (lang: Lang) => void {
  return (lang) => {
    // Not remembered is not worth an error on screen: the switch itself has already happened.
    void api.language?.({ lang }).catch(() => undefined);
  };
}

/**
 * Keeps i18next and <html lang> in step with the store's language, and passes a change the user
 * made to remember(). Done as a store subscription (not a React effect) so no render ever mixes
 * the old language's labels with the new one's report text.
 */
export function bindLanguage(
  store: AppStore,
  instance: i18n,
  doc: Document = document,
  remember?: (lang: Lang) => void,
): () => void {
  const apply = (lang: string) => {
    if (instance.language !== lang) void instance.changeLanguage(lang);
    doc.documentElement.lang = lang;
  };
  apply(store.getState().lang);
  return store.subscribe((s, prev) => {
    if (s.lang === prev.lang) return;
    apply(s.lang);
    remember?.(s.lang);
  });
}
