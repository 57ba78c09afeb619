import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { DiagnosisReport } from '../../../../shared/diagnosis.js';
import { createTranslator } from '../../../../shared/i18n/i18next-options.js';
import type { OpenReportResult } from '../../../../shared/ipc-contract.js';
import { publishedSettings } from '../../../../shared/published-settings.js';
import { parseEmail } from '../../../../shared/validate.js';
import { decodeReferenceCode, referenceCodeFor } from '../../../../shared/reference-code.js';
import { buildReportFile, parseReportFile } from '../../../../shared/report-file.js';
import { App } from '../../../app/app.js';
import { renderWithStore } from '../../../test/render-app.js';
import { createFakeApi } from '../../../../test/fixtures/renderer/fake-api.js';
import { REPORTS } from '../../../../test/fixtures/renderer/reports.js';

const HOSTILE = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';

/** A saved report whose texts carry markup, written and read back by the real file code. */
function hostileFile(): OpenReportResult {
  const report: DiagnosisReport = {
    ...REPORTS.port25_blocked,
    provider: { id: 'example', name: `Example ${HOSTILE}` },
  };
  const text = buildReportFile(report, {
    appVersion: '0.1.0',
    lang: 'ja',
    t: createTranslator('ja'),
  });
  const parsed = parseReportFile(text);
  if (!parsed.ok) throw new Error(`fixture file did not parse: ${parsed.error}`);
  return { status: 'opened', file: parsed.file };
}

function api(open: OpenReportResult) {
  return Object.assign(createFakeApi({ report: REPORTS.ok }), {
    decodeCode: vi.fn(async ({ code }: { code: string }) => {
      const d = decodeReferenceCode(code);
      // As the main process answers: a code that decodes brings its verdict's usual steps.
      const steps = d.ok ? REPORTS[d.summary.verdict].verdict.actions : undefined;
      return { ok: true as const, value: steps ? { ...d, steps } : d };
    }),
    openReport: vi.fn(async () => ({ ok: true as const, value: open })),
    lookupProvider: vi.fn(async ({ email }: { email: string }) => {
      const r = parseEmail(email);
      return r.ok
        ? { ok: true as const, value: publishedSettings(r.value) }
        : { ok: false as const, code: 'bad_request' as const, message: 'bad' };
    }),
  });
}

/** Opens the console the way the window does without its menu: the shortcut. */
async function openStaff(a: ReturnType<typeof api>, lang: 'ja' | 'en' = 'ja') {
  const r = renderWithStore(<App />, { api: a, lang });
  await userEvent.keyboard('{Control>}{Shift>}H{/Shift}{/Control}');
  expect(
    await screen.findByRole('heading', {
      level: 1,
      name: lang === 'ja' ? 'サポート担当者向けの画面' : 'Support staff console',
    }),
  ).toBeVisible();
  expect(screen.getByLabelText(lang === 'ja' ? '参照コード' : 'Reference code')).toHaveFocus();
  return r;
}

const RAW_IDS =
  /\b(medium|high|low|isp|provider_db|port25_blocked|blocked_silent|starttls|ETIMEDOUT|timed out|timeout)\b/;

