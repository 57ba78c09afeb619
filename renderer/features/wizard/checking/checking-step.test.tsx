import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { App } from '../../../app/app.js';
import { selectStep } from '../../../store/selectors.js';
import { renderWithStore } from '../../../test/render-app.js';
import { createFakeApi } from '../../../../test/fixtures/renderer/fake-api.js';
import { REPORTS } from '../../../../test/fixtures/renderer/reports.js';

const RUN_ID = '00000000-0000-4000-8000-000000000001';

describe('checking step', () => {
  it('lists what is checked in plain words, as progress events arrive, with states and times', async () => {
    const api = createFakeApi({ report: REPORTS.port25_blocked, hold: true });
    const { store } = renderWithStore(<App />, { api });
    void store.getState().startDiagnosis({ email: 'taro@example.jp' });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'いま調べています' }),
    ).toHaveFocus();
    const list = screen.getByRole('list', { name: '調べていること' });
    const row = await within(list).findByText(
      'いつもの送信の道はプロバイダーに止められていませんか？',
    );
    await expect.poll(() => row.closest('li')?.dataset['state']).toBe('problem');
    const item = row.closest('li') as HTMLElement;
    expect(item).toHaveTextContent('問題あり');
    expect(item).toHaveTextContent(/1\.2 秒/);
    const sub = within(list)
      .getByText('メールソフト用の送信サーバーに届きますか？')
      .closest('li') as HTMLElement;
    expect(sub.dataset['state']).toBe('ok');
    // No port numbers or protocol names in the list the customer sees.
    expect(list.textContent).not.toMatch(/25|587|SMTP|STARTTLS/);
    // Finished rows are announced through the polite log region.
    const log = screen.getByRole('log');
    expect(log).toHaveAttribute('aria-live', 'polite');
    expect(log).toHaveTextContent(
      'いつもの送信の道はプロバイダーに止められていませんか？ 問題あり。',
    );
    expect(screen.getByText('経過時間').nextElementSibling?.textContent).toMatch(/^\d+\.\d 秒$/);
    api.release();
    await expect.poll(() => selectStep(store.getState())).toBe('result');
  });

  it('keeps the elapsed time moving while nothing arrives', async () => {
    const api = createFakeApi({ report: REPORTS.offline, hold: true });
    const { store } = renderWithStore(<App />, { api, lang: 'en' });
    void store.getState().startDiagnosis({ email: 'taro@example.jp' });
    const value = (await screen.findByText('Time so far')).nextElementSibling as HTMLElement;
    const first = value.textContent;
    await expect.poll(() => value.textContent, { timeout: 2000 }).not.toBe(first);
    api.release();
  });

  it('stops the check with the Stop button and returns to the address, saying so', async () => {
    const api = createFakeApi({ report: REPORTS.ok, hold: true });
    const { store } = renderWithStore(<App />, { api, lang: 'en' });
    store.getState().setField('email', 'taro@example.jp');
    store.getState().submit();
    await userEvent.click(await screen.findByRole('button', { name: 'Stop' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Enter your email address' }),
    ).toHaveFocus();
    expect(screen.getByRole('status')).toHaveTextContent('The check was stopped');
    expect(api.calls.cancel).toEqual([RUN_ID]);
    expect(screen.getByLabelText('Email address')).toHaveValue('taro@example.jp');
  });
});
