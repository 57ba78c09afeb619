/**
 * The shell's language (window, menu, About box): the user's own choice when they made one in the
 * app, remembered in a small settings file under userData; otherwise the OS's languages through
 * the one policy, shared/language.ts pickLanguage (Japanese when the OS says Japanese, else
 * English).
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { isLang, pickLanguage } from '../shared/language.js';
import type { Lang } from '../shared/verdict.js';

/** The settings file's name inside userData. */
export const SETTINGS_FILE = 'settings.json';

/** What the app remembers between runs (only this; never anything the user typed). */
export interface Settings {
  language?: Lang;
}

/** The language in force, and whether the user chose it or it follows the OS. */
export interface LanguageState {
  lang: Lang;
  source: 'saved' | 'system';
}

/**
 * Reads the settings file. A missing, unreadable or hand-broken file reads as "nothing saved"
 * (the app must start whatever is on disk), and unknown or invalid fields are dropped.
 */
export function readSettings(file: string): Settings {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return {};
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return {};
  const language: unknown = (raw as Record<string, unknown>)['language'];
  return isLang(language) ? { language } : {};
}

/** Writes the settings file whole, through a temporary file and a rename, so a crash leaves the old one. */
export function writeSettings(file: string, settings: Settings): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const temp = `${file}.${process.pid}.tmp`;
  writeFileSync(temp, `${JSON.stringify(settings, null, 2)}\n`, { mode: 0o600 });
  renameSync(temp, file);
}

/** The language setting of one running app: read once at start, written when the user chooses. */
export class LanguageSetting {
  private saved: Lang | undefined;
  private readonly listeners = new Set<(state: LanguageState) => void>();

  /** file: the settings file; systemTags: the OS's preferred languages (read when needed). */
  constructor(
    private readonly file: string,
    private readonly systemTags: () => readonly string[],
  ) {
    this.saved = readSettings(file).language;
  }

  /** The language in force now. */
  current(): LanguageState {
    if (this.saved !== undefined) return { lang: this.saved, source: 'saved' };
    return { lang: pickLanguage(this.systemTags()), source: 'system' };
  }

  /** Remembers the user's choice, tells the listeners (the menu), and answers the new state. */
  async choose(lang: Lang): Promise<LanguageState> {
    const changed = this.current().lang !== lang;
    writeSettings(this.file, { ...readSettings(this.file), language: lang });
    this.saved = lang;
    const state = this.current();
    if (changed) for (const listener of this.listeners) listener(state);
    return state;
  }

  /** Calls listener whenever the language in force changes. */
  onChange(listener: (state: LanguageState) => void): void {
    this.listeners.add(listener);
  }
}
