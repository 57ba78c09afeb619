import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { say, verdictMessages, type Translate } from '../../shared/i18n/messages.js';
import type { Lang, VerdictCode } from '../../shared/verdict.js';
import { createI18n } from '../i18n/i18n.js';
import { renderWithStore } from '../test/render-app.js';
import { createFakeApi } from '../../test/fixtures/renderer/fake-api.js';
import { REPORTS } from '../../test/fixtures/renderer/reports.js';
import { App } from './app.js';

/** The verdict headline the catalogue gives a fixture report, in one language. */
function headline(code: VerdictCode, lang: Lang): string {
  const t = createI18n(lang).t as unknown as Translate;
  return say(t, verdictMessages(REPORTS[code]).title);
}

describe('the whole wizard', () => {
  it('goes from the address to the verdict and the settings in one click, and details in one more', async () => {
    const api = createFakeApi({ report: REPORTS.port25_blocked, stepMs: 5 });
    renderWithStore(<App />, { api });
    await userEvent.click(screen.getByRole('button', { name: 'はじめる' }));
    await userEvent.type(screen.getByLabelText('メールアドレス'), 'taro@example.jp');
    let clicks = 0;
    await userEvent.click(screen.getByRole('button', { name: '調べる' }));
    clicks++;
    expect(screen.getByRole('heading', { level: 1, name: 'いま調べています' })).toBeVisible();
    const verdict = await screen.findByRole(
      'heading',
      { level: 1, name: headline('port25_blocked', 'ja') },
      { timeout: 5000 },
    );
    expect(verdict).toHaveFocus();
    expect(screen.getByRole('region', { name: 'メールソフトの送信設定' })).toHaveTextContent('587');
    await userEvent.click(screen.getByRole('button', { name: 'サポート担当者向けの詳細を表示' }));
    clicks++;
    expect(screen.getByRole('table')).toBeVisible();
    expect(clicks).toBeLessThanOrEqual(3);
  });

  it('can be walked with the keyboard alone and switched to English on the result', async () => {
    const api = createFakeApi({ report: REPORTS.smtp_blocked });
    renderWithStore(<App />, { api });
    // Past the question about reading the mail program (yes, no) to Start.
    await userEvent.tab();
    await userEvent.tab();
    await userEvent.tab();
    expect(screen.getByRole('button', { name: 'はじめる' })).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    await userEvent.tab();
    expect(screen.getByLabelText('メールアドレス')).toHaveFocus();
    await userEvent.keyboard('taro@example.jp{Enter}');
    const h1 = await screen.findByRole(
      'heading',
      { level: 1, name: headline('smtp_blocked', 'ja') },
      { timeout: 5000 },
    );
    expect(h1).toHaveFocus();
    await userEvent.click(screen.getByRole('button', { name: 'English' }));
    expect(
      screen.getByRole('heading', { level: 1, name: headline('smtp_blocked', 'en') }),
    ).toBeVisible();
    expect(screen.getByText('What to do next')).toBeVisible();
    await userEvent.click(screen.getByRole('button', { name: 'Check again' }));
    expect(screen.getByLabelText('Email address')).toHaveValue('taro@example.jp');
  });
});
