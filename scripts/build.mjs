// Bundles the Node-side entry points with esbuild. Usage: node scripts/build.mjs cli|main|all
import { build } from 'esbuild';

const target = process.argv[2] ?? 'all';

/** The command line: one ESM file that plain Node runs with no TypeScript loader, so it starts fast. */
async function buildCli() {
  await build({
    entryPoints: ['electron/cli.ts'],
    outfile: 'build/cli/cli.mjs',
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    sourcemap: true,
    logLevel: 'warning',
    banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  });
}

const jobs = { cli: [buildCli], all: [buildCli] };
if (!jobs[target]) {
  console.error(`unknown build target: ${target}`);
  process.exit(2);
}
for (const job of jobs[target]) await job();
