import type { AppStore, TextSize } from '../store/types.js';

/** Where the renderer keeps the text size between starts (the window's own localStorage). */
export const TEXT_SIZE_KEY = 'sendcheck.textSize';

/** The text size chosen at an earlier start; standard when none was, or the storage cannot answer. */
export function storedTextSize(storage: Pick<Storage, 'getItem'> | undefined): TextSize {
  try {
    return storage?.getItem(TEXT_SIZE_KEY) === 'large' ? 'large' : 'standard';
  } catch {
    return 'standard';
  }
}

/**
 * Keeps <html data-text-size> in step with the store (base.css sets the root font size from it,
 * so every rem on every screen scales), and remembers a change the user made. A storage that
 * refuses to write only means the next start is standard size again.
 */
export function bindTextSize(
  store: AppStore,
  doc: Document = document,
  storage?: Pick<Storage, 'setItem'>,
): () => void {
  const apply = (size: TextSize) => {
    doc.documentElement.dataset['textSize'] = size;
  };
  apply(store.getState().textSize);
  return store.subscribe((s, prev) => {
    if (s.textSize === prev.textSize) return;
    apply(s.textSize);
    try {
      storage?.setItem(TEXT_SIZE_KEY, s.textSize);
    } catch {
      // Not remembered: the switch itself has already happened.
    }
  });
}
