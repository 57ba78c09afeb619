// Bundles the Node-side entry points with esbuild.
// Usage: node scripts/build.mjs [--outdir=DIR] cli|main|preload|app|all [...]
// --outdir (default build) lets tests build into a folder of their own, so parallel runs and a
// developer's own build/ never overwrite each other.
import { build } from 'esbuild';
import path from 'node:path';

const args = process.argv.slice(2);
const outArg = args.find((a) => a.startsWith('--outdir='));
const outdir = outArg ? outArg.slice('--outdir='.length) : 'build';
const targets = args.filter((a) => !a.startsWith('--'));
if (targets.length === 0) targets.push('all');
const out = (file) => path.join(outdir, file);

/** The command line: one ESM file that plain Node runs with no TypeScript loader, so it starts fast. */
async function buildCli() {
  await build({
    entryPoints: ['electron/cli.ts'],
    outfile: out('cli/cli.mjs'),
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    sourcemap: true,
    logLevel: 'warning',
    banner: {
      js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);",
    },
  });
}

/**
 * The main process: one CommonJS file (package.json "main"), electron left to the runtime.
 * CommonJS has no import.meta, so import.meta.url is defined from __filename for any module that
 * locates files next to itself.
 */
async function buildMain() {
  await build({
    entryPoints: ['electron/main.ts'],
    outfile: out('main/main.cjs'),
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
  });
}

/**
 * The preload: ONE CommonJS file requiring nothing but 'electron'. A sandboxed preload cannot
 * require other files or Node built-ins; platform 'browser' makes esbuild fail on any that slip in.
 */
async function buildPreload() {
  await build({
    entryPoints: ['electron/preload.ts'],
    outfile: out('preload/preload.cjs'),
    bundle: true,
    platform: 'browser',
    format: 'cjs',
    target: 'chrome130',
    external: ['electron'],
    sourcemap: false,
    logLevel: 'warning',
  });
}

const jobs = {
  cli: [buildCli],
  main: [buildMain],
  preload: [buildPreload],
  app: [buildMain, buildPreload],
  all: [buildCli, buildMain, buildPreload],
};
for (const target of targets) {
  if (!jobs[target]) {
    console.error(`unknown build target: ${target} (one of ${Object.keys(jobs).join(', ')})`);
    process.exit(2);
  }
}
for (const target of targets) for (const job of jobs[target]) await job();
