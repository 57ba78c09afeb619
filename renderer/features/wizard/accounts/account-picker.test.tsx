import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { MailAccount } from '../../../../shared/accounts.js';
import type { SendCheckApi } from '../../../../shared/ipc-methods.js';
import { App } from '../../../app/app.js';
import { renderWithStore } from '../../../test/render-app.js';
import { createFakeApi } from '../../../../test/fixtures/renderer/fake-api.js';
import { REPORTS } from '../../../../test/fixtures/renderer/reports.js';

const ACCOUNT: MailAccount = {
  id: 'thunderbird:q7lab3xz.default-release:smtp1',
  program: 'thunderbird',
  account: '自宅のメール',
  displayName: '山田 太郎',
  email: 'taro@example.jp',
  otherEmails: [],
  host: 'smtp.example.jp',
  port: 25,
  security: 'none',
  auth: false,
  username: 'taro@example.jp',
  unsure: [],
  fixable: true,
  where: 'default-release / smtp1',
};

function apiWith(accounts: MailAccount[]) {
  const base = createFakeApi({ report: REPORTS.port25_blocked });
  const listAccounts = vi.fn<NonNullable<SendCheckApi['listAccounts']>>(async () => ({
    ok: true,
    value: {
      accounts,
      programs: [
        {
          program: 'thunderbird',
          status: accounts.length > 0 ? 'found' : 'none',
          count: accounts.length,
        },
        { program: 'apple_mail', status: 'not_permitted', count: 0, detail: 'EPERM' },
      ],
    },
  }));
  return Object.assign(base, { listAccounts });
}

describe('the accounts on the start screen', () => {
  it('asks before reading anything, and one click on an account runs the diagnosis with its settings', async () => {
    const api = apiWith([ACCOUNT]);
    const { store } = renderWithStore(<App />, { api });
    expect(
      screen.getByRole('heading', {
        name: 'メールソフトの設定を SendCheck が読み取ってもよいですか？',
      }),
    ).toBeVisible();
    expect(api.listAccounts).not.toHaveBeenCalled();
    await userEvent.click(screen.getByRole('button', { name: '読み取ってよい' }));
    expect(api.listAccounts).toHaveBeenCalledTimes(1);
    expect(
      await screen.findByText(
        '次のアカウントが見つかりました。送信できないアカウントを選んでください。',
      ),
    ).toBeVisible();
    expect(screen.getByText(/macOS が読み取りを許可していません/)).toBeVisible();
    await userEvent.click(screen.getByRole('button', { name: /taro@example\.jp/ }));
    expect(api.calls.start[0]).toMatchObject({
      email: 'taro@example.jp',
      server: 'smtp.example.jp',
      port: 25,
      mailProgram: 'thunderbird',
    });
    expect(store.getState().runAccount?.account.id).toBe(ACCOUNT.id);
    await screen.findByRole('heading', { level: 1, name: /昔ながらの送信方法/ }, { timeout: 5000 });
  });

  it('says which Thunderbird an account belongs to when it is not the regular one', async () => {
    const snap: MailAccount = {
      ...ACCOUNT,
      id: 'thunderbird:k3x9q2ab.default-release:smtp1',
      email: 'jiro@example.jp',
      install: 'snap',
    };
    const api = apiWith([{ ...ACCOUNT, install: 'classic' }, snap]);
    renderWithStore(<App />, { api });
    await userEvent.click(screen.getByRole('button', { name: '読み取ってよい' }));
    const snapButton = await screen.findByRole('button', { name: /jiro@example\.jp/ });
    expect(snapButton).toHaveTextContent(
      'Ubuntu の Snap 版 Thunderbird（Snap 版が自分用にコピーしたプロファイル）',
    );
    expect(screen.getByRole('button', { name: /taro@example\.jp/ })).toHaveTextContent(
      /^自宅のメールtaro@example\.jpThunderbird · /,
    );
  });

  it('remembers a no for the session and never lists the accounts', async () => {
    const api = apiWith([ACCOUNT]);
    const { store } = renderWithStore(<App />, { api });
    await userEvent.click(screen.getByRole('button', { name: '読み取らない' }));
    expect(screen.getByText(/メールソフトの設定は読み取りません/)).toBeVisible();
    // Away to the address step and back: the question is not asked again.
    await userEvent.click(screen.getByRole('button', { name: 'はじめる' }));
    store.getState().backToStart();
    expect(await screen.findByText(/メールソフトの設定は読み取りません/)).toBeVisible();
    expect(screen.queryByRole('button', { name: '読み取ってよい' })).toBeNull();
    expect(api.listAccounts).not.toHaveBeenCalled();
  });

  it('says so when no account is found, in English too', async () => {
    const api = apiWith([]);
    renderWithStore(<App />, { api, lang: 'en' });
    await userEvent.click(screen.getByRole('button', { name: 'Yes, look' }));
    expect(await screen.findByText(/No sending settings were found/)).toBeVisible();
  });
});

describe('one main way in on the start screen', () => {
  it('a found account is the main button; typing another address is the second way', async () => {
    renderWithStore(<App />, { api: apiWith([ACCOUNT]), lang: 'ja' });
    // Before the question is answered, reading the mail program is the one primary action.
    expect(screen.getByRole('button', { name: '読み取ってよい' })).toHaveClass('primary');
    expect(screen.getByRole('button', { name: 'はじめる' })).toHaveClass('secondary');
    await userEvent.click(screen.getByRole('button', { name: '読み取ってよい' }));
    const account = await screen.findByRole('button', { name: /このアカウントを調べる/ });
    expect(account).toHaveAccessibleName(/taro@example\.jp/);
    expect(document.querySelectorAll('.step-start .primary')).toHaveLength(0);
    expect(screen.getByRole('button', { name: 'はじめる' })).toHaveClass('secondary');
    expect(
      screen.getByText('ほかのアドレスを手で入力して調べる場合は「はじめる」を押してください。'),
    ).toBeVisible();
  });

  it('with no account to offer, typing the address is the main way again', async () => {
    renderWithStore(<App />, { api: apiWith([]), lang: 'en' });
    await userEvent.click(screen.getByRole('button', { name: 'Yes, look' }));
    await screen.findByText(/No sending settings were found/);
    expect(screen.getByRole('button', { name: 'Start' })).toHaveClass('primary');
    expect(screen.queryByRole('button', { name: /Check this account/ })).toBeNull();
  });
});
