import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { MailAccount, ProgramStatus } from '../../../../shared/accounts.js';
import { MAIL_PROGRAMS } from '../../../../shared/diagnosis.js';
import { ja } from '../../../../shared/i18n/ja/index.js';
import { createFakeApi } from '../../../../test/fixtures/renderer/fake-api.js';
import { REPORTS } from '../../../../test/fixtures/renderer/reports.js';
import { renderWithStore } from '../../../test/render-app.js';
import type { AccountsState } from '../../../store/fix-state.js';
import { AddressStep } from './address-step.js';

const BECKY: MailAccount = {
  id: 'becky:0a1b2c3d:mailbox',
  program: 'becky',
  account: '会社のメール',
  displayName: null,
  email: 'hanako@example.jp',
  otherEmails: [],
  host: 'smtp.example.jp',
  port: 25,
  security: 'none',
  auth: false,
  username: 'hanako@example.jp',
  unsure: [],
  fixable: false,
  where: 'Becky! / 0a1b2c3d',
};
const THUNDERBIRD: MailAccount = {
  ...BECKY,
  id: 'thunderbird:q7lab3xz.default-release:smtp1',
  program: 'thunderbird',
  account: '自宅のメール',
  email: 'taro@example.jp',
  otherEmails: ['taro.yamada@example.jp'],
  fixable: true,
};

function loaded(accounts: MailAccount[], programs: ProgramStatus[] = []): AccountsState {
  return { status: 'loaded', accounts, programs };
}

function question() {
  return screen.getByRole('group', { name: 'お使いのメールソフトはどれですか？' });
}

describe('the mail program question', () => {
  it('is asked on its own, outside the fold, with a picture and a name for every program and “not sure”', () => {
    renderWithStore(<AddressStep />, { api: createFakeApi({ report: REPORTS.ok }) });
    const group = question();
    expect(group).toBeVisible();
    const radios = within(group).getAllByRole('radio');
    expect(radios).toHaveLength(MAIL_PROGRAMS.length + 1);
    for (const p of MAIL_PROGRAMS) {
      const radio = within(group).getByRole('radio', { name: ja.programs[p].name });
      expect(radio.closest('label')?.querySelector(`svg[data-program="${p}"]`)).not.toBeNull();
    }
    // Nothing found, nothing pre-selected: "not sure" is the answer until one is chosen.
    expect(within(group).getByRole('radio', { name: 'わからない・選ばない' })).toBeChecked();
    expect(document.querySelector('.program-preselected')).toBeNull();
  });

  it('pre-selects the program of the account with the address typed, and says so', async () => {
    const api = createFakeApi({ report: REPORTS.ok, hold: true });
    renderWithStore(<AddressStep />, {
      api,
      initial: { accounts: loaded([BECKY, THUNDERBIRD]) },
    });
    // Two programs found and no address yet: nothing says which.
    expect(within(question()).getByRole('radio', { name: 'わからない・選ばない' })).toBeChecked();
    await userEvent.type(screen.getByLabelText('メールアドレス'), 'Taro.Yamada@example.jp');
    expect(within(question()).getByRole('radio', { name: 'Thunderbird' })).toBeChecked();
    expect(
      screen.getByText(/見つかったアカウントから「Thunderbird」を選んでおきました/),
    ).toBeVisible();
    await userEvent.click(screen.getByRole('button', { name: '調べる' }));
    expect(api.calls.start[0]).toMatchObject({ mailProgram: 'thunderbird' });
    api.release();
  });

  it('pre-selects the one program with accounts; the user’s own answer, “not sure” too, wins', async () => {
    const api = createFakeApi({ report: REPORTS.ok, hold: true });
    const { store } = renderWithStore(<AddressStep />, {
      api,
      lang: 'en',
      initial: { accounts: loaded([BECKY]) },
    });
    const group = screen.getByRole('group', { name: 'Which mail program do you use?' });
    expect(within(group).getByRole('radio', { name: 'Becky! Internet Mail' })).toBeChecked();
    await userEvent.click(within(group).getByRole('radio', { name: 'Not sure / skip' }));
    expect(within(group).getByRole('radio', { name: 'Not sure / skip' })).toBeChecked();
    expect(document.querySelector('.program-preselected')).toBeNull();
    await userEvent.type(screen.getByLabelText('Email address'), 'hanako@example.jp{Enter}');
    expect(api.calls.start[0]).not.toHaveProperty('mailProgram');
    expect(store.getState().mailProgram).toBeNull();
    api.release();
  });

  it('pre-selects a program that is there but could not be read (Mail without Full Disk Access)', () => {
    renderWithStore(<AddressStep />, {
      api: createFakeApi({ report: REPORTS.ok }),
      initial: {
        accounts: loaded(
          [],
          [
            { program: 'apple_mail', status: 'not_permitted', count: 0 },
            { program: 'thunderbird', status: 'none', count: 0 },
          ],
        ),
      },
    });
    expect(within(question()).getByRole('radio', { name: 'メール（Mac）' })).toBeChecked();
  });

  it('takes a choice by a click on its card, and passes it to the check', async () => {
    const api = createFakeApi({ report: REPORTS.ok, hold: true });
    renderWithStore(<AddressStep />, { api });
    // The radio button covers the whole card, picture included.
    const card = within(question()).getByRole('radio', { name: '新しい Outlook' });
    const box = card.closest('label')?.getBoundingClientRect();
    expect(card.getBoundingClientRect()).toEqual(box);
    await userEvent.click(card);
    expect(within(question()).getByRole('radio', { name: '新しい Outlook' })).toBeChecked();
    await userEvent.type(screen.getByLabelText('メールアドレス'), 'taro@example.jp{Enter}');
    expect(api.calls.start[0]).toMatchObject({ mailProgram: 'outlook_new' });
    api.release();
  });
});
