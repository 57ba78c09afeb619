import { execFile, spawn } from 'node:child_process';
import { readFile, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DiagnosisReport } from '../../shared/diagnosis.js';
import { cliDeps } from '../../test/support/cli-deps.js';
import {
  holdThunderbirdLock,
  homeEnvFor,
  installFixture,
  installThunderbird,
  makeTempHome,
  MAIL_FIXTURES,
  type TempHome,
} from '../../test/support/mail-fixtures.js';
import { goldenReports } from '../../test/fixtures/renderer/golden.js';
import {
  acceptedReport,
  SUGGESTIONS,
  suggestedReport,
  unverifiedReport,
  withVerdict,
} from '../../test/fixtures/renderer/suggested.js';
import { fixAccount, readAccount } from '../accounts/index.js';
import { decodeWindowsText } from '../accounts/ini.js';
import { OUTLOOK_PROFILE_ROOTS } from '../accounts/outlook.js';
import { tryOpen, type AccountsEnv } from '../accounts/env.js';
import { runCommand } from '../accounts/run-command.js';
import type { CliDeps } from './command.js';
import { runCli } from './router.js';

const CLI = fileURLToPath(new URL('../cli.ts', import.meta.url));
const MAIN = 'thunderbird:k3x9q2ab.default-release';

let t: TempHome;
let root: string;
// The real CLI looks where this OS keeps Thunderbird's profiles, so the fixture goes there.
beforeEach(async () => {
  t = await makeTempHome();
  root = await installThunderbird(t, process.platform);
});

/** The temporary home as this OS's readers see it, with the real lock checks (lsof, open). */
function hostEnv(): AccountsEnv {
  return {
    home: t.home,
    appData: t.appData,
    systemDrive: t.systemDrive,
    platform: process.platform,
    runCommand,
    tryOpen,
  };
}
afterEach(async () => {
  await t.remove();
});

