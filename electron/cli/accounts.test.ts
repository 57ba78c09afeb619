import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cliDeps } from '../../test/support/cli-deps.js';
import {
  installFixture,
  installThunderbird,
  installThunderbirdAs,
  makeTempHome,
  type TempHome,
} from '../../test/support/mail-fixtures.js';
import { runCli } from './router.js';

let t: TempHome;
beforeEach(async () => {
  t = await makeTempHome();
});
afterEach(async () => {
  await t.remove();
});

describe('sendcheck accounts: which installation', () => {
  it('says which Thunderbird each account belongs to, in Japanese and English', async () => {
    await installThunderbirdAs(t, 'snap-linked');
    const ja = cliDeps({ accounts: { home: t.home, platform: 'linux' } });
    expect(await runCli(['accounts'], ja)).toBe(0);
    expect(ja.stdout()).toContain(
      '  インストールの種類：Snap 版と通常版の Thunderbird が共用しているプロファイル\n',
    );
    const en = cliDeps({ accounts: { home: t.home, platform: 'linux' } });
    expect(await runCli(['accounts', '--lang', 'en'], en)).toBe(0);
    expect(en.stdout()).toContain(
      '  Installation: Profiles shared by the snap Thunderbird and the regular one\n',
    );
    const json = cliDeps({ accounts: { home: t.home, platform: 'linux' } });
    await runCli(['accounts', '--json'], json);
    const out = JSON.parse(json.stdout()) as { accounts: { install?: string }[] };
    expect(out.accounts.map((a) => a.install)).toEqual(Array(4).fill('snap_shared'));
  });
});

/** The JSON of `accounts --from …`: the ids with their installation, and what was found. */
async function fromJson(args: string[], deps = cliDeps()) {
  const code = await runCli(['accounts', ...args, '--json'], deps);
  const out = JSON.parse(deps.stdout()) as {
    accounts: { id: string; install?: string; fixable: boolean; host: string }[];
    programs: { program: string; status: string; count: number }[];
    from?: { os: string };
  };
  return { code, out };
}

