import { afterEach, describe, expect, it, vi } from 'vitest';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import {
  LanguageSetting,
  SETTINGS_FILE,
  readSettings,
  settingsFile as fileStore,
  writeSettings,
} from './language.js';
import { makeTempDir } from '../test/support/temp-dir.js';

const dirs: string[] = [];
function settingsFile(): string {
  const dir = makeTempDir('sendcheck-settings-');
  dirs.push(dir);
  return path.join(dir, 'nested', SETTINGS_FILE);
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('LanguageSetting', () => {
  it('follows the OS through the one policy while nothing is saved', () => {
    const file = settingsFile();
    expect(new LanguageSetting(fileStore(file), () => ['ja-JP', 'en-US']).current()).toEqual({
      lang: 'ja',
      source: 'system',
    });
    expect(new LanguageSetting(fileStore(file), () => ['de-DE']).current()).toEqual({
      lang: 'en',
      source: 'system',
    });
  });

  it('remembers the user’s choice across runs, over the OS language', async () => {
    const file = settingsFile();
    const first = new LanguageSetting(fileStore(file), () => ['ja-JP']);
    expect(await first.choose('en')).toEqual({ lang: 'en', source: 'saved' });
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ language: 'en' });
    // The next start of the app reads it back.
    expect(new LanguageSetting(fileStore(file), () => ['ja-JP']).current()).toEqual({
      lang: 'en',
      source: 'saved',
    });
  });

  it('tells its listeners (the menu) only when the language really changes', async () => {
    const setting = new LanguageSetting(fileStore(settingsFile()), () => ['ja-JP']);
    const listener = vi.fn();
    setting.onChange(listener);
    await setting.choose('ja');
    expect(listener).not.toHaveBeenCalled();
    await setting.choose('en');
    expect(listener).toHaveBeenCalledExactlyOnceWith({ lang: 'en', source: 'saved' });
  });
});

describe('the settings file', () => {
  it('is written whole, with no temporary file left beside it', async () => {
    const file = settingsFile();
    await writeSettings(file, { language: 'ja' });
    expect(readdirSync(path.dirname(file))).toEqual([SETTINGS_FILE]);
  });

  it.each([
    ['not json', '{'],
    ['an array', '[]'],
    ['an unknown language', '{"language":"fr"}'],
    ['a wrong type', '{"language":1}'],
  ])('reads %s as nothing saved, so the app still starts', async (_what, text) => {
    const file = settingsFile();
    await writeSettings(file, {});
    writeFileSync(file, text);
    expect(readSettings(file)).toEqual({});
    expect(new LanguageSetting(fileStore(file), () => ['en-US']).current().source).toBe('system');
  });

  it('reads a missing file as nothing saved', () => {
    expect(readSettings(settingsFile())).toEqual({});
  });

  it('keeps only what it knows', async () => {
    const file = settingsFile();
    await writeSettings(file, {});
    writeFileSync(file, '{"language":"ja","__proto__":{"x":1},"other":true}');
    expect(readSettings(file)).toEqual({ language: 'ja' });
  });
});
