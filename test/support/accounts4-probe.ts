/**
 * A tiny entry point for the bundle test (electron/accounts/sqlite-bundle.test.ts): bundled the way
 * the app and the command line are, it reads the account database named on its command line and
 * prints the outgoing servers it found, as JSON.
 */
import { readFileSync } from 'node:fs';
import { accounts4Accounts } from '../../electron/accounts/apple-accounts4.js';

void accounts4Accounts(readFileSync(process.argv[2] ?? ''), 'probe').then((accounts) => {
  process.stdout.write(JSON.stringify(accounts.map((a) => a.host)));
});