describe('the support staff screen', () => {
  it('has no way in on the customer’s screens: no header link', () => {
    renderWithStore(<App />, { api: api({ status: 'cancelled' }), lang: 'ja' });
    expect(screen.queryByRole('button', { name: /サポート担当者/ })).toBeNull();
    expect(screen.queryByRole('heading', { name: 'サポート担当者向けの画面' })).toBeNull();
  });

  it('opens from the #staff address and from the menu’s staff:open, and drops #staff on leaving', async () => {
    window.history.replaceState(null, '', '#staff');
    const first = renderWithStore(<App />, { api: api({ status: 'cancelled' }), lang: 'ja' });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'サポート担当者向けの画面' }),
    ).toBeVisible();
    await userEvent.click(screen.getByRole('button', { name: 'はじめの画面に戻る' }));
    expect(window.location.hash).toBe('');
    first.unmount();
    let menuOpens: (() => void) | null = null;
    const a = Object.assign(api({ status: 'cancelled' }), {
      onStaffOpen: (l: () => void) => {
        menuOpens = l;
        return () => undefined;
      },
    });
    renderWithStore(<App />, { api: a, lang: 'en' });
    expect(menuOpens).not.toBeNull();
    (menuOpens as unknown as () => void)();
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Support staff console' }),
    ).toBeVisible();
  });

  it('decodes on Enter: one sentence for the operator, then the customer’s words and steps, no raw ids', async () => {
    const a = api({ status: 'cancelled' });
    await openStaff(a);
    const report = REPORTS.port25_blocked;
    const code = referenceCodeFor(report, '0.1.0');
    await userEvent.keyboard(`${code.toLowerCase().replaceAll('-', ' ')}{Enter}`);
    expect(await screen.findByRole('heading', { name: `参照コード ${code} の内容` })).toBeVisible();
    const summary = document.querySelector('.code-summary') as HTMLElement;
    const ja = createTranslator('ja');
    const parts = [...summary.querySelectorAll('.operator-line, .customer-guide, ul')];
    expect(parts.map((p) => p.className || p.tagName)).toEqual([
      'operator-line',
      'customer-guide',
      'UL',
    ]);
    expect(summary.querySelector('.operator-line')).toHaveTextContent(
      ja('staff.operator.port25_blocked'),
    );
    const guide = summary.querySelector('.customer-guide') as HTMLElement;
    expect(guide.querySelector('h3')).toHaveTextContent('お客さまへの案内');
    expect(guide).toHaveTextContent(ja('verdict.port25_blocked.title'));
    const steps = [...guide.querySelectorAll('ol li')].map((li) => li.textContent);
    expect(steps).toEqual(report.verdict.actions.map((x) => ja(`action.${x.id}`)));
    expect(steps.length).toBeGreaterThan(0);
    expect(summary.textContent).not.toMatch(RAW_IDS);
  });

  it('names the group of four that was misheard', async () => {
    const a = api({ status: 'cancelled' });
    await openStaff(a);
    const code = referenceCodeFor(REPORTS.port25_blocked, '0.1.0');
    const digits = [...code.replaceAll('-', '')];
    digits[13] = digits[13] === '1' ? '2' : '1';
    await userEvent.keyboard(`${digits.join('')}{Enter}`);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      '左から 4 番目の 4 桁が正しくありません。その 4 桁だけ、もう一度読み上げてもらってください。',
    );
    expect(document.querySelector('.code-summary')).toBeNull();
  });

  it('says which to read out when the code and the look-up differ', async () => {
    const a = api({ status: 'cancelled' });
    await openStaff(a);
    expect(screen.getByText(createTranslator('ja')('staff.rule.needCode'))).toBeVisible();
    // The golden report recommends 587 STARTTLS, seen answering; OCN publishes 465 SSL/TLS.
    const report = {
      ...REPORTS.port25_blocked,
      provider: { id: 'ocn.ne.jp', name: 'OCN' },
    };
    expect(report.recommended).toMatchObject({ port: 587, security: 'starttls', verified: true });
    await userEvent.keyboard(`${referenceCodeFor(report, '0.1.0')}{Enter}`);
    await screen.findByText(createTranslator('ja')('staff.operator.port25_blocked'));
    await userEvent.type(screen.getByLabelText('メールアドレス'), 'taro@ocn.ne.jp{Enter}');
    const rule = await screen.findByText(/お客さまの回線で応答を確かめた設定です/);
    expect(rule).toHaveAttribute('data-source', 'code');
    expect(rule).toHaveTextContent('ポート番号 587、STARTTLS');
    await userEvent.clear(screen.getByLabelText('メールアドレス'));
    await userEvent.type(screen.getByLabelText('メールアドレス'), 'taro@gmail.com{Enter}');
    expect(await screen.findByText(/メールアドレスをもう一度確かめてください/)).toHaveAttribute(
      'data-source',
      'ask_address',
    );
  });

  it('says why a file was refused, in plain words', async () => {
    await openStaff(api({ status: 'refused', error: 'truncated' }), 'en');
    await userEvent.click(screen.getByRole('button', { name: 'Open a report file' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('This file is cut short');
  });

  it('shows an opened report as its result screen, read-only, with its markup as plain text', async () => {
    const file = hostileFile();
    const { container } = await openStaff(api(file));
    await userEvent.click(screen.getByRole('button', { name: 'レポートファイルを開く' }));
    const h1 = await screen.findByRole('heading', { level: 1, name: /昔ながらの送信方法/ });
    expect(h1).toBeVisible();
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelectorAll('script').length).toBe(0);
    expect((window as { __pwned?: number }).__pwned).toBeUndefined();
    // Read-only: nothing that would probe or write, and no "check again".
    expect(screen.queryByRole('button', { name: '設定を変えたので、もう一度確かめる' })).toBeNull();
    expect(screen.queryByRole('button', { name: /パスワードも確かめる/ })).toBeNull();
    expect(screen.queryByRole('button', { name: 'レポートを保存' })).toBeNull();
    if (file.status !== 'opened') throw new Error('not opened');
    expect(document.querySelector('.ref-code')?.getAttribute('data-code')).toBe(
      file.file.referenceCode,
    );
    await userEvent.click(screen.getByRole('button', { name: 'サポート担当者向けの詳細を表示' }));
    expect(
      screen.getAllByText(new RegExp(HOSTILE.slice(0, 12).replace(/[<>=]/g, '.'))).length,
    ).toBeGreaterThan(0);
    await userEvent.click(screen.getByRole('button', { name: 'レポートを閉じる' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'サポート担当者向けの画面' }),
    ).toBeVisible();
  });

  it('looks up a provider by address without probing, and checks the address first', async () => {
    const a = api({ status: 'cancelled' });
    await openStaff(a);
    const input = screen.getByLabelText('メールアドレス');
    await userEvent.type(input, 'taro＠ocn.ne.jp');
    await userEvent.click(screen.getByRole('button', { name: '公開設定を調べる' }));
    expect(screen.getByText(/@ が全角になっています/)).toBeVisible();
    expect(a.lookupProvider).not.toHaveBeenCalled();
    await userEvent.clear(input);
    await userEvent.type(input, 'taro@bird.ocn.ne.jp');
    await userEvent.click(screen.getByRole('button', { name: '公開設定を調べる' }));
    expect(
      await screen.findByText(/ocn\.ne\.jp のメールサービスとして登録されている設定です/),
    ).toBeVisible();
    expect(screen.getByText(/smtp\.ocn\.ne\.jp/)).toBeVisible();
  });
});
