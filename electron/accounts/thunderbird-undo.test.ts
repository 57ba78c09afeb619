/**
 * Undo of Thunderbird fixes, through the accounts API the app and the command line use. Two fixes
 * of two accounts, then an account and a signature changed in Thunderbird since: undoing the first
 * fix puts back only that account's settings, and every other byte of prefs.js stays as it is now.
 */
import { appendFile, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AccountSettings } from '../../shared/accounts.js';
import {
  installThunderbird,
  makeTempHome,
  type TempHome,
} from '../../test/support/mail-fixtures.js';
import { historyArbitrary, runHistory } from '../../test/support/prefs-undo-model.js';
import { makeTempDirAsync } from '../../test/support/temp-dir.js';
import type { AccountsEnv } from './env.js';
import { fixAccount, readAccount, undoAccountFix } from './index.js';
import { runCommand } from './run-command.js';

let t: TempHome;
let env: AccountsEnv;
let prefs: string;
beforeEach(async () => {
  t = await makeTempHome();
  env = { home: t.home, appData: t.appData, platform: 'linux', runCommand };
  const root = await installThunderbird(t, 'linux');
  prefs = join(root, 'Profiles', 'k3x9q2ab.default-release', 'prefs.js');
});
afterEach(async () => {
  await t.remove();
});

const A = 'thunderbird:k3x9q2ab.default-release:smtp1';
const B = 'thunderbird:k3x9q2ab.default-release:smtp3';
const A_587: AccountSettings = {
  host: 'smtp.ocn.ne.jp',
  port: 587,
  security: 'starttls',
  auth: true,
  username: 'taro.yamada@ocn.ne.jp',
};
const B_465: AccountSettings = {
  host: 'mail.yamada-shoten.jp',
  port: 465,
  security: 'tls',
  auth: true,
  username: 'info@yamada-shoten.jp',
};

/** What Thunderbird writes when the user adds an account and edits a signature. */
const NEW_ACCOUNT = [
  'user_pref("mail.identity.id5.fullName", "山田 太郎（個人）");',
  'user_pref("mail.identity.id5.smtpServer", "smtp5");',
  'user_pref("mail.identity.id5.useremail", "taro@example.net");',
  'user_pref("mail.smtpserver.smtp5.hostname", "smtp.example.net");',
  'user_pref("mail.smtpserver.smtp5.port", 587);',
  '',
].join('\n');
const OLD_SIGNATURE =
  'user_pref("mail.identity.id1.htmlSigText", "山田 太郎\\n\\"山田商店\\" 東京都千代田区\\\\丸の内");';
const NEW_SIGNATURE = 'user_pref("mail.identity.id1.htmlSigText", "山田 太郎\\n新しい署名");';

describe('Thunderbird undo: one fix, only its own settings', () => {
  it('fix A, fix B, a new account and a new signature since, undo A: A is back, B and everything since stay', async () => {
    expect(await fixAccount(A, A_587, { env })).toMatchObject({ ok: true });
    expect(await fixAccount(B, B_465, { env })).toMatchObject({ ok: true });
    // Thunderbird ran meanwhile: a new account, a changed signature, the server list grown.
    const text = (await readFile(prefs, 'utf8'))
      .replace(OLD_SIGNATURE, NEW_SIGNATURE)
      .replace('"smtp1,smtp2,smtp3,smtp4"', '"smtp1,smtp2,smtp3,smtp4,smtp5"');
    await writeFile(prefs, text);
    await appendFile(prefs, NEW_ACCOUNT);
    const before = await readFile(prefs, 'utf8');

    const out = await undoAccountFix(A, { env });
    expect(out).toMatchObject({ ok: true, account: { port: 25, security: 'none', auth: false } });
    // A's three changed lines are back as the fixture had them; not one other byte moved.
    const expected = before
      .replace('"mail.smtpserver.smtp1.authMethod", 3)', '"mail.smtpserver.smtp1.authMethod", 1)')
      .replace('"mail.smtpserver.smtp1.port", 587)', '"mail.smtpserver.smtp1.port", 25)')
      .replace('"mail.smtpserver.smtp1.try_ssl", 2)', '"mail.smtpserver.smtp1.try_ssl", 0)');
    expect(await readFile(prefs, 'utf8')).toBe(expected);
    expect(await readAccount(B, env)).toMatchObject({ port: 465, security: 'tls', auth: true });
    expect(expected).toContain(NEW_ACCOUNT);
    expect(expected).toContain(NEW_SIGNATURE);
  });

  it('leaves a setting changed since the fix as it is, and names it', async () => {
    const original = await readFile(prefs, 'utf8');
    expect(await fixAccount(A, A_587, { env })).toMatchObject({ ok: true });
    // The user set the port by hand after SendCheck's fix.
    const text = (await readFile(prefs, 'utf8')).replace(
      '"mail.smtpserver.smtp1.port", 587)',
      '"mail.smtpserver.smtp1.port", 2525)',
    );
    await writeFile(prefs, text);
    const out = await undoAccountFix(A, { env });
    expect(out).toMatchObject({ ok: true, kept: ['port'], account: { port: 2525, auth: false } });
    expect(await readFile(prefs, 'utf8')).toBe(
      original.replace('"mail.smtpserver.smtp1.port", 25)', '"mail.smtpserver.smtp1.port", 2525)'),
    );
    expect(await undoAccountFix(A, { env })).toMatchObject({
      ok: false,
      code: 'already_undone',
    });
  });
});

describe('Thunderbird undo: records it cannot trust', () => {
  it('never acts on a fix record that is cut short or names another server`s prefs', async () => {
    const original = await readFile(prefs);
    expect(await fixAccount(A, A_587, { env })).toMatchObject({ ok: true });
    const after = await readFile(prefs);
    const dir = join(prefs, '..');
    const [record] = (await readdir(dir)).filter((n) => n.endsWith('.fix.json'));
    const path = join(dir, record ?? '');
    const good = await readFile(path, 'utf8');
    for (const bad of [
      good.slice(0, good.length / 2),
      good.replaceAll('mail.smtpserver.smtp1.', 'mail.identity.id1.'),
    ]) {
      await writeFile(path, bad);
      expect(await undoAccountFix(A, { env })).toMatchObject({ ok: false, code: 'no_backup' });
      expect(await readFile(prefs)).toEqual(after);
    }
    await writeFile(path, good);
    expect(await undoAccountFix(A, { env })).toMatchObject({ ok: true });
    expect(await readFile(prefs)).toEqual(original);
  });
});

describe('Thunderbird undo (property): random histories of fixes, outside edits, new accounts and undos', () => {
  it('after each undo, only the prefs that still held the fix`s values go back, every other line stays byte for byte (100 histories)', async () => {
    const base = await makeTempDirAsync('sendcheck-undo-');
    let n = 0;
    try {
      await fc.assert(
        fc.asyncProperty(historyArbitrary, async (h) => {
          const dir = join(base, String(n++));
          await mkdir(dir);
          expect(await runHistory(dir, h)).toEqual([]);
        }),
        { numRuns: 100, seed: 20261207 },
      );
    } finally {
      await rm(base, { recursive: true, force: true });
    }
  }, 120_000);
});
