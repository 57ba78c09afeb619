import { describe, expect, it } from 'vitest';
import type { DiagnosisReport } from '../../shared/diagnosis.js';
import { en } from '../../shared/i18n/en/index.js';
import { ja } from '../../shared/i18n/ja/index.js';
import { cliDeps } from '../../test/support/cli-deps.js';
import { REPORTS } from '../../test/fixtures/renderer/reports.js';
import { runCli } from './router.js';

const ARGS = ['diagnose', '--email', 'taro@example.jp'];

/** The same diagnosis with the provider's own relay recommended: port 25, no encryption. */
function withIspRelay(report: DiagnosisReport): DiagnosisReport {
  const rec = report.recommended;
  if (rec === null) throw new Error('the fixture has no recommendation');
  return {
    ...report,
    recommended: { ...rec, host: 'mail.isp.example', port: 25, security: 'none' },
  };
}

describe('diagnose --program', () => {
  it('prints the chosen program’s numbered steps with the values, and asks the engine for that program', async () => {
    const d = cliDeps({ report: REPORTS.port25_blocked });
    expect(await runCli([...ARGS, '--program', 'thunderbird'], d)).toBe(0);
    expect(d.requests[0]).toMatchObject({ mailProgram: 'thunderbird' });
    const out = d.stdout();
    expect(out).toContain('Thunderbirdでの設定の手順:');
    expect(out).toContain(
      '  4. 「サーバー名」に smtp.example.jp、「ポート番号」に 587 と入力します。',
    );
    expect(out).toContain(
      `  ${ja.programs.thunderbird.steps.length}. 設定を変えたあと最初に送るとき`,
    );
    expect(out).not.toContain('{{');
    // The same diagnosis without --program prints no steps.
    const plain = cliDeps({ report: REPORTS.port25_blocked });
    expect(await runCli(ARGS, plain)).toBe(0);
    expect(plain.stdout()).not.toContain('設定の手順');
  });

  it('new Outlook: says this network’s block is not the cause and where the mail leaves from', async () => {
    const d = cliDeps({ report: REPORTS.port25_blocked, env: { LANG: 'en_US.UTF-8' } });
    expect(await runCli([...ARGS, '--program', 'outlook_new'], d)).toBe(0);
    const out = d.stdout();
    expect(out).toContain(en.result.origin.microsoft_cloud.heading);
    expect(out).toContain(en.result.origin.microsoft_cloud.body);
    expect(out).toContain('How to set it up: New Outlook:');
    expect(out).toContain('If the account is POP, do not remove it');
  });

  it('never recommends a server that works only inside the provider’s lines to the new Outlook', async () => {
    const d = cliDeps({
      report: withIspRelay(REPORTS.port25_blocked),
      env: { LANG: 'en_US.UTF-8' },
    });
    expect(await runCli([...ARGS, '--program', 'outlook_new', '--json'], d)).toBe(0);
    const json = JSON.parse(d.stdout()) as { program: Record<string, unknown> };
    expect(json.program).toMatchObject({
      program: 'outlook_new',
      origin: 'microsoft_cloud',
      steps: [],
    });
    expect(json.program['withheld']).toContain(
      'This outgoing server (mail.isp.example) works only',
    );
    // A program that sends from this PC still gets that server's steps.
    const tb = cliDeps({ report: withIspRelay(REPORTS.port25_blocked) });
    expect(await runCli([...ARGS, '--program', 'becky', '--json'], tb)).toBe(0);
    const becky = JSON.parse(tb.stdout()) as { program: { withheld: null; steps: string[] } };
    expect(becky.program.withheld).toBeNull();
    expect(becky.program.steps.join(' ')).toContain('mail.isp.example');
  });

  it('refuses a program it does not know, in a whole sentence, before anything is probed', async () => {
    const d = cliDeps({ report: REPORTS.ok, env: { LANG: 'en_US.UTF-8' } });
    expect(await runCli([...ARGS, '--program', 'eudora'], d)).toBe(2);
    expect(d.stderr()).toBe(
      'sendcheck: --program must be one of outlook_classic, outlook_new, thunderbird, apple_mail, ios_mail, becky, other (“eudora” cannot be used).\n',
    );
    expect(d.requests).toEqual([]);
  });
});
