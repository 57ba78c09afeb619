/** One catalogue message in both languages, for results that carry their words (input checks). */
import type { LocalizedText } from '../verdict.js';
import { createTranslator } from './i18next-options.js';
import type { Translate } from './messages.js';

let translators: { ja: Translate; en: Translate } | null = null;

/** The message `key` in Japanese and English, from the one catalogue. */
export function sayBoth(key: string, values: Record<string, unknown> = {}): LocalizedText {
  translators ??= { ja: createTranslator('ja'), en: createTranslator('en') };
  return { ja: translators.ja(key, values), en: translators.en(key, values) };
}
