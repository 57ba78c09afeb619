/**
 * What the command line, the saved report and "copy all details" print in Japanese, run for
 * real (in-process, over every golden report and a copied Thunderbird profile): no half-width
 * ? ! : ( ) beside Japanese text. Values filled in (IDs, addresses, host names), web addresses and
 * labels quoted from other programs are left alone, as the catalogue's own glossary test does.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { supportText } from '../../renderer/features/wizard/support/support-text.js';
import type { DiagnosisReport } from '../../shared/diagnosis.js';
import { halfWidthBesideJapanese } from '../../shared/i18n/glossary.js';
import { createTranslator } from '../../shared/i18n/i18next-options.js';
import { cliDeps } from '../../test/support/cli-deps.js';
import golden from '../../test/fixtures/renderer/golden-reports.json' with { type: 'json' };
import {
  installThunderbird,
  makeTempHome,
  type TempHome,
} from '../../test/support/mail-fixtures.js';
import { runCli } from './router.js';

const REPORTS = Object.entries(golden as unknown as Record<string, DiagnosisReport>);
const JA = { LANG: 'ja_JP.UTF-8' };

/** Every line of a text with a problem, as "where: problem". */
function problems(where: string, text: string, values: readonly string[] = []): string[] {
  return text
    .split('\n')
    .flatMap((line) => halfWidthBesideJapanese(line, values).map((p) => `${where}: ${p}`));
}

/** The readable text of an HTML page: tags out, the few entities the writer uses back. */
function pageText(html: string): string {
  const readablePart = html.slice(0, html.indexOf('<script'));
  return readablePart
    .replace(/<style>[\s\S]*?<\/style>/g, '')
    .replace(/<[^>]+>/g, '\n')
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&quot;', '"')
    .replaceAll('&#39;', "'")
    .replaceAll('&amp;', '&');
}

/** One command run in Japanese: what it printed on both streams. */
async function ja(args: string[], over: Parameters<typeof cliDeps>[0] = {}): Promise<string> {
  const d = cliDeps({ env: JA, ...over });
  await runCli(args, d);
  return `${d.stdout()}\n${d.stderr()}`;
}

describe('the Japanese the programs print: full-width punctuation beside Japanese text', () => {
  let t: TempHome;
  let dir: string;
  beforeAll(async () => {
    t = await makeTempHome();
    await installThunderbird(t, 'linux');
    dir = await mkdtemp(join(tmpdir(), 'sendcheck-ja-output-'));
  });
  afterAll(async () => {
    await t.remove();
    await rm(dir, { recursive: true, force: true });
  });

  it('the check itself: catches the old glued labels, passes values, addresses and quoted labels', () => {
    expect(halfWidthBesideJapanese('診断結果: プロバイダーが止めています')).toHaveLength(1);
    expect(halfWidthBesideJapanese('  ポート: 587')).toHaveLength(1);
    expect(halfWidthBesideJapanese('sendcheck: コマンドを指定してください。')).toHaveLength(1);
    expect(halfWidthBesideJapanese('サーバー：smtp.xn--r8jz45g.jp (smtp.例え.jp)')).toHaveLength(2);
    expect(halfWidthBesideJapanese('ポート番号：465（推定です)')).toHaveLength(1);
    expect(halfWidthBesideJapanese('届きますか?')).toHaveLength(1);
    expect(halfWidthBesideJapanese('ポート番号：587　[port25_blocked]')).toEqual([]);
    expect(halfWidthBesideJapanese('おすすめの設定：smtp.ocn.ne.jp:465 tls auth')).toEqual([]);
    expect(halfWidthBesideJapanese('https://example.jp/help?id=1 を開きます。')).toEqual([]);
    expect(halfWidthBesideJapanese('「送信メール サーバー (SMTP)」に入力します。')).toEqual([]);
    expect(halfWidthBesideJapanese('Becky! の設定です。')).toEqual([]);
    const id = 'thunderbird:7hf2mz0c.仕事:smtp1';
    expect(halfWidthBesideJapanese(`[ID] ${id}`)).toHaveLength(1);
    expect(halfWidthBesideJapanese(`[ID] ${id}`, [id])).toEqual([]);
    expect(halfWidthBesideJapanese('Port 25: blocked (no answer)')).toEqual([]);
  });

  it('diagnose, for every golden report: the report, its reference code, and the saved HTML report', async () => {
    const found: string[] = [];
    for (const [name, report] of REPORTS) {
      const file = join(dir, `${name}.html`);
      const out = await ja(['diagnose', '--email', report.email.display, '--report', file], {
        report,
      });
      expect(out).toContain('診断結果：');
      found.push(...problems(`diagnose ${name}`, out));
      const html = await readFile(file, 'utf8');
      found.push(...problems(`report ${name}`, pageText(html)));
      const code = /参照コード：(\S+)/.exec(out)?.[1];
      expect(code, name).toBeDefined();
      found.push(...problems(`decode ${name}`, await ja(['decode', code ?? ''])));
    }
    expect(found).toEqual([]);
  });

  it('accounts, fix and lookup on a copied Thunderbird profile, and the usage and errors', async () => {
    const home = { home: t.home, platform: 'linux' as const };
    const d = cliDeps({ env: JA, accounts: home });
    await runCli(['accounts', '--json'], d);
    const listed = (JSON.parse(d.stdout()) as { accounts: Record<string, unknown>[] }).accounts;
    const ids = listed.map((a) => String(a['id']));
    expect(ids.length).toBeGreaterThan(1);
    // What the mail program holds is printed as it is: IDs, names, addresses, hosts, places.
    const values = listed.flatMap((a) =>
      ['id', 'account', 'displayName', 'email', 'host', 'username', 'where'].map((k) =>
        typeof a[k] === 'string' ? a[k] : '',
      ),
    );
    const accounts = await ja(['accounts'], { accounts: home });
    expect(accounts).toContain('差出人：');
    const report = (golden as unknown as Record<string, DiagnosisReport>)['port25_blocked'];
    const fix = await ja(['fix', '--account', ids[0] ?? ''], { accounts: home, report });
    expect(fix).toContain('→');
    const runs = [
      ['accounts', accounts],
      ['fix', fix],
      ['lookup', await ja(['lookup', '--email', 'taro@ocn.ne.jp'])],
      ['lookup unknown', await ja(['lookup', '--email', 'taro@unknown.example'])],
      ['help', await ja(['--help'])],
      ['no command', await ja([])],
      ['unknown command', await ja(['bogus'])],
      ['unknown option', await ja(['diagnose', '--bogus'])],
      ['missing value', await ja(['diagnose', '--report'])],
      ['bad decode', await ja(['decode', '8B80'])],
      ['os without from', await ja(['accounts', '--os', 'linux'])],
    ] as const;
    expect(runs.flatMap(([where, text]) => problems(where, text, values))).toEqual([]);
  });

  it('"copy all details" on the result screen, for every golden report', () => {
    const t = createTranslator('ja') as unknown as Parameters<typeof supportText>[1];
    const text = REPORTS.map(([, r]) => supportText(r, t)).join('\n');
    expect(text).toContain('結果コード：');
    expect(problems('support text', text)).toEqual([]);
  });
});
