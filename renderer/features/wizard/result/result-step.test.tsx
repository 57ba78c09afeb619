import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { createTranslator } from '../../../../shared/i18n/i18next-options.js';
import { actionMessage, say, verdictMessages } from '../../../../shared/i18n/messages.js';
import { CARD_ACTIONS, resultGuidance } from '../../../../shared/result-guidance.js';
import { VERDICT_CODES } from '../../../../shared/verdict.js';
import { doneRun } from '../../../store/run-state.js';
import { renderWithStore } from '../../../test/render-app.js';
import { createFakeApi } from '../../../../test/fixtures/renderer/fake-api.js';
import { REPORTS } from '../../../../test/fixtures/renderer/reports.js';
import { en } from '../../../../shared/i18n/en/index.js';
import { ja } from '../../../../shared/i18n/ja/index.js';
import { nodeStates } from './path-picture.js';
import { ResultStep } from './result-step.js';

const JARGON = /OP25B|STARTTLS|SMTP|ポート|\bport\b|\b(25|465|587|2525)\b/i;

describe('result step', () => {
  for (const code of VERDICT_CODES) {
    for (const lang of ['ja', 'en'] as const) {
      it(`shows the ${code} verdict in ${lang}: headline focused, plain words, path, what to do with the settings, the card only where they change`, () => {
        const report = REPORTS[code];
        renderWithStore(<ResultStep />, {
          api: createFakeApi({ report }),
          lang,
          initial: { run: doneRun(report, 'r') },
        });
        const t = createTranslator(lang);
        const words = verdictMessages(report);
        const h1 = screen.getByRole('heading', { level: 1, name: say(t, words.title) });
        expect(h1).toHaveFocus();
        expect(screen.getByText(say(t, words.explanation))).toBeVisible();
        const figure = screen.getByRole('figure', {
          name: lang === 'ja' ? 'メールの通り道' : 'The way your email travels',
        });
        const states = within(figure)
          .getAllByRole('listitem')
          .map((li) => li.dataset['state']);
        expect(states).toEqual(nodeStates(report.blockedAt));
        const next = screen.getByRole('region', {
          name: lang === 'ja' ? 'これからすること' : 'What to do next',
        });
        // None of the golden reports says which settings are in use now, so "fine" cannot hold.
        const guidance = resultGuidance(code, null);
        expect(document.querySelector('[data-verdict]')).toHaveAttribute('data-guidance', guidance);
        expect(next).toHaveTextContent(t(`result.guidance.${guidance}.title`));
        const shown = report.verdict.actions.filter(
          (a) => guidance === 'change_settings' || !CARD_ACTIONS.has(a.id),
        );
        expect(
          within(next)
            .getAllByRole('listitem')
            .map((li) => li.textContent),
        ).toEqual(shown.map((a) => say(t, actionMessage(a))));
        // The customer-facing part (headline, picture, next steps) carries no jargon.
        const customer = [h1.closest('.verdict')?.textContent ?? '', figure.textContent ?? ''].join(
          ' ',
        );
        expect(customer).not.toMatch(JARGON);
        const card = screen.queryByRole('region', {
          name: lang === 'ja' ? 'メールソフトの送信設定' : 'Sending settings for your mail program',
        });
        if (guidance !== 'change_settings') {
          // "Do not change your settings": nothing on the screen offers settings to type.
          expect(card).toBeNull();
          expect(document.querySelector('.changes-table, .verify-panel, .fix-panel')).toBeNull();
          expect(document.body).not.toHaveTextContent(t('settings.verified'));
          return;
        }
        expect(card).not.toBeNull();
        const rec = report.recommended;
        expect(card?.querySelector('[data-field="host"] .settings-value')).toHaveTextContent(
          rec?.host ?? '-',
        );
        expect(card?.querySelector('[data-field="port"] .settings-value')).toHaveTextContent(
          String(rec?.port),
        );
      });
    }
  }

  it('marks where mail is stopped', () => {
    expect(nodeStates('pc')).toEqual(['stopped', 'unreached', 'unreached', 'unreached']);
    expect(nodeStates('isp')).toEqual(['ok', 'stopped', 'unreached', 'unreached']);
    expect(nodeStates('router')).toEqual(['ok', 'stopped', 'unreached', 'unreached']);
    expect(nodeStates('server')).toEqual(['ok', 'ok', 'ok', 'stopped']);
    expect(nodeStates(null)).toEqual(['ok', 'ok', 'ok', 'ok']);
  });

  it('says in words where it stops, not by colour alone', () => {
    const report = REPORTS.port25_blocked;
    renderWithStore(<ResultStep />, {
      api: createFakeApi({ report }),
      initial: { run: doneRun(report, 'r') },
    });
    const stopped = screen.getByText('ルーター・プロバイダー').closest('li') as HTMLElement;
    expect(stopped).toHaveTextContent('ここで止まっています');
    expect(
      screen.getByText(/プロバイダー（インターネット回線の会社）のところで止まっています/),
    ).toBeVisible();
  });

  it('stops a wrong clock at this PC and says it is the clock, not a missing network', () => {
    const report = REPORTS.pc_clock;
    renderWithStore(<ResultStep />, {
      api: createFakeApi({ report }),
      lang: 'en',
      initial: { run: doneRun(report, 'r') },
    });
    const stopped = screen.getByText('Your PC').closest('li') as HTMLElement;
    expect(stopped.dataset['state']).toBe('stopped');
    expect(
      screen.getByText('Your email is stopped inside this computer: its clock is wrong.'),
    ).toBeVisible();
    expect(screen.queryByText(/not connected to a network/)).toBeNull();
  });
});

