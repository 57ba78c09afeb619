import { spawn } from 'node:child_process';
import { readdir, readFile, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AccountSettings, SourcedAccount } from '../../shared/accounts.js';
import {
  installThunderbird,
  makeTempHome,
  type TempHome,
} from '../../test/support/mail-fixtures.js';
import type { AccountsEnv } from './env.js';
import { runCommand } from './run-command.js';
import { formatUserPref, parsePrefs } from './prefs-js.js';
import {
  applySmtpSettings,
  listBackups,
  undoThunderbirdChange,
  writeThunderbirdSettings,
} from './thunderbird-fix.js';
import { readThunderbird } from './thunderbird.js';

let t: TempHome;
let env: AccountsEnv;
beforeEach(async () => {
  t = await makeTempHome();
  env = { home: t.home, appData: t.appData, platform: 'linux', runCommand };
});
afterEach(async () => {
  await t.remove();
});

const OCN_587: AccountSettings = {
  host: 'smtp.ocn.ne.jp',
  port: 587,
  security: 'starttls',
  auth: true,
  username: 'taro.yamada@ocn.ne.jp',
};

async function account(id: string, e: AccountsEnv = env): Promise<SourcedAccount> {
  const a = (await readThunderbird(e))?.find((x) => x.id === id);
  if (!a) throw new Error(`no account ${id}`);
  return a;
}

function tb(a: SourcedAccount) {
  if (a.source.kind !== 'thunderbird') throw new Error('not thunderbird');
  return a.source;
}

async function fix(a: SourcedAccount, settings: AccountSettings, e: AccountsEnv = env) {
  const s = tb(a);
  return writeThunderbirdSettings({
    profileDir: s.profileDir,
    smtpKey: s.smtpKey,
    settings,
    expectSha256: s.prefsSha256,
    env: e,
    now: new Date(2026, 10, 30, 9, 5, 7),
  });
}

/** Lines of a file, minus those of one server's five fields: what must never change. */
function otherLines(bytes: Buffer, smtpKey: string): string[] {
  const re = new RegExp(
    String.raw`^user_pref\("mail\.smtpserver\.${smtpKey}\.(hostname|port|try_ssl|authMethod|username)"`,
  );
  return bytes
    .toString('latin1')
    .split(/(?<=\n)/)
    .filter((l) => !re.test(l));
}

const MAIN = 'thunderbird:k3x9q2ab.default-release';
const WORK = 'thunderbird:7hf2mz0c.仕事:smtp1';

