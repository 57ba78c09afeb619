/**
 * The "current → recommended" table in words, one line per setting, as the command line prints it
 * and the main process's confirmation before "Fix it for me" shows it (the accounts catalogue).
 */
import type { AccountSettings } from './accounts.js';
import { createTranslator } from './i18n/i18next-options.js';
import type { SettingChange } from './settings-to-write.js';
import type { Lang } from './verdict.js';

/** One value of the table as people read it (SSL/TLS, on/off, "(not set)", a value not known). */
export function settingValueText(
  field: SettingChange['field'],
  raw: string | null,
  lang: Lang,
): string {
  const t = createTranslator(lang);
  if (raw === null) return t('settings.values.ispUserId');
  if (field === 'security') return t(`accounts.security.${raw as AccountSettings['security']}`);
  if (field === 'auth') return t(`accounts.auth.${raw as 'on' | 'off'}`);
  return raw || t('accounts.empty');
}

/** One row: "Port: 25 → 587", or "Server: smtp.example.jp (unchanged)". */
export function changeLine(c: SettingChange, lang: Lang): string {
  const t = createTranslator(lang);
  const label = t(`accounts.field.${c.field}`);
  const from = settingValueText(c.field, c.from, lang);
  const to = settingValueText(c.field, c.to, lang);
  return c.changed
    ? t('accounts.changed', { label, from, to })
    : t('accounts.unchanged', { label, value: to });
}
