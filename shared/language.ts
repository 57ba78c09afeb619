/**
 * The one language policy of the app, for the window, the menu and the command line: Japanese when
 * the user's languages say Japanese, English otherwise. Pure code: each side passes in the tags it
 * has (OS preferences, navigator.languages, the POSIX locale variables).
 */
import type { Lang } from './verdict.js';

/** The languages the app speaks. */
export const LANGS: readonly Lang[] = ['ja', 'en'];

/** True for 'ja' or 'en'. */
export function isLang(value: unknown): value is Lang {
  return value === 'ja' || value === 'en';
}

/** The primary language subtag of a BCP 47 tag or a POSIX locale ('ja_JP.UTF-8@x' -> 'ja'). */
function primarySubtag(tag: string): string {
  return (
    tag
      .trim()
      .toLowerCase()
      .split(/[-_.@]/)[0] ?? ''
  ).trim();
}

/**
 * The language for a list of tags in preference order: the first one that is Japanese or English
 * decides; none of them (or no tags at all, or 'C'/'POSIX') means English, the more widely read
 * of the two for someone whose language the app does not speak.
 */
export function pickLanguage(tags: readonly (string | null | undefined)[]): Lang {
  for (const tag of tags) {
    if (typeof tag !== 'string') continue;
    const primary = primarySubtag(tag);
    if (isLang(primary)) return primary;
  }
  return 'en';
}

/**
 * The locale a POSIX program is in, as tags for pickLanguage: LC_ALL, else LC_MESSAGES, else LANG
 * (the first that is set wins, as setlocale reads them). GNU's LANGUAGE list comes first when a
 * locale is set at all, as gettext reads it.
 */
export function posixLocaleTags(env: Readonly<Record<string, string | undefined>>): string[] {
  const locale = [env['LC_ALL'], env['LC_MESSAGES'], env['LANG']].find(
    (v) => v !== undefined && v !== '',
  );
  if (locale === undefined) return [];
  const isPlainC = /^(c|posix)([._@]|$)/i.test(locale);
  const language = isPlainC ? [] : (env['LANGUAGE'] ?? '').split(':').filter((v) => v !== '');
  return [...language, locale];
}
