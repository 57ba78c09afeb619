import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { SendCheckApi } from '../../../../shared/ipc-methods.js';
import { App } from '../../../app/app.js';
import { renderWithStore } from '../../../test/render-app.js';
import { createFakeApi } from '../../../../test/fixtures/renderer/fake-api.js';
import { REPORTS } from '../../../../test/fixtures/renderer/reports.js';

/** The bridge as it answers when macOS refused to let SendCheck read Apple Mail's settings. */
function refusedApi() {
  const base = createFakeApi({ report: REPORTS.port25_blocked });
  const listAccounts = vi.fn<NonNullable<SendCheckApi['listAccounts']>>(async () => ({
    ok: true,
    value: {
      accounts: [],
      programs: [
        { program: 'thunderbird', status: 'none', count: 0 },
        { program: 'apple_mail', status: 'not_permitted', count: 0, detail: 'EPERM' },
      ],
    },
  }));
  return Object.assign(base, { listAccounts });
}

describe('when macOS does not let SendCheck read Mail (no Full Disk Access)', () => {
  it('says so, gives the steps in System Settings, and the way on by typing the address', async () => {
    renderWithStore(<App />, { api: refusedApi() });
    await userEvent.click(screen.getByRole('button', { name: '読み取ってよい' }));
    const note = (
      await screen.findByText(/メール（Mac）の設定は、macOS が読み取りを許可していません。/)
    ).parentElement as HTMLElement;
    const steps = within(note)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(steps).toEqual([
      'アップルメニューから「システム設定」を開きます。',
      'サイドバーで「プライバシーとセキュリティ」をクリックし、右側の「フルディスクアクセス」をクリックします。',
      '一覧の「SendCheck」をオンにします。一覧にない場合は「＋」をクリックして、「アプリケーション」フォルダの SendCheck を選びます。',
      'SendCheck を終了してから、もう一度開きます。',
    ]);
    expect(within(note).getByText(/「はじめる」を押してメールアドレスを入力し/)).toBeVisible();
    // The way on: Start leads to the address step, where the address is typed by hand.
    await userEvent.click(screen.getByRole('button', { name: 'はじめる' }));
    expect(await screen.findByRole('textbox', { name: /メールアドレス/ })).toBeVisible();
  });

  it('says the same in English', async () => {
    renderWithStore(<App />, { api: refusedApi(), lang: 'en' });
    await userEvent.click(screen.getByRole('button', { name: 'Yes, look' }));
    expect(
      await screen.findByText("macOS does not allow SendCheck to read Mail (Mac)'s settings."),
    ).toBeVisible();
    expect(
      screen.getByText(
        'Click Privacy & Security in the sidebar, then click Full Disk Access on the right.',
      ),
    ).toBeVisible();
  });
});
