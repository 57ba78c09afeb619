/**
 * Test helper: builds the app the way `npm run build:app` does (vite for the renderer, esbuild for
 * main and preload), but into a folder of the caller's own, so tests running side by side (and a
 * developer's build/) never overwrite each other. The folder is laid out like the app itself:
 * package.json, build/main/main.cjs, build/preload/preload.cjs, build/renderer/.
 */
import { execFile } from 'node:child_process';
import { copyFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { makeTempDir } from './temp-dir.js';

const run = promisify(execFile);

/** The repository root (where package.json and the build scripts are). */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Where each bundle of a built app lies, relative to its root (package.json "main" and LAYOUT). */
export const BUILT = {
  main: 'build/main/main.cjs',
  preload: 'build/preload/preload.cjs',
  renderer: 'build/renderer',
} as const;

/** Builds main, preload and renderer into a new temporary folder and returns its path. */
export async function buildApp(prefix: string): Promise<string> {
  const dir = makeTempDir(prefix);
  const build = path.join(dir, 'build');
  await Promise.all([
    run(process.execPath, ['scripts/build.mjs', `--outdir=${build}`, 'main', 'preload'], {
      cwd: REPO_ROOT,
    }),
    run(
      process.execPath,
      [
        'node_modules/vite/bin/vite.js',
        'build',
        '--config',
        'renderer/vite.config.ts',
        '--outDir',
        path.join(build, 'renderer'),
        '--emptyOutDir',
        '--logLevel',
        'warn',
      ],
      { cwd: REPO_ROOT },
    ),
  ]);
  copyFileSync(path.join(REPO_ROOT, 'package.json'), path.join(dir, 'package.json'));
  return dir;
}