describe('sendcheck accounts --from DIR: a copied folder, laid out as its OS lays it out', () => {
  it('reads a copied Windows home: Thunderbird (installer and Microsoft Store, an IsRelative=0 C:\\Users\\… path) and a copy of C:\\Becky!', async () => {
    await installThunderbirdAs(t, 'copied-windows-absolute');
    await installThunderbirdAs(t, 'msstore');
    await installFixture('becky/Becky!', join(t.home, 'Becky!'));
    for (const os of [['--os', 'windows'], []]) {
      const { code, out } = await fromJson(['--from', t.home, ...os]);
      expect(code).toBe(0);
      expect(out.from).toEqual({ os: 'windows' });
      expect(out.accounts.map((a) => [a.id, a.install ?? null])).toEqual([
        ['thunderbird:k3x9q2ab.default-release:smtp1', 'classic'],
        ['thunderbird:k3x9q2ab.default-release:smtp2', 'classic'],
        ['thunderbird:k3x9q2ab.default-release:smtp3', 'classic'],
        ['thunderbird:m5x0r3ab.default-release:smtp1', 'msstore'],
        // Profile1 is C:\Users\taro\Documents\Thunderbird\7hf2mz0c.仕事, found in the copy.
        ['thunderbird:7hf2mz0c.仕事:smtp1', 'classic'],
        ['becky:4b7c9e2a.mb', null],
        ['becky:5d1e8f3b.mb', null],
        ['becky:6a2b4c8d.mb', null],
      ]);
      // A copy is only read: nothing in it is offered for fixing.
      expect(out.accounts.every((a) => !a.fixable)).toBe(true);
    }
  });

  it('reads a copied AppData folder (Roaming and Local) as well as a whole home', async () => {
    await installThunderbird(t, 'win32');
    await installThunderbirdAs(t, 'msstore');
    const { out } = await fromJson(['--from', join(t.home, 'AppData')]);
    expect(out.from).toEqual({ os: 'windows' });
    expect(out.accounts.map((a) => a.id)).toEqual([
      'thunderbird:k3x9q2ab.default-release:smtp1',
      'thunderbird:k3x9q2ab.default-release:smtp2',
      'thunderbird:k3x9q2ab.default-release:smtp3',
      'thunderbird:m5x0r3ab.default-release:smtp1',
      'thunderbird:7hf2mz0c.仕事:smtp1',
    ]);
  });

  it('reads a copied macOS home: Thunderbird and Apple Mail under Library', async () => {
    await installThunderbird(t, 'darwin');
    await installFixture('apple-mail', join(t.home, 'Library', 'Mail'));
    const { out } = await fromJson(['--from', t.home]);
    expect(out.from).toEqual({ os: 'macos' });
    expect(out.programs).toEqual([
      { program: 'thunderbird', status: 'found', count: 4 },
      { program: 'becky', status: 'none', count: 0 },
      { program: 'outlook_classic', status: 'none', count: 0 },
      { program: 'apple_mail', status: 'found', count: 3 },
    ]);
  });

  it('reads a copied Linux home with the snap’s copy and the flatpak, taking the snap’s copy (nobody can ask the copy’s snapd)', async () => {
    await installThunderbirdAs(t, 'snap-copied');
    await installThunderbirdAs(t, 'flatpak');
    const { out } = await fromJson(['--from', t.home, '--os', 'linux']);
    expect(out.accounts.map((a) => [a.id, a.install])).toEqual([
      ['thunderbird:k3x9q2ab.default-release:smtp1', 'snap'],
      ['thunderbird:k3x9q2ab.default-release:smtp2', 'snap'],
      ['thunderbird:k3x9q2ab.default-release:smtp3', 'snap'],
      ['thunderbird:f1atpk7q.default-release:smtp1', 'flatpak'],
      ['thunderbird:7hf2mz0c.仕事:smtp1', 'snap'],
    ]);
  });

  it('takes a copied home with only ~/.config/thunderbird (Thunderbird 147+) for a Linux home without --os', async () => {
    await installThunderbirdAs(t, 'xdg');
    const { out } = await fromJson(['--from', t.home]);
    expect(out.accounts.map((a) => [a.id, a.install, a.fixable])).toEqual([
      ['thunderbird:x7dg4cfg.default-release:smtp1', 'classic', false],
    ]);
  });

  it('never reads or runs anything of this computer: no registry, no command, no owner check, no snapd, and not its home', async () => {
    const here = await makeTempHome();
    try {
      await installThunderbirdAs(here, 'flatpak');
      const calls: string[] = [];
      const record = (name: string) => async () => {
        calls.push(name);
        throw new Error(`${name} must not run`);
      };
      const hereEnv = {
        home: here.home,
        appData: here.appData,
        systemDrive: here.systemDrive,
        platform: process.platform,
        runReg: record('reg'),
        runCommand: record('command'),
        ownedByUser: record('owner'),
        snapInstalled: record('snapd'),
        tryOpen: record('open'),
      };
      await installThunderbirdAs(t, 'snap-copied');
      await installFixture('becky/Becky!', join(t.home, 'Becky!'));
      for (const os of ['windows', 'macos', 'linux']) {
        const { code, out } = await fromJson(
          ['--from', t.home, '--os', os],
          cliDeps({ accounts: hereEnv }),
        );
        expect(code).toBe(0);
        expect(out.accounts.map((a) => a.id)).not.toContain(
          'thunderbird:f1atpk7q.default-release:smtp1',
        );
      }
      // The live world is there and would be read without --from.
      const live = await fromJson(
        [],
        cliDeps({ accounts: { ...hereEnv, platform: 'linux', snapInstalled: async () => false } }),
      );
      expect(live.out.accounts.map((a) => a.id)).toEqual([
        'thunderbird:f1atpk7q.default-release:smtp1',
      ]);
      expect(calls).toEqual([]);
    } finally {
      await here.remove();
    }
  });

  it('says in a sentence that the settings come from a copy', async () => {
    await installThunderbird(t, 'linux');
    const ja = cliDeps();
    expect(await runCli(['accounts', '--from', t.home], ja)).toBe(0);
    expect(ja.stdout()).toContain(
      'コピーしたフォルダー（Linux の配置）から読み取った設定です。このパソコンのメールソフトの設定は読み取っていません。',
    );
    const en = cliDeps();
    await runCli(['accounts', '--from', t.home, '--os', 'macos', '--lang', 'en'], en);
    expect(en.stdout()).toContain(
      'These settings were read from a copied folder laid out as on macOS. The mail programs of this computer were not read.',
    );
  });

  it('refuses --os without --from, an unknown OS, a missing folder, a file, and fix --from, each with one sentence and exit 2', async () => {
    const file = join(t.home, 'note.txt');
    await writeFile(file, 'x');
    const cases: [string[], string][] = [
      [['accounts', '--os', 'linux'], '--os is used only together with --from DIR.'],
      [
        ['accounts', '--from', t.home, '--os', 'win'],
        '--os must be windows, macos or linux (“win” cannot be used).',
      ],
      [
        ['accounts', '--from', join(t.home, 'nowhere')],
        `The folder “${join(t.home, 'nowhere')}” given with --from was not found.`,
      ],
      [['accounts', '--from', file], `“${file}” given with --from is not a folder.`],
      [
        ['fix', '--account', 'thunderbird:x:smtp1', '--from', t.home],
        'fix changes only this computer’s mail programs, so it does not take --from. To read a copied folder, use accounts --from DIR.',
      ],
    ];
    for (const [args, sentence] of cases) {
      const d = cliDeps();
      expect(await runCli([...args, '--lang', 'en'], d)).toBe(2);
      expect(d.stderr()).toBe(`sendcheck: ${sentence}\n`);
      expect(d.stdout()).toBe('');
    }
    const ja = cliDeps();
    expect(await runCli(['fix', '--from', t.home], ja)).toBe(2);
    expect(ja.stderr()).toBe(
      'sendcheck：fix はこのパソコンのメールソフトだけを書き換えるため、--from は使えません。コピーしたフォルダーを読み取るには accounts --from DIR を使ってください。\n',
    );
  });
});