/** The real command line in a child process, with the temporary home as HOME. */
function cli(args: string[], lang = 'ja_JP.UTF-8') {
  return new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', CLI, ...args],
      { env: { ...homeEnvFor(t), LANG: lang }, timeout: 30_000 },
      (err, stdout, stderr) => resolve({ code: err ? Number(err.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

describe('sendcheck accounts', () => {
  it('--json lists the accounts with ids and a status per program, and no file paths', async () => {
    const r = await cli(['accounts', '--json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as {
      accounts: { id: string; email: string; fixable: boolean }[];
      programs: { program: string; status: string }[];
    };
    expect(out.accounts.map((a) => a.id)).toEqual([
      `${MAIN}:smtp1`,
      `${MAIN}:smtp2`,
      `${MAIN}:smtp3`,
      'thunderbird:7hf2mz0c.仕事:smtp1',
    ]);
    expect(out.programs.map((p) => `${p.program}:${p.status}`)).toEqual([
      'thunderbird:found',
      'becky:none',
      'outlook_classic:none',
      'apple_mail:none',
    ]);
    expect(r.stdout).not.toContain(t.home);
    expect(r.stdout).not.toMatch(/prefsSha256|profileDir/);
  });

  it('prints the accounts in plain Japanese or English', async () => {
    const ja = await cli(['accounts']);
    expect(ja.code).toBe(0);
    expect(ja.stdout).toContain(`[ID] ${MAIN}:smtp1`);
    expect(ja.stdout).toContain('差出人：山田 太郎 <taro.yamada@ocn.ne.jp>');
    expect(ja.stdout).toContain('Thunderbird：4 件の送信設定が見つかりました。');
    const en = await cli(['accounts', '--lang', 'en']);
    expect(en.stdout).toContain('Encryption: SSL/TLS');
    expect(en.stdout).toContain('Becky! Internet Mail: no outgoing settings found.');
  });

  it('says so when nothing is found, and refuses unknown options with exit 2', async () => {
    await t.remove();
    t = await makeTempHome();
    const r = await cli(['accounts', '--lang', 'en']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('No outgoing settings were found in your mail programs.');
    expect((await cli(['accounts', '--bogus'])).code).toBe(2);
  });
});

describe('sendcheck fix and diagnose --account, without probing', () => {
  it('exits 2 for a missing or unknown account', async () => {
    const missing = await cli(['fix']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('--account');
    const unknown = await cli(['fix', '--account', 'thunderbird:nope:smtp9', '--lang', 'en']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('No account “thunderbird:nope:smtp9” was found.');
    expect((await cli(['diagnose', '--account', 'becky:nope'])).code).toBe(2);
  });

  it('refuses while Thunderbird runs, before any diagnosis, and changes nothing', async () => {
    const dir = join(root, 'Profiles', 'k3x9q2ab.default-release');
    const before = await readFile(join(dir, 'prefs.js'));
    const release = await holdThunderbirdLock(dir);
    try {
      const r = await cli(['fix', '--account', `${MAIN}:smtp1`, '--yes']);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('Thunderbird が起動しているため、書き換えませんでした。');
      expect(r.stdout).toBe('');
      expect(await readFile(join(dir, 'prefs.js'))).toEqual(before);
      expect((await cli(['fix', '--account', `${MAIN}:smtp1`, '--undo'])).code).toBe(2);
    } finally {
      await release();
    }
  });

  it('--undo reverts what the last fix wrote, names a setting changed since, and says when there is nothing to undo', async () => {
    const dir = join(root, 'Profiles', 'k3x9q2ab.default-release');
    const original = await readFile(join(dir, 'prefs.js'), 'utf8');
    const none = await cli(['fix', '--account', `${MAIN}:smtp1`, '--undo', '--lang', 'en']);
    expect(none.code).toBe(2);
    expect(none.stderr).toBe(
      'sendcheck: SendCheck has no record of changing this account’s settings, so there is nothing to undo.\n',
    );
    const env = hostEnv();
    const settings = {
      host: 'smtp.ocn.ne.jp',
      port: 587,
      security: 'starttls',
      auth: true,
      username: 'taro.yamada@ocn.ne.jp',
    } as const;
    expect(await fixAccount(`${MAIN}:smtp1`, settings, { env })).toMatchObject({ ok: true });
    const r = await cli(['fix', '--account', `${MAIN}:smtp1`, '--undo']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(
      /^元の設定に戻しました。SendCheck が書き換えた項目だけを戻し、ほかの設定はいまのままです（書き換える前のファイル全体は prefs\.js\.sendcheck-\d{8}-\d{6}\.bak に残してあります）。\n$/,
    );
    expect(await readFile(join(dir, 'prefs.js'), 'utf8')).toBe(original);
    const again = await cli(['fix', '--account', `${MAIN}:smtp1`, '--undo', '--lang', 'en']);
    expect(again.code).toBe(2);
    expect(again.stderr).toBe(
      'sendcheck: This change has already been undone, so nothing was changed.\n',
    );

    // A second fix, then the user sets the port by hand: undo leaves the port and says so.
    expect(await fixAccount(`${MAIN}:smtp1`, settings, { env })).toMatchObject({ ok: true });
    const byHand = (await readFile(join(dir, 'prefs.js'), 'utf8')).replace(
      '"mail.smtpserver.smtp1.port", 587)',
      '"mail.smtpserver.smtp1.port", 2525)',
    );
    await writeFile(join(dir, 'prefs.js'), byHand);
    const partly = await cli(['fix', '--account', `${MAIN}:smtp1`, '--undo', '--lang', 'en']);
    expect(partly.code).toBe(0);
    expect(partly.stdout).toMatch(
      /^SendCheck put back what it had changed, except the settings below, .*\n {2}The port was changed again after SendCheck’s change, so it was left as it is now\.\n$/,
    );
    expect(await readFile(join(dir, 'prefs.js'), 'utf8')).toBe(
      original.replace('"mail.smtpserver.smtp1.port", 25)', '"mail.smtpserver.smtp1.port", 2525)'),
    );
  });

  it.skipIf(process.platform !== 'linux')(
    '--undo past a lock left by a crash says so first (Linux: the lock symlink with a pid that has exited)',
    async () => {
      const dir = join(root, 'Profiles', 'k3x9q2ab.default-release');
      const settings = {
        host: 'smtp.ocn.ne.jp',
        port: 587,
        security: 'starttls',
        auth: true,
        username: 'taro.yamada@ocn.ne.jp',
      } as const;
      expect(await fixAccount(`${MAIN}:smtp1`, settings, { env: hostEnv() })).toMatchObject({
        ok: true,
      });
      const child = spawn(process.execPath, ['-e', '']);
      await new Promise((resolve) => child.once('exit', resolve));
      await symlink(`127.0.1.1:+${child.pid}`, join(dir, 'lock'));
      const r = await cli(['fix', '--account', `${MAIN}:smtp1`, '--undo', '--lang', 'en']);
      expect(r.code).toBe(0);
      expect(r.stdout.split('\n')[0]).toBe(
        'Thunderbird had left a sign that it was in use when it last stopped unexpectedly (for example after a crash). It is not running now, so SendCheck went ahead.',
      );
      expect(r.stdout.split('\n')[1]).toMatch(/^The old settings are back\./);
    },
  );
});

/** In-process runs with a report that the real diagnose() made from recorded OP25B probes. */
function deps(report: DiagnosisReport, extra: Partial<CliDeps> = {}) {
  const d = cliDeps({ accounts: hostEnv(), report, ...extra });
  return { d, out: () => d.stdout(), err: () => d.stderr() };
}

describe('sendcheck fix after a diagnosis (recorded OP25B report)', () => {
  const op25b = () => goldenReports().port25_blocked as DiagnosisReport;

  it('shows current -> recommended, asks, and writes only with consent', async () => {
    const id = `${MAIN}:smtp1`;
    const noTerminal = deps(op25b());
    expect(await runCli(['fix', '--account', id], noTerminal.d)).toBe(2);
    expect(noTerminal.out()).toContain('ポート：25 → 587');
    expect(noTerminal.out()).toContain('暗号化：なし → STARTTLS');
    expect(noTerminal.out()).toContain('認証：オフ → オン');
    expect(noTerminal.err()).toContain('--yes');
    const declined = deps(op25b(), { ask: async () => false });
    expect(await runCli(['fix', '--account', id], declined.d)).toBe(0);
    expect(declined.out()).toContain('書き換えませんでした。');
    expect(await readAccount(id, declined.d.accounts)).toMatchObject({ port: 25 });
    const yes = deps(op25b());
    expect(await runCli(['fix', '--account', id, '--yes'], yes.d)).toBe(0);
    expect(yes.out()).toContain('Thunderbird の設定を書き換えました。');
    expect(await readAccount(id, yes.d.accounts)).toMatchObject({
      host: 'smtp.example.jp',
      port: 587,
      security: 'starttls',
      auth: true,
      username: 'taro@example.jp',
    });
  });

  it('prints the numbered steps for a program it cannot write, and writes nothing', async () => {
    const ROOT16 = OUTLOOK_PROFILE_ROOTS[0] as string;
    const accounts = `${ROOT16}\\Outlook\\9375CFF0413111d3B88A00104B2A6676`;
    // reg.exe as it answers on a Japanese Windows with Outlook (recorded output).
    const reg = async (file: string) => ({
      code: 0,
      stdout: decodeWindowsText(await readFile(join(MAIL_FIXTURES, 'outlook', file))),
    });
    const win = deps(op25b(), {
      accounts: {
        home: t.home,
        platform: 'win32',
        appData: t.appData,
        runReg: async (args) =>
          args[1] === ROOT16
            ? reg('reg-profiles.txt')
            : args[1] === accounts
              ? reg('reg-outlook-accounts.txt')
              : { code: 1, stdout: '' },
      },
      env: { LANG: 'en_US.UTF-8' },
    });
    const id = 'outlook_classic:Outlook:00000002';
    expect(await runCli(['fix', '--account', id, '--yes'], win.d)).toBe(0);
    expect(win.out()).toContain('SendCheck cannot change Outlook');
    expect(win.out()).toMatch(/\n {2}1\. /);
    expect(win.out()).toContain('smtp.example.jp');
  });

  describe('Becky! (tasklist faked: only Windows has it)', () => {
    const becky = (tasklist: string, lang = 'en_US.UTF-8') =>
      deps(op25b(), {
        accounts: {
          home: t.home,
          platform: 'win32',
          systemDrive: t.systemDrive,
          appData: t.appData,
          ownedByUser: async (paths) => new Set(paths),
          runTasklist: async () => ({ code: 0, stdout: tasklist }),
        },
        env: { LANG: lang },
      });
    const ID = 'becky:4b7c9e2a.mb';
    const NONE = 'INFO: No tasks are running which match the specified criteria.\r\n';

    it('writes port and SMTP AUTH with --yes, and gives STARTTLS as a step by hand, in English and Japanese', async () => {
      await installFixture('becky/Becky!', join(t.systemDrive, 'Becky!'));
      const en = becky(NONE);
      expect(await runCli(['fix', '--account', ID, '--yes'], en.d)).toBe(0);
      expect(en.out()).toContain('Becky!’s settings were changed.');
      expect(en.out()).toContain('SendCheck does not change Becky!’s STARTTLS setting.');
      expect(await readAccount(ID, en.d.accounts)).toMatchObject({ port: 587, auth: true });
      const undone = becky(NONE, 'ja_JP.UTF-8');
      expect(await runCli(['fix', '--account', ID, '--undo'], undone.d)).toBe(0);
      expect(await readAccount(ID, undone.d.accounts)).toMatchObject({ port: 25, auth: false });
      const ja = becky(NONE, 'ja_JP.UTF-8');
      expect(await runCli(['fix', '--account', ID, '--yes'], ja.d)).toBe(0);
      expect(ja.out()).toContain('Becky! の設定を書き換えました。');
      expect(ja.out()).toContain('Becky! の STARTTLS の設定は SendCheck では書き換えません。');
    });

    it('refuses while B2.exe runs, before any diagnosis, and changes nothing', async () => {
      await installFixture('becky/Becky!', join(t.systemDrive, 'Becky!'));
      const ini = join(t.systemDrive, 'Becky!', 'taro', '4b7c9e2a.mb', 'Mailbox.ini');
      const before = await readFile(ini);
      let diagnosed = false;
      const run = becky('"B2.exe","4242","Console","1","38,120 K"\r\n');
      run.d.diagnose = async () => {
        diagnosed = true;
        return op25b();
      };
      expect(await runCli(['fix', '--account', ID, '--yes'], run.d)).toBe(2);
      expect(run.err().trim()).toBe(
        'sendcheck: Becky! is running, so nothing was changed. Please quit Becky! and try again.',
      );
      expect(diagnosed).toBe(false);
      expect(await readFile(ini)).toEqual(before);
    });
  });

  it('diagnose --account takes the account`s address, server, port and program, unless they are given', async () => {
    const run = deps(op25b());
    expect(await runCli(['diagnose', '--account', `${MAIN}:smtp1`, '--json'], run.d)).toBe(0);
    const own = deps(op25b());
    const args = ['diagnose', `--account=${MAIN}:smtp3`, '--email', 'x@example.jp'];
    expect(await runCli(args, own.d)).toBe(0);
    expect([...run.d.requests, ...own.d.requests]).toEqual([
      {
        email: 'taro.yamada@ocn.ne.jp',
        server: 'smtp.ocn.ne.jp',
        port: 25,
        mailProgram: 'thunderbird',
      },
      {
        email: 'x@example.jp',
        server: 'mail.yamada-shoten.jp',
        port: 587,
        mailProgram: 'thunderbird',
      },
    ]);
    // The account's program gives the steps too.
    expect(own.out()).toContain('Thunderbirdでの設定の手順:');
    expect(JSON.parse(run.out())).toMatchObject({ verdict: { code: 'port25_blocked' } });
  });
});

describe('sendcheck fix writes only what the trust gate allows', () => {
  const id = `${MAIN}:smtp1`;
  const prefs = () => readFile(join(root, 'Profiles', 'k3x9q2ab.default-release', 'prefs.js'));

  const cases: Array<[string, DiagnosisReport, string, string]> = [
    [
      'a certificate’s other name the user has not confirmed',
      suggestedReport('certificate_other_name'),
      'ja',
      `まだ確認されていないため、書き換えませんでした。プロバイダーの案内と同じサーバーであることを確かめたら、--accept-suggested ${SUGGESTIONS.certificate_other_name.host} を付けてもう一度実行してください。`,
    ],
    [
      'a spoofed SRV target',
      suggestedReport('srv_other_domain'),
      'en',
      `run again with --accept-suggested ${SUGGESTIONS.srv_other_domain.host}.`,
    ],
    [
      'a guess from the MX host',
      suggestedReport('mx_other_domain'),
      'en',
      'was named by the network, not by you or your provider, and has not been confirmed, so nothing was changed.',
    ],
    [
      'settings that are not fully verified',
      unverifiedReport(),
      'en',
      'SendCheck could not confirm that the recommended settings work safely, so nothing was changed.',
    ],
    [
      'the provider’s published settings only',
      goldenReports().offline as DiagnosisReport,
      'ja',
      'おすすめの設定はプロバイダーが公開している内容で、ここからは確かめられなかったため、書き換えませんでした。',
    ],
    [
      'a TLS problem verdict',
      withVerdict('tls_problem'),
      'en',
      'The encrypted connection to the server could not be trusted, so nothing was changed.',
    ],
    [
      'a security software verdict',
      withVerdict('security_software'),
      'ja',
      'サーバーとの暗号化された接続を信頼できなかったため、書き換えませんでした。',
    ],
  ];
  for (const [what, report, lang, sentence] of cases) {
    it(`refuses ${what}: exit 2, one sentence (${lang}), prefs.js untouched, even with --yes`, async () => {
      const before = await prefs();
      const run = deps(report, {
        env: { LANG: lang === 'ja' ? 'ja_JP.UTF-8' : 'en_US.UTF-8' },
        ask: async () => true,
      });
      expect(await runCli(['fix', '--account', id, '--yes'], run.d)).toBe(2);
      expect(run.err()).toContain(sentence);
      expect(run.err().trim().split('\n')).toHaveLength(1);
      expect(await prefs()).toEqual(before);
    });
  }

  it('passes --accept-suggested to the diagnosis, and writes the confirmed host once it is verified', async () => {
    const host = SUGGESTIONS.certificate_other_name.host;
    const run = deps(acceptedReport());
    expect(await runCli(['fix', '--account', id, '--accept-suggested', host, '--yes'], run.d)).toBe(
      0,
    );
    expect(run.d.requests).toEqual([
      {
        email: 'taro.yamada@ocn.ne.jp',
        server: 'smtp.ocn.ne.jp',
        port: 25,
        acceptSuggested: [host],
      },
    ]);
    expect(await readAccount(id, run.d.accounts)).toMatchObject({ host, port: 587 });
  });

  it('refuses a bad --accept-suggested with exit 2 before diagnosing', async () => {
    const before = await prefs();
    let diagnosed = false;
    const run = deps(acceptedReport(), {
      env: { LANG: 'en_US.UTF-8' },
      diagnose: async () => {
        diagnosed = true;
        return acceptedReport();
      },
    });
    expect(
      await runCli(['fix', '--account', id, '--accept-suggested', '192.168.1.10', '--yes'], run.d),
    ).toBe(2);
    expect(diagnosed).toBe(false);
    expect(run.err()).toContain('“192.168.1.10” cannot be used as one');
    expect(await prefs()).toEqual(before);
  });

  it('keeps --accept-suggested for diagnose --account', async () => {
    const run = deps(acceptedReport());
    const args = ['diagnose', '--account', id, '--accept-suggested', 'mail.hosting-example.net'];
    expect(await runCli(args, run.d)).toBe(0);
    expect(run.d.requests[0]?.acceptSuggested).toEqual(['mail.hosting-example.net']);
  });
});

describe('sendcheck fix and a provider that hands out its own user ids', () => {
  /** The OP25B report, with the user name the provider data gives ASAHIネット: its own user id. */
  const ispIdReport = (): DiagnosisReport => {
    const r = structuredClone(goldenReports().port25_blocked as DiagnosisReport);
    if (r.recommended) r.recommended.username = '%ISPUSERID%';
    return r;
  };

  it('keeps the account`s own user name, and never writes %ISPUSERID%', async () => {
    const id = `${MAIN}:smtp1`;
    const run = deps(ispIdReport());
    expect(await runCli(['fix', '--account', id, '--yes'], run.d)).toBe(0);
    expect(await readAccount(id, run.d.accounts)).toMatchObject({
      port: 587,
      username: 'taro.yamada@ocn.ne.jp',
    });
    const prefs = await readFile(join(root, 'Profiles', 'k3x9q2ab.default-release', 'prefs.js'));
    expect(prefs.toString()).not.toContain('%ISPUSERID%');
  });

  it('writes nothing when the account has no user name to fill it with, and says why', async () => {
    const id = `${MAIN}:smtp3`;
    const before = await readFile(join(root, 'Profiles', 'k3x9q2ab.default-release', 'prefs.js'));
    const run = deps(ispIdReport(), { env: { LANG: 'en_US.UTF-8' } });
    expect(await runCli(['fix', '--account', id, '--yes'], run.d)).toBe(2);
    expect(run.out()).toContain('User name: (not set) → the user ID your provider gave you');
    expect(run.err()).toContain('The recommended user name is the user ID your provider gave you');
    expect(await readFile(join(root, 'Profiles', 'k3x9q2ab.default-release', 'prefs.js'))).toEqual(
      before,
    );
  });
});