describe('what the result says about the settings in use now', () => {
  it('ok with the recommended settings typed: "fine as they are", no card, no step pointing at one', () => {
    const report = structuredClone(REPORTS.ok);
    report.request = { server: 'SMTP.example.jp', port: 587 };
    renderWithStore(<ResultStep />, {
      api: createFakeApi({ report }),
      lang: 'ja',
      initial: { run: doneRun(report, 'r') },
    });
    expect(document.querySelector('[data-verdict]')).toHaveAttribute(
      'data-guidance',
      'settings_fine',
    );
    expect(screen.getByText(ja.result.guidance.settings_fine.title)).toBeVisible();
    expect(screen.getByText(ja.verdict.ok.explanation_fine)).toBeVisible();
    expect(screen.queryByText(ja.action.use_settings)).toBeNull();
    expect(screen.getByText(ja.action.check_password)).toBeVisible();
    expect(document.querySelector('.settings-card')).toBeNull();
  });

  it('ok with another port typed: the settings to use, on the card', () => {
    const report = structuredClone(REPORTS.ok);
    report.request = { server: 'smtp.example.jp', port: 25 };
    renderWithStore(<ResultStep />, {
      api: createFakeApi({ report }),
      lang: 'en',
      initial: { run: doneRun(report, 'r') },
    });
    expect(screen.getByText(en.result.guidance.change_settings.title)).toBeVisible();
    expect(document.querySelector('.settings-card')).not.toBeNull();
  });
});

describe('domain_not_found', () => {
  function typo(domain: string) {
    const report = structuredClone(REPORTS.domain_not_found);
    report.email = {
      display: `taro@${domain}`,
      ascii: `taro@${domain}`,
      domain,
      domainAscii: domain,
    };
    return report;
  }

  it('offers a known provider’s domain one edit away, and checks it in one click', async () => {
    const report = typo('gmial.com');
    const api = createFakeApi({ report });
    renderWithStore(<ResultStep />, { api, lang: 'ja', initial: { run: doneRun(report, 'r') } });
    expect(screen.getByText('もしかして、taro@gmail.com ではありませんか？')).toBeVisible();
    await userEvent.click(screen.getByRole('button', { name: 'taro@gmail.com で調べ直す' }));
    expect(api.calls.start).toEqual([
      expect.objectContaining({ email: 'taro@gmail.com', runId: expect.any(String) }),
    ]);
  });

  it('offers nothing for a domain far from every known one', () => {
    const report = typo('nothing-near-here.jp');
    renderWithStore(<ResultStep />, {
      api: createFakeApi({ report }),
      lang: 'en',
      initial: { run: doneRun(report, 'r') },
    });
    expect(document.querySelector('.did-you-mean')).toBeNull();
  });

  it('says under its path picture that the address, not the way, is the problem', () => {
    const report = REPORTS.domain_not_found;
    renderWithStore(<ResultStep />, {
      api: createFakeApi({ report }),
      lang: 'ja',
      initial: { run: doneRun(report, 'r') },
    });
    expect(screen.getByText(ja.result.path.caption.address)).toBeVisible();
  });
});
