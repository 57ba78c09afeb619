import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { MailAccount } from '../../../../shared/accounts.js';
import type { CheckResult } from '../../../../shared/ipc-contract.js';
import type { SendCheckApi } from '../../../../shared/ipc-methods.js';
import { App } from '../../../app/app.js';
import { renderWithStore } from '../../../test/render-app.js';
import { createFakeApi, type FakeApiOptions } from '../../../../test/fixtures/renderer/fake-api.js';
import { REPORTS, withLogin } from '../../../../test/fixtures/renderer/reports.js';
import {
  acceptedReport,
  SUGGESTIONS,
  suggestedReport,
  unverifiedReport,
  withVerdict,
} from '../../../../test/fixtures/renderer/suggested.js';
import { en } from '../../../../shared/i18n/en/index.js';
import { ja } from '../../../../shared/i18n/ja/index.js';

const OLD: MailAccount = {
  id: 'thunderbird:q7lab3xz.default-release:smtp1',
  program: 'thunderbird',
  account: '自宅のメール',
  displayName: null,
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
const FIXED: MailAccount = { ...OLD, port: 587, security: 'starttls', auth: true };

type Refusal = Extract<
  Awaited<ReturnType<NonNullable<SendCheckApi['fixAccount']>>>,
  { ok: true }
>['value'];

function api(opts: { fix?: Refusal; undo?: Refusal; report?: FakeApiOptions['report'] } = {}) {
  const base = createFakeApi({ report: opts.report ?? REPORTS.port25_blocked });
  return Object.assign(base, {
    listAccounts: vi.fn(async () => ({
      ok: true as const,
      value: { accounts: [OLD], programs: [] },
    })),
    fixAccount: vi.fn(async () => ({
      ok: true as const,
      value: opts.fix ?? {
        written: true as const,
        account: FIXED,
        backupName: 'prefs.js.sendcheck-20261130-201500.bak',
      },
    })),
    undoFix: vi.fn(async () => ({
      ok: true as const,
      value: opts.undo ?? {
        written: true as const,
        account: OLD,
        backupName: 'prefs.js.sendcheck-20261130-201500.bak',
      },
    })),
    checkSettings: vi.fn(async (req: { password?: string }) => {
      const works = req.password === 'correct horse';
      const result: CheckResult = {
        works,
        checked: {
          host: 'smtp.example.jp',
          port: 587,
          security: 'starttls',
          auth: true,
          username: 'taro@example.jp',
        },
        login: works ? 'accepted' : 'rejected',
        report: withLogin(REPORTS.port25_blocked, works ? 'accepted' : 'rejected'),
        account: FIXED,
      };
      return { ok: true as const, value: result };
    }),
  });
}

async function toResult(a: ReturnType<typeof api>, lang: 'ja' | 'en' = 'ja') {
  const r = renderWithStore(<App />, { api: a, lang });
  await userEvent.click(
    screen.getByRole('button', { name: lang === 'ja' ? '読み取ってよい' : 'Yes, look' }),
  );
  await userEvent.click(await screen.findByRole('button', { name: /taro@example\.jp/ }));
  await screen.findByRole(
    'heading',
    {
      level: 1,
      name: /昔ながらの送信方法|old way of sending|暗号化|encrypted|セキュリティ|security/i,
    },
    { timeout: 5000 },
  );
  return r;
}

describe('from the result to a working mail program', () => {
  it('marks each value to change: port 25 → 587, encryption none → STARTTLS, authentication off → on', async () => {
    await toResult(api());
    const table = screen.getByRole('table', { name: undefined });
    const rows = within(table).getAllByRole('row').slice(1);
    const changed = rows
      .filter((r) => r.getAttribute('data-changed') === 'true')
      .map((r) => r.getAttribute('data-field'));
    expect(changed).toEqual(['port', 'security', 'auth']);
    expect(screen.getByText('ポート番号：25 → 587')).toBeVisible();
    expect(screen.getByText('暗号化：なし → STARTTLS')).toBeVisible();
    expect(screen.getByText('送信時の認証：オフ（不要） → オン（必要）')).toBeVisible();
  });

  it('fixes after the Thunderbird-must-be-closed confirmation, becomes a success state, proves it with check again, and undoes', async () => {
    const a = api();
    const { store } = await toResult(a);
    await userEvent.click(screen.getByRole('button', { name: '設定を直してもらう' }));
    expect(screen.getByRole('heading', { name: 'Thunderbird を終了してください' })).toHaveFocus();
    expect(a.fixAccount).not.toHaveBeenCalled();
    await userEvent.click(screen.getByRole('button', { name: '書き込む' }));
    expect(a.fixAccount).toHaveBeenCalledWith({
      accountId: OLD.id,
      runId: store.getState().runAccount?.runId,
    });
    // The page becomes a success state: a new title, a path that gets through, three steps left.
    const title = await screen.findByRole('heading', {
      level: 1,
      name: 'Thunderbird の送信設定を直しました',
    });
    expect(title).toHaveFocus();
    expect(document.querySelector('.verdict')).toHaveAttribute('data-tone', 'ok');
    const figure = screen.getByRole('figure', { name: 'メールの通り道' });
    expect(
      within(figure)
        .getAllByRole('listitem')
        .map((li) => li.dataset['state']),
    ).toEqual(['ok', 'ok', 'ok', 'ok']);
    const next = screen.getByRole('region', { name: 'これからすること' });
    expect(within(next).getAllByRole('listitem')).toHaveLength(3);
    expect(next).toHaveTextContent('Thunderbird を起動してください。');
    expect(next).toHaveTextContent(ja.fix.fixed.steps.test);
    // The change is said once; the problem's steps, table, card and big buttons are gone.
    expect(screen.getAllByText('ポート番号：25 → 587')).toHaveLength(1);
    expect(
      document.querySelector('.changes-table, .settings-card, .fix-panel, .verify-panel'),
    ).toBeNull();
    expect(screen.queryByText(ja.action.change_outgoing)).toBeNull();
    expect(screen.getByRole('button', { name: '元に戻す' })).toHaveClass('link-button');

    // The test did not arrive: "check again" reads the program once more, with the password.
    await userEvent.click(screen.getByRole('button', { name: ja.fix.verify.arrived.no }));
    expect(screen.getByText(ja.fix.fixed.noText)).toBeVisible();
    await userEvent.type(
      screen.getByLabelText('この設定で使うパスワード（入力しなくてもかまいません）'),
      'correct horse',
    );
    await userEvent.click(
      screen.getByRole('button', { name: '設定を変えたので、もう一度確かめる' }),
    );
    const works = await screen.findByRole('heading', { name: ja.fix.verify.works });
    expect(works).toHaveFocus();
    // The page asked already whether the test arrived: the question is not asked twice.
    expect(screen.getAllByRole('group', { name: ja.fix.verify.arrived.question })).toHaveLength(1);
    expect(a.checkSettings).toHaveBeenCalledWith(
      expect.objectContaining({ accountId: OLD.id, password: 'correct horse' }),
    );
    // The password is not kept on screen or in the store.
    expect(
      screen.getByLabelText('この設定で使うパスワード（入力しなくてもかまいません）'),
    ).toHaveValue('');
    expect(JSON.stringify(store.getState())).not.toContain('correct horse');

    await userEvent.click(screen.getByRole('button', { name: '元に戻す' }));
    expect(await screen.findByText('元の設定に戻しました。')).toBeVisible();
    expect(a.undoFix).toHaveBeenCalledWith({ accountId: OLD.id });
    expect(screen.getByText('いまの設定：25（変更してください）')).toBeVisible();
    expect(screen.getByText('ポート番号：25 → 587')).toBeVisible();
  });

  it('after an undo, names each setting left as it is because it changed since the fix, and a lock left by a crash', async () => {
    const undo = {
      written: true as const,
      account: { ...OLD, port: 2525 },
      backupName: 'prefs.js.sendcheck-20261130-201500.bak',
      kept: ['port' as const],
      staleLock: true as const,
    };
    await toResult(api({ undo }), 'en');
    await userEvent.click(screen.getByRole('button', { name: 'Fix it for me' }));
    await userEvent.click(screen.getByRole('button', { name: 'Write the settings' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Undo' }));
    const outcome = await screen.findByText(/^SendCheck put back what it had changed/);
    expect(outcome).toHaveTextContent(
      'SendCheck put back what it had changed, except the settings below, which were changed again since and are left as they are now. The port was changed again after SendCheck’s change, so it was left as it is now. Thunderbird had left a sign that it was in use when it last stopped unexpectedly (for example after a crash). It is not running now, so SendCheck went ahead.',
    );
  });

  it('says in plain words why nothing was written (Thunderbird running)', async () => {
    await toResult(api({ fix: { written: false, refusal: 'running' } }), 'en');
    await userEvent.click(screen.getByRole('button', { name: 'Fix it for me' }));
    await userEvent.click(screen.getByRole('button', { name: 'Write the settings' }));
    expect(
      await screen.findByText(/Nothing was changed, because Thunderbird is running/),
    ).toBeVisible();
  });

  it('says what is still wrong when the check does not pass', async () => {
    const a = api();
    await toResult(a);
    await userEvent.type(
      screen.getByLabelText('この設定で使うパスワード（入力しなくてもかまいません）'),
      'wrong',
    );
    await userEvent.click(
      screen.getByRole('button', { name: '設定を変えたので、もう一度確かめる' }),
    );
    expect(
      await screen.findByRole('heading', { name: 'まだ直っていないところがあります' }),
    ).toHaveFocus();
    expect(screen.getByText(/パスワードが受け付けられませんでした。メールソフト/)).toBeVisible();
  });
});

describe('"Fix it for me" only for settings the trust gate allows', () => {
  const notOffered: Array<
    [string, FakeApiOptions['report'], keyof typeof en.fix.fixIt.notOffered]
  > = [
    ['a suggestion not yet confirmed', suggestedReport('srv_other_domain'), 'needs_confirmation'],
    ['settings not fully verified', unverifiedReport(), 'not_verified'],
  ];
  for (const [what, report, block] of notOffered) {
    it(`is not offered for ${what}, and one sentence says why`, async () => {
      const a = api({ report });
      await toResult(a, 'en');
      expect(screen.queryByRole('button', { name: 'Fix it for me' })).toBeNull();
      expect(screen.getByText(en.fix.fixIt.notOffered[block])).toBeVisible();
      expect(a.fixAccount).not.toHaveBeenCalled();
    });
  }

  for (const code of ['tls_problem', 'security_software'] as const) {
    it(`is not offered for a ${code} verdict, which says not to change the settings at all`, async () => {
      const a = api({ report: withVerdict(code) });
      await toResult(a, 'en');
      expect(screen.getByText(en.result.guidance.keep_settings.title)).toBeVisible();
      expect(screen.queryByRole('button', { name: 'Fix it for me' })).toBeNull();
      expect(document.querySelector('.changes-table, .settings-card, .verify-panel')).toBeNull();
      expect(a.fixAccount).not.toHaveBeenCalled();
    });
  }
  it('after "I have checked it", the same account is diagnosed again and can be fixed', async () => {
    const { host } = SUGGESTIONS.certificate_other_name;
    const a = api({
      report: (req) => (req.acceptSuggested ? acceptedReport() : suggestedReport()),
    });
    const { store } = await toResult(a);
    expect(screen.getByText(ja.fix.fixIt.notOffered.needs_confirmation)).toBeVisible();
    // Nothing tells the user to change to the suggestion before it is confirmed.
    expect(document.querySelector('.changes-table')).toBeNull();
    expect(screen.getByText(ja.settings.suggested.leadValues)).toBeVisible();
    await userEvent.click(screen.getByRole('button', { name: '確認しました。このサーバーを使う' }));
    await expect.poll(() => a.calls.start.length).toBe(2);
    expect(a.calls.start[1]).toEqual({
      runId: expect.any(String),
      email: OLD.email,
      server: OLD.host,
      port: OLD.port,
      mailProgram: 'thunderbird',
      acceptSuggested: [host],
    });
    const fix = await screen.findByRole(
      'button',
      { name: '設定を直してもらう' },
      { timeout: 5000 },
    );
    expect(screen.queryByText(ja.fix.fixIt.notOffered.needs_confirmation)).toBeNull();
    expect(document.querySelector('.changes-table')).not.toBeNull();
    await userEvent.click(fix);
    await userEvent.click(screen.getByRole('button', { name: '書き込む' }));
    expect(a.fixAccount).toHaveBeenCalledWith({
      accountId: OLD.id,
      runId: store.getState().runAccount?.runId,
    });
    expect(store.getState().runAccount?.runId).toBe(a.calls.start[1]?.runId);
  });

  it('says so when the write was cancelled in the main process’s dialog', async () => {
    await toResult(api({ fix: { written: false, refusal: 'declined' } }), 'en');
    await userEvent.click(screen.getByRole('button', { name: 'Fix it for me' }));
    await userEvent.click(screen.getByRole('button', { name: 'Write the settings' }));
    expect(await screen.findByText(en.fix.fixIt.refusal.declined)).toBeVisible();
  });
});

describe('"Fix it for me" for a Becky! mailbox', () => {
  const BECKY: MailAccount = {
    ...OLD,
    id: 'becky:4b7c9e2a.mb',
    program: 'becky',
    account: '山田太郎（OCN）',
    unsure: ['security'],
    where: 'Becky! / 4b7c9e2a.mb',
  };
  const beckyApi = (fix?: Refusal) =>
    Object.assign(
      api({
        fix: fix ?? {
          written: true,
          account: { ...BECKY, port: 587, auth: true },
          backupName: 'Mailbox.ini.sendcheck-20261207-101500.bak',
          handSteps: ['starttls'],
        },
      }),
      {
        listAccounts: vi.fn(async () => ({
          ok: true as const,
          value: { accounts: [BECKY], programs: [] },
        })),
      },
    );

  it('asks to close Becky!, writes, and gives the STARTTLS step by hand on the success page', async () => {
    const a = beckyApi();
    await toResult(a);
    expect(screen.getByRole('heading', { name: 'Becky! の設定を直す' })).toBeVisible();
    await userEvent.click(screen.getByRole('button', { name: '設定を直してもらう' }));
    expect(screen.getByRole('heading', { name: 'Becky! を終了してください' })).toHaveFocus();
    await userEvent.click(screen.getByRole('button', { name: '書き込む' }));
    expect(a.fixAccount).toHaveBeenCalledWith(expect.objectContaining({ accountId: BECKY.id }));
    await screen.findByRole('heading', {
      level: 1,
      name: 'Becky! Internet Mail の送信設定を直しました',
    });
    expect(
      screen.getByText(/Becky! の STARTTLS の設定は SendCheck では書き換えません。/),
    ).toBeVisible();
  });

  it('says in plain words that Becky! is running', async () => {
    await toResult(beckyApi({ written: false, refusal: 'running' }), 'en');
    await userEvent.click(screen.getByRole('button', { name: 'Fix it for me' }));
    await userEvent.click(screen.getByRole('button', { name: 'Write the settings' }));
    expect(await screen.findByText(/Nothing was changed, because Becky! is running/)).toBeVisible();
  });
});
