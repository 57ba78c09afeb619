import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { MAIL_PROGRAMS } from '../../../../shared/diagnosis.js';
import { en } from '../../../../shared/i18n/en/index.js';
import { ja } from '../../../../shared/i18n/ja/index.js';
import { doneRun } from '../../../store/run-state.js';
import { renderWithStore } from '../../../test/render-app.js';
import { createFakeApi } from '../../../../test/fixtures/renderer/fake-api.js';
import { IDN_REPORT, REPORTS, withLogin } from '../../../../test/fixtures/renderer/reports.js';
import { SettingsCard } from './settings-card.js';

function renderCard(report = REPORTS.port25_blocked, lang: 'ja' | 'en' = 'ja', extra = {}) {
  const api = createFakeApi({ report, loginReport: () => withLogin(report, 'accepted'), ...extra });
  const r = renderWithStore(<SettingsCard />, {
    api,
    lang,
    initial: { run: doneRun(report, '00000000-0000-4000-8000-00000000000a') },
  });
  return { ...r, api };
}

function field(name: string): HTMLElement {
  return document.querySelector(`[data-field="${name}"]`) as HTMLElement;
}

describe('settings card', () => {
  it('shows server, port 587, STARTTLS, sign-in and user name, each explained in one line', () => {
    renderCard();
    expect(field('host')).toHaveTextContent('smtp.example.jp');
    expect(field('port')).toHaveTextContent('587');
    expect(field('port')).toHaveTextContent(
      'ポート番号 587 は、メールソフトから送るための専用の入口です',
    );
    expect(field('security')).toHaveTextContent('STARTTLS');
    expect(field('security')).toHaveTextContent('つないだ後で通信を暗号化する方式です');
    expect(field('auth')).toHaveTextContent('オン（必要）');
    expect(field('username')).toHaveTextContent('taro@example.jp');
    // The user said 25 and smtp.example.jp: only the port needs changing.
    expect(field('port')).toHaveTextContent('いまの設定：25（変更してください）');
    expect(field('host')).not.toHaveTextContent('いまの設定');
    expect(screen.getByText('この設定でサーバーが応答することを確かめました。')).toBeVisible();
  });

  it('says a user name only the provider knows in words, with nothing to copy, in the steps too', () => {
    const report = structuredClone(REPORTS.port25_blocked);
    if (report.recommended) report.recommended.username = '%ISPUSERID%';
    renderCard(report, 'en');
    expect(field('username')).toHaveTextContent(en.settings.values.ispUserId);
    expect(within(field('username')).queryByRole('button')).toBeNull();
    expect(document.body).not.toHaveTextContent('%ISPUSERID%');
    expect(document.querySelector('.program-steps')).toHaveTextContent(
      en.settings.values.ispUserId,
    );
  });

  it('shows 465 with SSL/TLS when that is what works', () => {
    renderCard(REPORTS.submission_blocked, 'en');
    expect(field('port')).toHaveTextContent('465');
    expect(field('security')).toHaveTextContent('SSL/TLS');
    expect(field('security')).toHaveTextContent('Encrypts the connection from the very start');
  });

  it('shows the Unicode form of an IDN host beside the ASCII one to type', () => {
    renderCard(IDN_REPORT);
    expect(field('host')).toHaveTextContent('smtp.xn--r8jz45g.jp');
    expect(field('host')).toHaveTextContent('表示上の名前：smtp.例え.jp');
  });

  it('copies each value with a spoken confirmation', async () => {
    renderCard();
    const button = screen.getByRole('button', { name: '送信サーバーをコピー' });
    await userEvent.click(button);
    expect(await within(field('host')).findByRole('status')).toHaveTextContent('コピーしました');
    expect(screen.getByRole('button', { name: 'ポート番号をコピー' })).toBeVisible();
    expect(screen.getByRole('button', { name: 'ユーザー名をコピー' })).toBeVisible();
  });

  for (const program of MAIL_PROGRAMS) {
    it(`numbers the steps for ${program}, with the values filled in`, async () => {
      renderCard(REPORTS.submission_blocked, 'ja');
      await userEvent.selectOptions(screen.getByLabelText('お使いのメールソフト'), program);
      const steps = screen.getByRole('region', {
        name: `${ja.programs[program].name}での設定の手順`,
      });
      const items = within(steps).getAllByRole('listitem');
      expect(items).toHaveLength(ja.programs[program].steps.length);
      expect(steps).toHaveTextContent('smtp.example.jp');
      expect(steps).toHaveTextContent('465');
      expect(steps).toHaveTextContent(ja.programs[program].security.tls);
      expect(steps.textContent).not.toContain('{{');
    });
  }

  it('shows generic steps when no program was chosen, and the chosen one’s otherwise', () => {
    const { unmount } = renderCard(REPORTS.ok, 'en');
    expect(
      screen.getByRole('region', { name: 'How to set it up: Another mail program' }),
    ).toBeVisible();
    unmount();
    const report = REPORTS.ok;
    renderWithStore(<SettingsCard />, {
      api: createFakeApi({ report }),
      lang: 'en',
      initial: { run: doneRun(report, 'r'), mailProgram: 'ios_mail' },
    });
    const steps = screen.getByRole('region', { name: 'How to set it up: iPhone / iPad Mail' });
    expect(steps).toHaveTextContent('Turn on “Use SSL”');
  });

  it('shows the provider’s published settings, marked as not checked, when the PC is offline', () => {
    renderCard(REPORTS.offline, 'en');
    expect(
      screen.getByText(/settings your provider publishes; they have not been checked/),
    ).toBeVisible();
    const card = screen.getByRole('region', { name: 'Sending settings for your mail program' });
    expect(card.querySelector('[data-field="host"] .settings-value')).toHaveTextContent(
      'smtp.example.jp',
    );
  });

  it('has nothing to configure when the verdict leaves nothing to change', () => {
    renderCard(REPORTS.domain_not_found, 'en');
    expect(screen.getByText(/nothing to change in your mail program yet/)).toBeVisible();
    expect(screen.queryByRole('button', { name: /Copy/ })).toBeNull();
    expect(en.settings.none).toContain('What to do next');
  });

  it('runs the optional login test: explains the password, sends it once and clears the field', async () => {
    const { api } = renderCard();
    const toggle = screen.getByRole('button', {
      name: 'パスワードも確かめる（しなくてもかまいません）',
    });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await userEvent.click(toggle);
    expect(screen.getByText(/保存も記録もしません/)).toBeVisible();
    const input = screen.getByLabelText('メールのパスワード');
    expect(input).toHaveAttribute('type', 'password');
    expect(input).toHaveAttribute('autocomplete', 'off');
    await userEvent.click(screen.getByRole('button', { name: 'パスワードを確かめる' }));
    expect(screen.getByText('パスワードを入力してください。')).toBeVisible();
    expect(api.calls.login).toEqual([]);
    await userEvent.type(input, 'hunter2{Enter}');
    expect(input).toHaveValue('');
    const result = document.querySelector('.login-result') as HTMLElement;
    await expect.poll(() => result.textContent).toContain('パスワードが受け付けられました');
    expect(result).toHaveAttribute('role', 'status');
    expect(api.calls.login).toEqual([
      { runId: '00000000-0000-4000-8000-00000000000a', password: 'hunter2' },
    ]);
  });

  it('says plainly when the password was refused', () => {
    renderCard(REPORTS.auth_failed, 'en');
    expect(document.querySelector('.login-result')).toHaveTextContent(
      'Your password was not accepted',
    );
  });
});

describe('the settings card never says "verified" where nothing was proven', () => {
  for (const code of ['tls_problem', 'security_software'] as const) {
    it(`not under a ${code} verdict, even for settings the engine marked verified`, () => {
      const report = structuredClone(REPORTS[code]);
      if (report.recommended) report.recommended.verified = true;
      renderCard(report, 'ja');
      expect(screen.queryByText(ja.settings.verified)).toBeNull();
      expect(document.querySelector('.settings-verified')).toHaveAttribute(
        'data-verified',
        'false',
      );
    });
  }

  it('not for the provider’s published settings, which were not probed', () => {
    const report = structuredClone(REPORTS.offline);
    if (report.recommended) report.recommended.verified = true;
    renderCard(report, 'ja');
    expect(screen.getByText(ja.settings.published)).toBeVisible();
    expect(screen.queryByText(ja.settings.verified)).toBeNull();
  });
});