describe('Thunderbird fix: round trip on the fixture profiles', () => {
  it('writes the five settings of one server, keeps every other line, backs up, and undo restores the bytes', async () => {
    const root = await installThunderbird(t, 'linux');
    const dir = join(root, 'Profiles', 'k3x9q2ab.default-release');
    const original = await readFile(join(dir, 'prefs.js'));
    const out = await fix(await account(`${MAIN}:smtp1`), OCN_587);
    expect(out).toMatchObject({
      ok: true,
      backup: join(dir, 'prefs.js.sendcheck-20261130-090507.bak'),
    });
    const after = await readFile(join(dir, 'prefs.js'));
    expect(await readFile(join(dir, 'prefs.js.sendcheck-20261130-090507.bak'))).toEqual(original);
    expect(otherLines(after, 'smtp1')).toEqual(otherLines(original, 'smtp1'));
    expect(after.toString()).toContain('user_pref("mail.smtpserver.smtp1.port", 587);\n');
    expect(after.toString()).toContain('user_pref("mail.smtpserver.smtp1.try_ssl", 2);\n');
    expect(after.toString()).toContain('user_pref("mail.smtpserver.smtp1.authMethod", 3);\n');
    expect(await account(`${MAIN}:smtp1`)).toMatchObject({
      port: 587,
      security: 'starttls',
      auth: true,
    });
    // The other servers read exactly as before.
    const others = (await readThunderbird(env))?.filter((a) => a.id !== `${MAIN}:smtp1`);
    expect(others?.map((a) => [a.host, a.port, a.security, a.auth])).toEqual([
      ['smtp.gmail.com', 465, 'tls', true],
      ['mail.yamada-shoten.jp', 587, 'none', true],
      ['smtp.example.jp', 587, 'starttls', true],
    ]);
    expect(await undoThunderbirdChange({ profileDir: dir, smtpKey: 'smtp1', env })).toMatchObject({
      ok: true,
      fix: 'prefs.js.sendcheck-20261130-090507.fix.json',
      backup: 'prefs.js.sendcheck-20261130-090507.bak',
      kept: [],
    });
    expect(await readFile(join(dir, 'prefs.js'))).toEqual(original);
    expect((await readdir(dir)).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it('adds missing keys after the server`s last line, and keeps CRLF in a Windows profile', async () => {
    const root = await installThunderbird(t, 'linux');
    const shop = await account(`${MAIN}:smtp3`);
    const settings = {
      ...OCN_587,
      host: 'mail.yamada-shoten.jp',
      username: 'info@yamada-shoten.jp',
    };
    expect(await fix(shop, settings)).toMatchObject({ ok: true });
    const text = (
      await readFile(join(root, 'Profiles', 'k3x9q2ab.default-release', 'prefs.js'))
    ).toString();
    expect(text).toContain(
      [
        'user_pref("mail.smtpserver.smtp3.hostname", "mail.yamada-shoten.jp");',
        'user_pref("mail.smtpserver.smtp3.authMethod", 3);',
        'user_pref("mail.smtpserver.smtp3.port", 587);',
        'user_pref("mail.smtpserver.smtp3.try_ssl", 2);',
        'user_pref("mail.smtpserver.smtp3.username", "info@yamada-shoten.jp");',
        'user_pref("mail.smtpserver.smtp4.authMethod", 3);',
      ].join('\n'),
    );
    const work = await account(WORK);
    expect(
      await fix(work, { ...OCN_587, host: 'smtp.example.jp', port: 465, security: 'tls' }),
    ).toMatchObject({ ok: true });
    const bytes = await readFile(join(tb(work).profileDir, 'prefs.js'));
    expect(bytes.toString()).toContain('user_pref("mail.smtpserver.smtp1.try_ssl", 3);\r\n');
    expect(bytes.toString().replace(/\r\n/g, '')).not.toMatch(/\n/);
    expect(await account(WORK)).toMatchObject({
      displayName: '鈴木 一郎',
      port: 465,
      security: 'tls',
    });
  });

  it('keeps OAuth2 on the same server, and sets "no authentication" when auth is off', async () => {
    await installThunderbird(t, 'linux');
    const gmail = await account(`${MAIN}:smtp2`);
    const settings = {
      host: 'smtp.gmail.com',
      port: 587,
      security: 'starttls',
      auth: true,
      username: 'hanako.sato@gmail.com',
    } as const;
    expect(await fix(gmail, settings)).toMatchObject({ ok: true });
    expect(tb(await account(`${MAIN}:smtp2`)).authMethod).toBe(10);
    expect(await fix(await account(`${MAIN}:smtp2`), { ...settings, auth: false })).toMatchObject({
      ok: true,
    });
    expect(await account(`${MAIN}:smtp2`)).toMatchObject({ auth: false });
  });
});

describe('Thunderbird fix: refusals', () => {
  it('refuses while the Linux `lock` symlink shows Thunderbird running, and writes nothing', async () => {
    const root = await installThunderbird(t, 'linux');
    const dir = join(root, 'Profiles', 'k3x9q2ab.default-release');
    const a = await account(`${MAIN}:smtp1`);
    await symlink(`127.0.1.1:+${process.pid}`, join(dir, 'lock'));
    const before = await readFile(join(dir, 'prefs.js'));
    expect(await fix(a, OCN_587)).toMatchObject({ ok: false, code: 'running' });
    expect(await readFile(join(dir, 'prefs.js'))).toEqual(before);
    expect(await listBackups(dir)).toEqual([]);
    expect(await undoThunderbirdChange({ profileDir: dir, smtpKey: 'smtp1', env })).toMatchObject({
      ok: false,
      code: 'running',
    });
  });

  // sh and lsof are not there on Windows; the Windows lock is the sharing violation tested below.
  it.skipIf(process.platform === 'win32')(
    'refuses on macOS while a process holds .parentlock (asked with the real lsof; needs sh and lsof, not on Windows)',
    async () => {
      const root = await installThunderbird(t, 'darwin');
      const mac: AccountsEnv = { ...env, platform: 'darwin' };
      const a = await account(`${MAIN}:smtp1`, mac);
      const lockFile = join(root, 'Profiles', 'k3x9q2ab.default-release', '.parentlock');
      await writeFile(lockFile, '');
      // A stand-in for Thunderbird: a process that keeps .parentlock open, as the fcntl lock does.
      const holder = spawn('sh', ['-c', 'exec 3<>"$0"; echo ready; exec sleep 30', lockFile]);
      try {
        await new Promise((resolve) => holder.stdout.once('data', resolve));
        expect(await fix(a, OCN_587, mac)).toMatchObject({ ok: false, code: 'running' });
      } finally {
        holder.kill();
      }
      await new Promise((resolve) => holder.once('exit', resolve));
      // The file stays after Thunderbird exits; nobody holds it now, so the fix goes ahead.
      expect(await fix(a, OCN_587, mac)).toMatchObject({ ok: true });
    },
  );

  it('refuses on Windows while parent.lock cannot be opened (sharing violation)', async () => {
    await installThunderbird(t, 'win32');
    const busy: AccountsEnv = { ...env, platform: 'win32', tryOpen: async () => 'busy' };
    const a = await account(`${MAIN}:smtp1`, busy);
    expect(await fix(a, OCN_587, busy)).toMatchObject({ ok: false, code: 'running' });
    const free: AccountsEnv = { ...busy, tryOpen: async () => 'open' };
    expect(await fix(a, OCN_587, free)).toMatchObject({ ok: true });
  });

  it('refuses when prefs.js changed after it was read, and writes nothing', async () => {
    const root = await installThunderbird(t, 'linux');
    const dir = join(root, 'Profiles', 'k3x9q2ab.default-release');
    const a = await account(`${MAIN}:smtp1`);
    // Thunderbird saved its preferences meanwhile.
    await writeFile(join(dir, 'prefs.js'), 'user_pref("mail.ui-rdf.version", 44);\n', {
      flag: 'a',
    });
    const changed = await readFile(join(dir, 'prefs.js'));
    expect(await fix(a, OCN_587)).toMatchObject({ ok: false, code: 'changed' });
    expect(await readFile(join(dir, 'prefs.js'))).toEqual(changed);
    expect(await listBackups(dir)).toEqual([]);
  });

  it('refuses bad settings and a server setting split over lines', async () => {
    const root = await installThunderbird(t, 'linux');
    const a = await account(`${MAIN}:smtp1`);
    for (const bad of [{ host: 'smtp://x' }, { port: 70000 }, { username: 'a\nb' }]) {
      expect(await fix(a, { ...OCN_587, ...bad })).toMatchObject({
        ok: false,
        code: 'bad_settings',
      });
    }
    const prefs = join(root, 'Profiles', 'k3x9q2ab.default-release', 'prefs.js');
    const text = (await readFile(prefs, 'utf8')).replace(
      'user_pref("mail.smtpserver.smtp1.port", 25);',
      'user_pref("mail.smtpserver.smtp1.port",\n  25);',
    );
    await writeFile(prefs, text);
    expect(await fix(await account(`${MAIN}:smtp1`), OCN_587)).toMatchObject({
      ok: false,
      code: 'unusual_format',
    });
  });
});

describe('Thunderbird undo', () => {
  it('undoes the newest fix not yet undone, then the one before; the same fix twice is a no-op that says so', async () => {
    const root = await installThunderbird(t, 'linux');
    const dir = join(root, 'Profiles', 'k3x9q2ab.default-release');
    const undo = (fix?: string) =>
      undoThunderbirdChange({
        profileDir: dir,
        smtpKey: 'smtp1',
        env,
        ...(fix !== undefined ? { fix } : {}),
      });
    expect(await undo()).toMatchObject({ ok: false, code: 'no_backup' });
    const original = await readFile(join(dir, 'prefs.js'));
    expect(await fix(await account(`${MAIN}:smtp1`), OCN_587)).toMatchObject({ ok: true });
    const afterFirst = await readFile(join(dir, 'prefs.js'));
    expect(
      await fix(await account(`${MAIN}:smtp1`), { ...OCN_587, port: 465, security: 'tls' }),
    ).toMatchObject({ ok: true });
    expect((await readdir(dir)).filter((n) => n.startsWith('prefs.js.')).sort()).toEqual([
      'prefs.js.sendcheck-20261130-090507-2.bak',
      'prefs.js.sendcheck-20261130-090507-2.fix.json',
      'prefs.js.sendcheck-20261130-090507.bak',
      'prefs.js.sendcheck-20261130-090507.fix.json',
    ]);
    const second = 'prefs.js.sendcheck-20261130-090507-2.fix.json';
    expect(await undo()).toMatchObject({ ok: true, fix: second, reverted: expect.any(Array) });
    expect(await readFile(join(dir, 'prefs.js'))).toEqual(afterFirst);
    expect(await undo(second)).toMatchObject({ ok: false, code: 'already_undone' });
    expect(await readFile(join(dir, 'prefs.js'))).toEqual(afterFirst);
    expect(await undo()).toMatchObject({
      ok: true,
      fix: 'prefs.js.sendcheck-20261130-090507.fix.json',
    });
    expect(await readFile(join(dir, 'prefs.js'))).toEqual(original);
    expect(await undo()).toMatchObject({ ok: false, code: 'already_undone' });
    expect(await readFile(join(dir, 'prefs.js'))).toEqual(original);
    // The whole-file backups stay, as they were made.
    expect(await readFile(join(dir, 'prefs.js.sendcheck-20261130-090507.bak'))).toEqual(original);
    expect(await readFile(join(dir, 'prefs.js.sendcheck-20261130-090507-2.bak'))).toEqual(
      afterFirst,
    );
  });
});

describe('applySmtpSettings (property)', () => {
  const key = fc.constantFrom('smtp1', 'smtp10', 'smtp2');
  const field = fc.constantFrom(
    'hostname',
    'port',
    'try_ssl',
    'authMethod',
    'username',
    'description',
    'uid',
  );
  const value = fc.oneof(
    fc.string({ unit: 'grapheme' }),
    fc.integer({ min: -5, max: 70000 }),
    fc.boolean(),
  );
  const statementLine = fc
    .tuple(
      fc.oneof(
        fc.tuple(key, field).map(([k, f]) => `mail.smtpserver.${k}.${f}`),
        fc.string({ minLength: 1 }),
      ),
      value,
    )
    .map(([name, v]) => formatUserPref(name, v));
  const line = fc.oneof(
    { weight: 6, arbitrary: statementLine },
    fc.constant('// Mozilla User Preferences'),
    fc.constant(''),
    fc.constant('/* a comment */'),
    fc.constant('user_pref("mail.identity.id1.fullName", "山田 太郎"); // 送信者'),
  );
  const file = fc
    .tuple(fc.array(line, { maxLength: 40 }), fc.constantFrom('\n', '\r\n'), fc.boolean())
    .map(([lines, eol, finalEol]) => {
      const all = ['user_pref("mail.smtpserver.smtp1.hostname", "smtp.old.example");', ...lines];
      return Buffer.from(all.join(eol) + (finalEol ? eol : ''), 'utf8');
    });
  const settings = fc.record({
    host: fc.constantFrom('smtp.example.jp', 'mail.example.com', 'smtp.ocn.ne.jp'),
    port: fc.constantFrom(25, 465, 587, 2525),
    security: fc.constantFrom('none', 'starttls', 'tls'),
    auth: fc.boolean(),
    username: fc.constantFrom('', 'taro@example.jp', '山田'),
  }) as fc.Arbitrary<AccountSettings>;

  it('changes no other line of prefs.js, and the server reads back as written', () => {
    fc.assert(
      fc.property(file, settings, (bytes, s) => {
        const out = applySmtpSettings(bytes, 'smtp1', s);
        // Added lines may give the old last line an ending; compare without line endings.
        const strip = (l: string) => l.replace(/\r?\n$/, '');
        expect(otherLines(out, 'smtp1').map(strip)).toEqual(otherLines(bytes, 'smtp1').map(strip));
        const p = parsePrefs(out);
        expect(p.get('mail.smtpserver.smtp1.hostname')).toBe(s.host);
        expect(p.get('mail.smtpserver.smtp1.port')).toBe(s.port);
        expect(p.get('mail.smtpserver.smtp1.try_ssl')).toBe(
          { none: 0, starttls: 2, tls: 3 }[s.security],
        );
        expect(p.get('mail.smtpserver.smtp1.authMethod') === 1).toBe(!s.auth);
      }),
      { numRuns: 300 },
    );
  });
});
