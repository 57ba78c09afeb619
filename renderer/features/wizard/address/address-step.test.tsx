import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { App } from '../../../app/app.js';
import { selectStep } from '../../../store/selectors.js';
import { renderWithStore } from '../../../test/render-app.js';
import { createFakeApi } from '../../../../test/fixtures/renderer/fake-api.js';
import { REPORTS } from '../../../../test/fixtures/renderer/reports.js';
import { AddressStep } from './address-step.js';

describe('address step', () => {
  it('shows a bad address’s message next to the field, marks it invalid and puts the cursor there', async () => {
    const api = createFakeApi({ report: REPORTS.ok });
    renderWithStore(<AddressStep />, { api });
    const email = screen.getByLabelText('メールアドレス');
    await userEvent.type(email, 'taro.example.jp');
    await userEvent.click(screen.getByRole('button', { name: '調べる' }));
    expect(email).toHaveAttribute('aria-invalid', 'true');
    expect(email).toHaveAccessibleDescription(/@ がありません/);
    await expect.poll(() => document.activeElement).toBe(email);
    expect(api.calls.start).toEqual([]);
  });

  it('keeps the optional fields folded away until asked, then validates them too', async () => {
    const api = createFakeApi({ report: REPORTS.ok });
    renderWithStore(<AddressStep />, { api, lang: 'en' });
    const toggle = screen.getByRole('button', { name: /I know my mail program’s settings/ });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('textbox', { name: 'Outgoing server you use now' })).toBeNull();
    await userEvent.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await userEvent.type(screen.getByLabelText('Email address'), 'taro@example.jp');
    await userEvent.type(
      screen.getByLabelText('Outgoing server you use now'),
      'smtp://smtp.example.jp',
    );
    await userEvent.type(screen.getByLabelText('Port you use now'), '8080');
    await userEvent.click(screen.getByRole('button', { name: 'Check' }));
    expect(screen.getByLabelText('Outgoing server you use now')).toHaveAccessibleDescription(
      /only the server name/,
    );
    expect(screen.getByLabelText('Port you use now')).toHaveAccessibleDescription(
      /25, 465, 587, 2525/,
    );
    await expect.poll(() => document.activeElement?.id).toBe('server');
    expect(api.calls.start).toEqual([]);
  });

  it('starts the check with Enter in the address field: one action from address to checking', async () => {
    const api = createFakeApi({ report: REPORTS.ok, hold: true });
    const { store } = renderWithStore(<AddressStep />, { api });
    await userEvent.type(screen.getByLabelText('メールアドレス'), 'taro@example.jp{Enter}');
    expect(selectStep(store.getState())).toBe('checking');
    expect(api.calls.start).toHaveLength(1);
    expect(api.calls.start[0]).toMatchObject({ email: 'taro@example.jp' });
    api.release();
  });

  it('passes the chosen mail program and the current server and port', async () => {
    const api = createFakeApi({ report: REPORTS.ok, hold: true });
    renderWithStore(<AddressStep />, { api });
    await userEvent.click(screen.getByRole('radio', { name: 'Becky! Internet Mail' }));
    await userEvent.click(screen.getByRole('button', { name: /メールソフトの設定がわかる場合/ }));
    await userEvent.type(screen.getByLabelText('メールアドレス'), 'taro@example.jp');
    await userEvent.type(screen.getByLabelText('いま使っている送信サーバー'), 'smtp.example.jp');
    await userEvent.type(screen.getByLabelText('いま使っているポート番号'), '25');
    await userEvent.click(screen.getByRole('button', { name: '調べる' }));
    expect(api.calls.start[0]).toMatchObject({
      email: 'taro@example.jp',
      server: 'smtp.example.jp',
      port: 25,
      mailProgram: 'becky',
    });
    api.release();
  });

  it('says so when the previous check was stopped or failed', () => {
    const api = createFakeApi({ report: REPORTS.ok });
    const { unmount } = renderWithStore(<AddressStep />, {
      api,
      initial: { run: { status: 'cancelled' } },
    });
    expect(screen.getByRole('status')).toHaveTextContent('中止しました');
    unmount();
    renderWithStore(<AddressStep />, {
      api,
      lang: 'en',
      initial: { run: { status: 'failed', error: { code: 'internal', message: 'boom' } } },
    });
    expect(screen.getByRole('alert')).toHaveTextContent('Something went wrong inside the app');
  });

  it('goes back to the start screen, leaving the notice about the failed check behind', async () => {
    const api = createFakeApi({ report: REPORTS.ok });
    const { store } = renderWithStore(<App />, {
      api,
      initial: { run: { status: 'failed', error: { code: 'internal', message: 'boom' } } },
    });
    expect(screen.getByRole('alert')).toBeVisible();
    await userEvent.click(screen.getByRole('button', { name: '戻る' }));
    expect(selectStep(store.getState())).toBe('start');
    await userEvent.click(screen.getByRole('button', { name: 'はじめる' }));
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
