// The esbuild options of the Node-side bundles, shared by scripts/build.mjs and the test that runs
// a bundle (electron/accounts/bundle.test.ts), so both build the same way.
import { copyFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/**
 * The command line: one ESM file that plain Node runs with no TypeScript loader, so it starts fast.
 * Bundled CommonJS code (sql.js's loader) may use require and __dirname, which ESM lacks: the
 * banner defines both from the bundle's own place.
 */
export function cliOptions(outfile) {
  return {
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    sourcemap: true,
    logLevel: 'warning',
    banner: {
      js: "import { createRequire as __cr } from 'node:module'; import { fileURLToPath as __fu } from 'node:url'; const require = __cr(import.meta.url); const __dirname = __fu(new URL('.', import.meta.url));",
    },
  };
}

/**
 * The main process: one CommonJS file (package.json "main"), electron left to the runtime.
 * CommonJS has no import.meta, so import.meta.url is defined from __filename for any module that
 * locates files next to itself.
 */
export function mainOptions(outfile) {
  return {
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node22',
    external: ['electron'],
    sourcemap: true,
    logLevel: 'warning',
    define: { 'import.meta.url': '__sendcheck_import_meta_url' },
    banner: {
      js: "const __sendcheck_import_meta_url = require('node:url').pathToFileURL(__filename).href;",
    },
  };
}

/**
 * Copies sql.js's WebAssembly binary beside a bundle: electron/accounts/sqlite-wasm.ts looks for it
 * there first (the packaged app has no node_modules; electron-builder takes build/main/**).
 */
export function copySqliteWasm(dir) {
  const from = createRequire(import.meta.url).resolve('sql.js/dist/sql-wasm.wasm');
  mkdirSync(dir, { recursive: true });
  copyFileSync(from, path.join(dir, 'sql-wasm.wasm'));
}
