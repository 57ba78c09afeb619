import type { Lang } from '../../shared/verdict.js';
import type { SliceCreator, UiSlice } from './types.js';

/** Language and the support-details toggle. */
export function createUiSlice(initialLang: Lang): SliceCreator<UiSlice> {
  return (set) => ({
    lang: initialLang,
    supportOpen: false,
    setLang: (lang) => set({ lang }),
    setSupportOpen: (supportOpen) => set({ supportOpen }),
  });
}
