import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { SuggestionReason } from '../../../../shared/diagnosis.js';
import { en } from '../../../../shared/i18n/en/index.js';
import { ja } from '../../../../shared/i18n/ja/index.js';
import { doneRun } from '../../../store/run-state.js';
import { renderWithStore } from '../../../test/render-app.js';
import { createFakeApi } from '../../../../test/fixtures/renderer/fake-api.js';
import { REPORTS } from '../../../../test/fixtures/renderer/reports.js';
import {
  acceptedReport,
  SUGGESTIONS,
  suggestedReport,
  unverifiedReport,
} from '../../../../test/fixtures/renderer/suggested.js';
import { SettingsCard } from './settings-card.js';

const RUN = '00000000-0000-4000-8000-00000000000a';
const REASONS = Object.keys(SUGGESTIONS) as SuggestionReason[];

function renderCard(reason: SuggestionReason, lang: 'ja' | 'en' = 'ja') {
  const api = createFakeApi({
    report: (req) => (req.acceptSuggested ? acceptedReport(reason) : suggestedReport(reason)),
  });
  const r = renderWithStore(<SettingsCard />, {
    api,
    lang,
    initial: { run: doneRun(suggestedReport(reason), RUN), mailProgram: 'thunderbird' },
  });
  return { ...r, api };
}

function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_, k: string) => values[k] ?? '');
}

describe('the settings card of a server the network suggested', () => {
  for (const reason of REASONS) {
    it(`warns in whole sentences why (${reason}), marks nothing verified, offers no login test`, () => {
      renderCard(reason);
      const { host, namedBy } = SUGGESTIONS[reason];
      const warning = screen.getByRole('group', { name: ja.settings.suggested.heading });
      expect(warning).toHaveTextContent(fill(ja.settings.suggested.lead, { host }));
      expect(warning).toHaveTextContent(
        fill(ja.settings.suggested.reason[reason], { host, namedBy }),
      );
      expect(warning).toHaveTextContent(ja.settings.suggested.risk);
      expect(warning).toHaveTextContent(fill(ja.settings.suggested.compare, { host }));
      // The values are shown (to compare with the guide), never as checked.
      expect(document.querySelector('[data-field="host"]')).toHaveTextContent(host);
      expect(screen.queryByText(ja.settings.verified)).toBeNull();
      expect(document.querySelector('[data-verified="true"]')).toBeNull();
      expect(document.querySelector('.login-test')).toBeNull();
      expect(screen.queryByLabelText(ja.login.passwordLabel)).toBeNull();
      expect(
        within(warning).getByRole('button', { name: '確認しました。このサーバーを使う' }),
      ).toBeVisible();
    });
  }

  it('says the same in English, the reason naming who pointed at the server', () => {
    renderCard('srv_other_domain', 'en');
    const warning = screen.getByRole('group', {
      name: 'This outgoing server has not been checked',
    });
    expect(warning).toHaveTextContent(
      'A DNS SRV record of example.jp named submit.mail-service.example, a server outside that domain, as the outgoing server.',
    );
    expect(warning).toHaveTextContent(en.settings.suggested.risk);
    expect(
      within(warning).getByRole('button', { name: 'I have checked it: use this server' }),
    ).toBeVisible();
  });

  it('"I have checked it" runs the same diagnosis again with the host confirmed; then it is verified', async () => {
    const { api } = renderCard('certificate_other_name', 'en');
    await userEvent.click(
      screen.getByRole('button', { name: 'I have checked it: use this server' }),
    );
    expect(api.calls.start).toEqual([
      {
        runId: expect.any(String),
        email: 'taro@example.jp',
        server: 'smtp.example.jp',
        port: 25,
        mailProgram: 'thunderbird',
        acceptSuggested: [SUGGESTIONS.certificate_other_name.host],
      },
    ]);
    await expect
      .poll(() => document.querySelector('.settings-verified')?.textContent)
      .toBe(en.settings.verified);
    expect(screen.queryByRole('group', { name: en.settings.suggested.heading })).toBeNull();
    expect(document.querySelector('.login-test')).not.toBeNull();
  });
});

describe('the login test is offered only for verified settings', () => {
  it('says in one sentence why not, for settings that are not fully verified', () => {
    renderWithStore(<SettingsCard />, {
      api: createFakeApi({ report: unverifiedReport() }),
      lang: 'en',
      initial: { run: doneRun(unverifiedReport(), RUN) },
    });
    expect(document.querySelector('.login-test')).toBeNull();
    expect(screen.getByText(en.login.notOffered)).toBeVisible();
    expect(screen.getByText(en.settings.unverified)).toBeVisible();
  });

  it('and for the provider’s published settings (offline)', () => {
    renderWithStore(<SettingsCard />, {
      api: createFakeApi({ report: REPORTS.offline }),
      lang: 'ja',
      initial: { run: doneRun(REPORTS.offline, RUN) },
    });
    expect(document.querySelector('.login-test')).toBeNull();
    expect(screen.getByText(ja.login.notOffered)).toBeVisible();
  });

  it('is offered for verified settings from the provider data', () => {
    renderWithStore(<SettingsCard />, {
      api: createFakeApi({ report: REPORTS.port25_blocked }),
      lang: 'ja',
      initial: { run: doneRun(REPORTS.port25_blocked, RUN) },
    });
    expect(document.querySelector('.login-test')).not.toBeNull();
    expect(screen.queryByText(ja.login.notOffered)).toBeNull();
  });
});
