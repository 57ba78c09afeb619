// Bundles the Node-side entry points with esbuild.
// Usage: node scripts/build.mjs [--outdir=DIR] cli|main|preload|app|all [...]
// --outdir (default build) lets tests build into a folder of their own, so parallel runs and a
// developer's own build/ never overwrite each other.
import { build } from 'esbuild';
import path from 'node:path';
import { cliOptions, copySqliteWasm, mainOptions } from './build-options.mjs';

const args = process.argv.slice(2);
const outArg = args.find((a) => a.startsWith('--outdir='));
const outdir = outArg ? outArg.slice('--outdir='.length) : 'build';
const targets = args.filter((a) => !a.startsWith('--'));
if (targets.length === 0) targets.push('all');
const out = (file) => path.join(outdir, file);

/** The command line (scripts/build-options.mjs), with SQLite's WebAssembly beside it. */
async function buildCli() {
  await build({ ...cliOptions(out('cli/cli.mjs')), entryPoints: ['electron/cli.ts'] });
  copySqliteWasm(out('cli'));
}

/** The main process (scripts/build-options.mjs), with SQLite's WebAssembly beside it. */
async function buildMain() {
  await build({ ...mainOptions(out('main/main.cjs')), entryPoints: ['electron/main.ts'] });
  copySqliteWasm(out('main'));
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
