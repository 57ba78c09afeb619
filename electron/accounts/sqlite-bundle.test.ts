import { execFile } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import { afterAll, describe, expect, it } from 'vitest';
// @ts-expect-error -- a plain ES module of the build, without types
import { cliOptions, copySqliteWasm, mainOptions } from '../../scripts/build-options.mjs';
import { MAIL_FIXTURES } from '../../test/support/mail-fixtures.js';
import { makeTempDir } from '../../test/support/temp-dir.js';

const run = promisify(execFile);
const dir = makeTempDir('sendcheck-sqlite-bundle-');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const entry = fileURLToPath(new URL('../../test/support/accounts4-probe.ts', import.meta.url));
const fixture = join(MAIL_FIXTURES, 'apple-mail-accounts4', 'Accounts4.sqlite');

describe('SQLite inside the bundles, far from node_modules', () => {
  for (const [kind, options, file] of [
    ['the command line (ESM)', cliOptions, 'cli/probe.mjs'],
    ['the main process (CommonJS)', mainOptions, 'main/probe.cjs'],
  ] as const) {
    it(`reads the account database from ${kind}, with the WebAssembly copied beside it, and fails without it`, async () => {
      const outfile = join(dir, file);
      await build({ ...options(outfile), entryPoints: [entry], sourcemap: false });
      copySqliteWasm(join(outfile, '..'));
      const { stdout } = await run(process.execPath, [outfile, fixture], { cwd: dir });
      expect(JSON.parse(stdout)).toEqual([
        'smtp.example.jp',
        'smtpauth.ocn.ne.jp',
        'smtp.gmail.com',
        'smtp.old-isp.ne.jp',
      ]);
      rmSync(join(outfile, '..', 'sql-wasm.wasm'));
      expect(existsSync(join(outfile, '..', 'sql-wasm.wasm'))).toBe(false);
      await expect(run(process.execPath, [outfile, fixture], { cwd: dir })).rejects.toThrow();
    }, 60_000);
  }
});
