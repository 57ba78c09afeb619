/**
 * The shell's language (window, menu, About box): the user's own choice when they made one in the
 * app, remembered in a small settings file under userData; otherwise the OS's languages through
 * the one policy, shared/language.ts pickLanguage (Japanese when the OS says Japanese, else
 * English).
 */
import { readFileSync } from 'node:fs';
import { isLang, pickLanguage } from '../shared/language.js';
import type { Lang } from '../shared/verdict.js';
import { replaceFile } from './atomic-write.js';

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

/** Writes the settings file whole (electron/atomic-write.ts), so a crash leaves the old one. */
export async function writeSettings(file: string, settings: Settings): Promise<void> {
  await replaceFile(file, `${JSON.stringify(settings, null, 2)}\n`, {
    mode: 0o600,
    makeFolder: true,
  });
}

/** Where the settings live: the file under userData in the app (a test may keep them in memory). */
export interface SettingsStore {
  read(): Settings;
  write(settings: Settings): Promise<void>;
}

/** The settings file at this path. */
export function settingsFile(file: string): SettingsStore {
  return { read: () => readSettings(file), write: (settings) => writeSettings(file, settings) };
}

/** The language setting of one running app: read once at start, written when the user chooses. */
export class LanguageSetting {
  private saved: Lang | undefined;
  private readonly listeners = new Set<(state: LanguageState) => void>();

  /** store: where the choice is kept; systemTags: the OS's preferred languages (read when needed). */
  constructor(
    private readonly store: SettingsStore,
    private readonly systemTags: () => readonly string[],
  ) {
    this.saved = store.read().language;
  }

  /** The language in force now. */
  current(): LanguageState {
    if (this.saved !== undefined) return { lang: this.saved, source: 'saved' };
    return { lang: pickLanguage(this.systemTags()), source: 'system' };
  }

  /** Remembers the user's choice, tells the listeners (the menu), and answers the new state. */
  async choose(lang: Lang): Promise<LanguageState> {
    const changed = this.current().lang !== lang;
    await this.store.write({ ...this.store.read(), language: lang });
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
