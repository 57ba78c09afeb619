/**
 * The "current → recommended" table in words, one line per setting, as the command line prints it
 * and the main process's confirmation before "Fix it for me" shows it (the accounts catalogue).
 */
import type { AccountSettings, SettingChange } from './accounts.js';
import { catalogues } from './i18n/catalogues.js';
import type { Lang } from './verdict.js';

/** Fills {{name}} placeholders. */
function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, k: string) => values[k] ?? whole);
}

/** One value of the table as people read it (SSL/TLS, on/off, "(not set)" for an empty name). */
export function settingValueText(field: SettingChange['field'], raw: string, lang: Lang): string {
  const w = catalogues[lang].accounts;
  if (field === 'security') return w.security[raw as AccountSettings['security']];
  if (field === 'auth') return w.auth[raw as 'on' | 'off'];
  return raw || w.empty;
}

/** One row: "Port: 25 → 587", or "Server: smtp.example.jp (unchanged)". */
export function changeLine(c: SettingChange, lang: Lang): string {
  const w = catalogues[lang].accounts;
  const label = w.field[c.field];
  const from = settingValueText(c.field, c.from, lang);
  const to = settingValueText(c.field, c.to, lang);
  return c.changed ? fill(w.changed, { label, from, to }) : fill(w.unchanged, { label, value: to });
}
