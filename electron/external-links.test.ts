import { beforeEach, describe, expect, it, vi } from 'vitest';

const electron = vi.hoisted(() => ({ shell: { openExternal: vi.fn(async (_url: string) => {}) } }));
vi.mock('electron', () => electron);

const { isSafeExternalUrl, openExternalSafe } = await import('./external-links.js');

beforeEach(() => {
  electron.shell.openExternal.mockClear();
});

describe('isSafeExternalUrl', () => {
  it.each([
    'https://www.rfc-editor.org/rfc/rfc6409',
    'https://example.jp/path?q=1#f',
    'HTTPS://EXAMPLE.JP/',
  ])('allows %s', (url) => {
    expect(isSafeExternalUrl(url)).toBe(true);
  });

  it.each([
    'http://example.jp/',
    'file:///C:/Windows/System32/calc.exe',
    'smb://attacker/share',
    'ms-msdt:/id PCWDiagnostic',
    'javascript:alert(1)',
    'app://sendcheck/index.html',
    'mailto:taro@example.jp',
    'https://user:pw@example.jp/',
    'https://user@example.jp/',
    'not a url',
    '',
    `https://example.jp/${'a'.repeat(3000)}`,
    42,
    null,
    undefined,
  ])('refuses %s', (url) => {
    expect(isSafeExternalUrl(url)).toBe(false);
  });
});

describe('openExternalSafe', () => {
  it('opens https URLs through shell.openExternal', async () => {
    await expect(openExternalSafe('https://example.jp/a b')).resolves.toBe(true);
    expect(electron.shell.openExternal).toHaveBeenCalledWith('https://example.jp/a%20b');
  });

  it('opens the parsed form, exactly what was checked', async () => {
    await openExternalSafe('https:/\\example.jp\\x');
    expect(electron.shell.openExternal).toHaveBeenCalledWith('https://example.jp/x');
  });

  it('never hands anything else to the OS', async () => {
    for (const url of [
      'http://example.jp/',
      'file:///etc/passwd',
      'ms-settings:',
      'javascript:1',
    ]) {
      await expect(openExternalSafe(url)).resolves.toBe(false);
    }
    expect(electron.shell.openExternal).not.toHaveBeenCalled();
  });

  it('reports a failure of the OS instead of throwing', async () => {
    electron.shell.openExternal.mockRejectedValueOnce(new Error('no browser'));
    await expect(openExternalSafe('https://example.jp/')).resolves.toBe(false);
  });
});
