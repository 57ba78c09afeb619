/** The UI language of the shell (menu, About box): Japanese or English, following the OS. */

/** The two languages of the app. */
export type UiLanguage = 'ja' | 'en';

/**
 * The first of the user's preferred OS languages that the app speaks; English when none is.
 * Takes BCP 47 tags in preference order (app.getPreferredSystemLanguages()).
 */
export function pickLanguage(preferred: readonly string[]): UiLanguage {
  for (const tag of preferred) {
    const primary = tag.toLowerCase().split(/[-_]/)[0];
    if (primary === 'ja' || primary === 'en') return primary;
  }
  return 'en';
}
