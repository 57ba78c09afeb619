import type { Lang } from '../../shared/verdict.js';
import type { SliceCreator, UiSlice } from './types.js';

/** Screen, language and the support-details toggle. */
export function createUiSlice(initialLang: Lang): SliceCreator<UiSlice> {
  return (set) => ({
    step: 'start',
    lang: initialLang,
    supportOpen: false,
    setLang: (lang) => set({ lang }),
    goTo: (step) => set({ step }),
    setSupportOpen: (supportOpen) => set({ supportOpen }),
  });
}
