import { readFile, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { referenceCodeFor } from '../../shared/reference-code.js';
import { parseReportFile } from '../../shared/report-file.js';
import { cliDeps } from '../../test/support/cli-deps.js';
import { makeTempDirAsync } from '../../test/support/temp-dir.js';
import { REPORT } from '../../test/fixtures/cli-report.js';
import { REPORTS } from '../../test/fixtures/renderer/reports.js';
import { SUGGESTIONS, suggestedReport } from '../../test/fixtures/renderer/suggested.js';
import { acceptedHosts } from './accept-suggested.js';
import { APP_VERSION } from './diagnose.js';
import { renderHuman } from './output.js';
import { runCli } from './router.js';

const CODE = referenceCodeFor(REPORT, APP_VERSION);

describe('diagnose --report and referenceCode', () => {
  let dir = '';
  afterEach(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('takes --report FILE and --report=FILE, and refuses --report without a file', async () => {
    dir = await makeTempDirAsync('sendcheck-report-');
    for (const args of [
      ['--report', join(dir, 'r.html'), '--json'],
      [`--report=${join(dir, 'x y.html')}`],
    ]) {
      const d = cliDeps({ report: REPORT });
      expect(await runCli(['diagnose', '--email', 'taro@ocn.ne.jp', ...args], d)).toBe(0);
    }
    expect((await readdir(dir)).sort()).toEqual(['r.html', 'x y.html']);
    for (const args of [['--report'], ['--report', '--json'], ['--report=']]) {
      const d = cliDeps({ report: REPORT, env: { LANG: 'en_US.UTF-8' } });
      expect(await runCli(['diagnose', '--email', 'taro@ocn.ne.jp', ...args], d)).toBe(2);
      expect(d.stderr()).toBe('sendcheck: --report needs a value after it (--report FILE).\n');
      expect(d.requests).toEqual([]);
    }
  });

  it('prints referenceCode in the JSON and the human output, and saves a report that reads back', async () => {
    dir = await makeTempDirAsync('sendcheck-report-');
    const path = join(dir, 'report.html');
    const json = cliDeps({ report: REPORT, env: { LANG: 'en_US.UTF-8' } });
    const args = ['diagnose', '--email', 'taro@ocn.ne.jp', '--json', '--report', path];
    expect(await runCli(args, json)).toBe(0);
    expect(JSON.parse(json.stdout())).toMatchObject({
      verdict: { code: 'port25_blocked' },
      referenceCode: CODE,
    });
    expect(json.stderr()).toContain(`Report saved: ${path}`);
    const parsed = parseReportFile(await readFile(path, 'utf8'));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed));
    expect(parsed.file.report).toEqual(REPORT);
    expect(parsed.file.referenceCode).toBe(CODE);
    expect(parsed.file.about.appVersion).toBe(APP_VERSION);
    expect(await readdir(dir)).toEqual(['report.html']); // no temporary file left behind
    const human = cliDeps({ report: REPORT });
    expect(await runCli(['diagnose', '--email', 'taro@ocn.ne.jp', '--lang', 'ja'], human)).toBe(0);
    expect(human.stdout()).toContain(`参照コード：${CODE}`);
  });

  it('exits 2 when the report cannot be written, after printing the result', async () => {
    dir = await makeTempDirAsync('sendcheck-report-');
    const path = join(dir, 'missing-folder', 'r.html');
    const d = cliDeps({ report: REPORT, env: { LANG: 'en_US.UTF-8' } });
    expect(await runCli(['diagnose', '--email', 'taro@ocn.ne.jp', '--report', path], d)).toBe(2);
    expect(d.stdout()).toContain(CODE);
    expect(d.stderr()).toContain('Could not save the report');
  });
});

