import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { createI18n } from '../../../i18n/i18n.js';
import { doneRun } from '../../../store/run-state.js';
import { renderWithStore } from '../../../test/render-app.js';
import { createFakeApi } from '../../../../test/fixtures/renderer/fake-api.js';
import { REPORTS } from '../../../../test/fixtures/renderer/reports.js';
import { SupportDetails } from './support-details.js';
import { supportText } from './support-text.js';

describe('support details', () => {
  it('opens with one click and shows evidence, every probe with outcome and time, and transcripts', async () => {
    const report = REPORTS.port25_blocked;
    renderWithStore(<SupportDetails />, {
      api: createFakeApi({ report }),
      initial: { run: doneRun(report, 'r') },
    });
    const toggle = screen.getByRole('button', { name: 'サポート担当者向けの詳細を表示' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('table')).toBeNull();
    await userEvent.click(toggle);
    expect(
      screen.getByRole('button', { name: 'サポート担当者向けの詳細を閉じる' }),
    ).toHaveAttribute('aria-expanded', 'true');
    // Words, never the engine's ids: the verdict's staff name, the place, the source, the trust.
    const summary = document.querySelector('.support-summary') as HTMLElement;
    expect(within(summary).getByText('ポート番号 25 の遮断（OP25B）')).toBeVisible();
    expect(within(summary).getByText('プロバイダー', { selector: 'dd' })).toBeVisible();
    expect(summary.textContent).not.toMatch(
      /port25_blocked|\bisp\b|provider_db|medium|high|verified/,
    );
    expect(screen.getByText(/OP25B/, { selector: '.evidence li' })).toBeVisible();
    const rows = within(screen.getByRole('table')).getAllByRole('row');
    expect(rows).toHaveLength(report.probes.length + 1);
    const mxRow = rows.find((r) =>
      r.textContent?.includes('mx1.example.jp [192.0.2.10]:25'),
    ) as HTMLElement;
    expect(mxRow).toHaveTextContent('アドレス自身のメールサーバー（ポート番号 25）');
    expect(mxRow).toHaveTextContent('応答なし');
    // The engine's English detail is not shown in Japanese; one line says where it is.
    expect(screen.getByRole('table').textContent).not.toMatch(
      /filtered|timed out|timeout|ETIMEDOUT/i,
    );
    expect(mxRow).toHaveTextContent('1,210 ミリ秒');
    // Each transcript is folded; the 587 one shows the STARTTLS exchange and the certificate.
    const fold = screen
      .getByText(/smtp\.example\.jp ポート番号 587 とのやりとり/)
      .closest('details') as HTMLDetailsElement;
    await userEvent.click(within(fold).getByText(/ポート番号 587/));
    expect(fold.open).toBe(true);
    expect(within(fold).getByText(/C: STARTTLS/)).toBeVisible();
    expect(within(fold).getByText(/証明書：CN=smtp\.example\.jp/)).toBeVisible();
    // The scrolling table can be reached by keyboard.
    expect(screen.getByRole('region', { name: '行ったチェック' })).toHaveAttribute('tabindex', '0');
    expect(screen.getByText(/OP25B：プロバイダーが/)).toBeVisible();
  });

  it('builds a plain-text copy of everything, with no password in it', () => {
    const t = createI18n('en').t;
    const text = supportText(REPORTS.auth_failed, t);
    expect(text).toContain('Result code: auth_failed (high)');
    expect(text).toContain('login\tauth\tsmtp.example.jp [192.0.2.25]:587\trejected');
    expect(text).toContain('AUTH PLAIN [redacted]');
    expect(text).toContain(
      'Recommended settings: smtp.example.jp:587 starttls auth user=taro@example.jp verified=true',
    );
  });
});
