/** One catalogue message in both languages, for results that carry their words (input checks). */
import type { LocalizedText } from '../verdict.js';
import { createTranslator } from './i18next-options.js';

/** The message `key` in Japanese and English, from the one catalogue. */
export function sayBoth(key: string, values: Record<string, unknown> = {}): LocalizedText {
  return { ja: createTranslator('ja')(key, values), en: createTranslator('en')(key, values) };
}