describe('--accept-suggested HOST', () => {
  it('takes host names, as ASCII, without duplicates', () => {
    expect(acceptedHosts(undefined, 'ja')).toEqual({ ok: true, hosts: undefined });
    expect(acceptedHosts(['Mail.Hosting-Example.NET', 'mail.hosting-example.net'], 'en')).toEqual({
      ok: true,
      hosts: ['mail.hosting-example.net'],
    });
    expect(acceptedHosts(['smtp.例え.jp'], 'en')).toEqual({
      ok: true,
      hosts: ['smtp.xn--r8jz45g.jp'],
    });
  });

  it('refuses an IP address or anything not a host name, in a whole sentence', () => {
    expect(acceptedHosts(['127.0.0.1'], 'en')).toEqual({
      ok: false,
      message: '--accept-suggested needs a server name (“127.0.0.1” cannot be used as one).',
    });
    expect(acceptedHosts(['smtp.example.jp:587'], 'ja')).toEqual({
      ok: false,
      message:
        '--accept-suggested にはサーバー名を指定してください（「smtp.example.jp:587」はサーバー名として使えません）。',
    });
    const many = Array.from({ length: 9 }, (_, i) => `smtp${i}.example.jp`);
    expect(acceptedHosts(many, 'en')).toEqual({
      ok: false,
      message: '--accept-suggested can be given at most 8 times.',
    });
  });

  it('diagnose passes each given host to the engine (repeatable)', async () => {
    const d = cliDeps({ report: suggestedReport('srv_other_domain') });
    const code = await runCli(
      [
        'diagnose',
        '--email',
        'taro@example.jp',
        '--accept-suggested',
        'submit.mail-service.example',
        '--accept-suggested=mail.hosting-example.net',
        '--lang',
        'en',
      ],
      d,
    );
    expect(code).toBe(0);
    expect(d.requests).toEqual([
      {
        email: 'taro@example.jp',
        acceptSuggested: ['submit.mail-service.example', 'mail.hosting-example.net'],
      },
    ]);
    expect(d.stderr()).toBe('');
  });

  it('diagnose refuses a bad host with exit 2 before the engine runs', async () => {
    const d = cliDeps({ report: suggestedReport('srv_other_domain') });
    const args = ['--accept-suggested', '10.0.0.1', '--lang', 'ja'];
    expect(await runCli(['diagnose', '--email', 'taro@example.jp', ...args], d)).toBe(2);
    expect(d.requests).toEqual([]);
    expect(d.stderr()).toContain('「10.0.0.1」はサーバー名として使えません');
  });
});

describe('the printed report of a suggestion', () => {
  for (const reason of Object.keys(SUGGESTIONS) as (keyof typeof SUGGESTIONS)[]) {
    it(`says who named the server (${reason}), that it was not checked, and how to confirm it`, () => {
      const { host, namedBy } = SUGGESTIONS[reason];
      const ja = renderHuman(suggestedReport(reason), 'ja');
      expect(ja).toContain(
        '※ この送信サーバーは、あなたやプロバイダーではなくネットワークが示したもので、まだ確かめていません。',
      );
      expect(ja).toContain(namedBy);
      expect(ja).toContain(`--accept-suggested ${host} を付けてもう一度実行してください。`);
      const en = renderHuman(suggestedReport(reason), 'en');
      expect(en).toContain('was named by the network, not by you or your provider');
      expect(en).toContain(`run again with --accept-suggested ${host}.`);
      expect(en).not.toContain('have not been seen answering yet');
    });
  }

  it('prints none of that for a verified recommendation', () => {
    expect(renderHuman(REPORTS.port25_blocked, 'en')).not.toContain('--accept-suggested');
  });

  it('says a user name SendCheck cannot know in words, never as %ISPUSERID%', () => {
    const r = structuredClone(REPORTS.port25_blocked);
    if (r.recommended) r.recommended.username = '%ISPUSERID%';
    const en = renderHuman(r, 'en');
    expect(en).toContain('User name: the user ID your provider gave you');
    expect(en).not.toContain('%ISPUSERID%');
    expect(renderHuman(r, 'en', { username: 'abc12345' })).toContain('User name: abc12345');
  });
});
