import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import * as prettier from 'prettier';
import { makeTempDir } from '../test/support/temp-dir.js';

// Text files of every kind the lint step checks, and the binaries that must stay byte for byte.
const TEXT_FILES = [
  'electron/main.ts',
  'renderer/app/root.tsx',
  'package.json',
  'docs/desktop.md',
  '.github/workflows/desktop.yml',
];
const BINARY_FILES = ['assets/icon.png', 'assets/icon.ico', 'assets/icon.icns'];

function git(args: string[]): string {
  return execFileSync('git', args, { encoding: 'utf8' });
}

/** Prettier's verdict on text as if it were the file at filepath, with the repository's config. */
async function prettierAccepts(filepath: string, text: string): Promise<boolean> {
  const config = (await prettier.resolveConfig(filepath)) ?? {};
  return prettier.check(text, { ...config, filepath });
}

/**
 * Checks the files out the way a Windows runner does (core.autocrlf=true) into a temporary
 * folder, with git's own checkout code and the repository's .gitattributes.
 */
function windowsCheckout(files: string[]): string {
  const dir = makeTempDir('sendcheck-crlf-');
  git([
    '-c',
    'core.autocrlf=true',
    'checkout-index',
    '--force',
    // Forward slashes: git takes them on every OS, and the prefix must end in one.
    `--prefix=${dir.split(path.sep).join('/')}/`,
    '--',
    ...files,
  ]);
  return dir;
}

describe('line endings on a Windows checkout', () => {
  it('Prettier, as configured, refuses a CRLF copy of a file (what failed the Windows lint step)', async () => {
    for (const file of TEXT_FILES) {
      const lf = readFileSync(file, 'utf8');
      expect(lf.includes('\r\n'), file).toBe(false);
      expect(await prettierAccepts(file, lf), file).toBe(true);
      expect(await prettierAccepts(file, lf.replace(/\n/g, '\r\n')), file).toBe(false);
    }
  });

  it('.gitattributes makes a core.autocrlf=true checkout keep LF, so Prettier passes', async () => {
    const dir = windowsCheckout(TEXT_FILES);
    try {
      for (const file of TEXT_FILES) {
        const text = readFileSync(path.join(dir, file), 'utf8');
        expect(text.includes('\r\n'), file).toBe(false);
        expect(await prettierAccepts(file, text), file).toBe(true);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('marks the icons binary: checked out byte for byte, never converted', () => {
    for (const file of BINARY_FILES) {
      expect(git(['check-attr', 'binary', '--', file])).toBe(`${file}: binary: set\n`);
    }
    const dir = windowsCheckout(BINARY_FILES);
    try {
      for (const file of BINARY_FILES) {
        const blob = execFileSync('git', ['cat-file', 'blob', `:${file}`]);
        expect(readFileSync(path.join(dir, file)).equals(blob), file).toBe(true);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
