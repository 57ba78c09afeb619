/**
 * SQLite for reading the system's account database: sql.js, SQLite compiled to WebAssembly. It
 * runs the same under the tests' Node and the app's Electron with no native build, and it reads
 * a copy of the file's bytes in memory, so the database itself is never opened, locked or
 * written (docs/parsers.md says why it was chosen).
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import initSqlJs from 'sql.js';
import type { Database, SqlJsStatic } from 'sql.js';

/** The file name of sql.js's WebAssembly binary, copied beside each Node bundle by scripts/build.mjs. */
export const SQLITE_WASM_FILE = 'sql-wasm.wasm';

let loading: Promise<SqlJsStatic> | undefined;

async function wasmBinary(): Promise<ArrayBuffer> {
  let bytes: Buffer;
  // Beside the bundle (build/main, build/cli); from the package when running from the sources.
  try {
    bytes = await readFile(new URL(`./${SQLITE_WASM_FILE}`, import.meta.url));
  } catch {
    const require = createRequire(import.meta.url);
    bytes = await readFile(require.resolve(`sql.js/dist/${SQLITE_WASM_FILE}`));
  }
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}

function sqlite(): Promise<SqlJsStatic> {
  loading ??= wasmBinary().then((bytes) => initSqlJs({ wasmBinary: bytes }));
  // A failed load is not kept: the next read tries again.
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}

/** Opens a database image held in memory; the caller closes it. */
export async function openDatabaseImage(bytes: Uint8Array): Promise<Database> {
  const SQL = await sqlite();
  return new SQL.Database(bytes);
}
