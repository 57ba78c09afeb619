import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../../../shared/i18n/i18next-options.js';
import { actionMessage, say, verdictMessages } from '../../../../shared/i18n/messages.js';
import { VERDICT_CODES } from '../../../../shared/verdict.js';
import { doneRun } from '../../../store/run-state.js';
import { renderWithStore } from '../../../test/render-app.js';
import { createFakeApi } from '../../../../test/fixtures/renderer/fake-api.js';
import { REPORTS } from '../../../../test/fixtures/renderer/reports.js';
import { nodeStates } from './path-picture.js';
import { ResultStep } from './result-step.js';

const JARGON = /OP25B|STARTTLS|SMTP|ポート|\bport\b|\b(25|465|587|2525)\b/i;

describe('result step', () => {
  for (const code of VERDICT_CODES) {
    for (const lang of ['ja', 'en'] as const) {
      it(`shows the ${code} verdict in ${lang}: headline focused, plain words, path, next steps, settings`, () => {
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
        expect(
          within(next)
            .getAllByRole('listitem')
            .map((li) => li.textContent),
        ).toEqual(report.verdict.actions.map((a) => say(t, actionMessage(a))));
        // The customer-facing part (headline, picture, next steps) carries no jargon.
        const customer = [h1.closest('.verdict')?.textContent ?? '', figure.textContent ?? ''].join(
          ' ',
        );
        expect(customer).not.toMatch(JARGON);
        const card = screen.getByRole('region', {
          name: lang === 'ja' ? 'メールソフトの送信設定' : 'Sending settings for your mail program',
        });
        if (report.recommended) {
          expect(card.querySelector('[data-field="host"] .settings-value')).toHaveTextContent(
            report.recommended.host,
          );
          expect(card.querySelector('[data-field="port"] .settings-value')).toHaveTextContent(
            String(report.recommended.port),
          );
        } else {
          expect(within(card).queryByRole('term')).toBeNull();
        }
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
