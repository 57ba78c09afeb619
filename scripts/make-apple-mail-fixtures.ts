/**
 * Builds the Apple Mail fixtures under test/fixtures/mail-programs/ (npm run fixtures:apple-mail):
 *   apple-mail-accounts4/Accounts4.sqlite       the account store of current macOS (sql.js)
 *   apple-mail-accounts4-wal/Accounts4.sqlite   the same store in WAL mode, with one more account
 *                                               written to Accounts4.sqlite-wal and not yet
 *                                               checkpointed (SQLite's own sqlite3 program, which
 *                                               must be installed to rebuild this one)
 *   apple-mail-binary/V3/MailData/Accounts.plist  the old XML fixture written as a binary plist
 * The tables, columns and values and their sources: test/support/accounts4-fixture.ts.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parsePlist } from '../electron/accounts/plist.js';
import { openDatabaseImage } from '../electron/accounts/sqlite-wasm.js';
import {
  accountInserts,
  accounts4Sql,
  FIXTURE_ACCOUNTS,
  PENDING_ACCOUNTS,
} from '../test/support/accounts4-fixture.js';
import { writeBinaryPlist } from '../test/support/bplist-writer.js';
import { MAIL_FIXTURES } from '../test/support/mail-fixtures.js';

function write(path: string, bytes: Uint8Array): void {
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, bytes);
  process.stdout.write(`wrote ${path} (${bytes.length} bytes)\n`);
}

async function plainStore(): Promise<void> {
  const db = await openDatabaseImage(new Uint8Array());
  db.exec(accounts4Sql(FIXTURE_ACCOUNTS));
  write(join(MAIL_FIXTURES, 'apple-mail-accounts4', 'Accounts4.sqlite'), db.export());
  db.close();
}

function walStore(): void {
  const dir = join(MAIL_FIXTURES, 'apple-mail-accounts4-wal');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const db = join(dir, 'Accounts4.sqlite');
  const sqlite3 = (input: string) => execFileSync('sqlite3', [db], { input });
  sqlite3(`PRAGMA journal_mode=WAL;\n${accounts4Sql(FIXTURE_ACCOUNTS)}`);
  // The second session leaves its transaction in the log: no checkpoint when it closes.
  sqlite3(
    `.dbconfig no_ckpt_on_close on\nBEGIN;\n${accountInserts(PENDING_ACCOUNTS, 1000).join(';\n')};\nCOMMIT;\n`,
  );
  rmSync(`${db}-shm`, { force: true });
  process.stdout.write(`wrote ${db} and ${db}-wal\n`);
}

function binaryPlist(): void {
  const xml = readFileSync(join(MAIL_FIXTURES, 'apple-mail', 'V2', 'MailData', 'Accounts.plist'));
  const path = join(MAIL_FIXTURES, 'apple-mail-binary', 'V3', 'MailData', 'Accounts.plist');
  write(path, writeBinaryPlist(parsePlist(xml)));
}

await plainStore();
walStore();
binaryPlist();
