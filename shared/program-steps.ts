/**
 * The numbered steps to type the recommended settings into one mail program, filled in by
 * i18next from the catalogue (`programs.<program>.steps`), for the command line and the settings
 * card alike. The values are the ones the settings-to-write pipeline filled in
 * (shared/settings-to-write.ts); a user name SendCheck does not know is said in words.
 */
import type { MailProgram } from './diagnosis.js';
import type { Translate } from './i18n/translate.js';
import type { SettingsToWrite } from './settings-to-write.js';

/** The values the steps name. */
export type StepValues = Record<'host' | 'port' | 'security' | 'username', string>;

/** The values of one program's steps, as that program's menus call them. */
export function stepValues(program: MailProgram, s: SettingsToWrite, t: Translate): StepValues {
  return {
    host: s.host,
    port: String(s.port),
    security: t(`programs.${program}.security.${s.security}`),
    username: s.username.known ? s.username.value : t('settings.values.ispUserId'),
  };
}

/** The steps of one program, each a whole sentence with the values filled in. */
export function programStepTexts(program: MailProgram, values: StepValues, t: Translate): string[] {
  // returnObjects: the list itself, to know how many steps there are.
  const steps = t(`programs.${program}.steps`, { returnObjects: true }) as unknown;
  const count = Array.isArray(steps) ? steps.length : 0;
  return Array.from({ length: count }, (_, i) => t(`programs.${program}.steps.${i}`, values));
}
