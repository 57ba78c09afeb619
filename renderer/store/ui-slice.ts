import type { Lang } from '../../shared/verdict.js';
import type { SliceCreator, TextSize, UiSlice } from './types.js';

/** Language, text size and the support-details toggle. */
export function createUiSlice(initialLang: Lang, initialTextSize: TextSize): SliceCreator<UiSlice> {
  return (set) => ({
    lang: initialLang,
    textSize: initialTextSize,
    supportOpen: false,
    setLang: (lang) => set({ lang }),
    setTextSize: (textSize) => set({ textSize }),
    setSupportOpen: (supportOpen) => set({ supportOpen }),
  });
}
