import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { DiagnosisReport, MailProgram } from '../../../../shared/diagnosis.js';
import { createFakeApi } from '../../../../test/fixtures/renderer/fake-api.js';
import { REPORTS } from '../../../../test/fixtures/renderer/reports.js';
import { doneRun } from '../../../store/run-state.js';
import { renderWithStore } from '../../../test/render-app.js';
import { ResultStep } from './result-step.js';

function show(report: DiagnosisReport, mailProgram: MailProgram | null, lang: 'ja' | 'en' = 'ja') {
  return renderWithStore(<ResultStep />, {
    api: createFakeApi({ report }),
    lang,
    initial: { run: doneRun(report, 'r'), mailProgram },
  });
}

/** The same diagnosis with the provider's own relay recommended: port 25, no encryption, no login. */
function withIspRelay(report: DiagnosisReport): DiagnosisReport {
  const rec = report.recommended;
  if (rec === null) throw new Error('the fixture has no recommendation');
  return {
    ...report,
    recommended: { ...rec, host: 'mail.isp.example', port: 25, security: 'none', auth: false },
  };
}

describe('a program whose mail does not leave from this PC', () => {
  it('new Outlook: the screen says this network’s block is not the cause, and where the mail leaves from', () => {
    show(REPORTS.port25_blocked, 'outlook_new');
    const notice = screen.getByRole('region', {
      name: '新しい Outlook では、このネットワークの制限は原因ではありません',
    });
    expect(notice).toHaveTextContent('Microsoft のクラウドのサーバーから送ります');
    expect(notice).toHaveTextContent('それが新しい Outlook でメールが送れない原因ではありません');
  });

  it('says nothing of the kind for a program that sends from this PC, or for a finding that is not about ports', () => {
    const { unmount } = show(REPORTS.port25_blocked, 'outlook_classic');
    expect(document.querySelector('.origin-notice')).toBeNull();
    unmount();
    const second = show(REPORTS.port25_blocked, null);
    expect(document.querySelector('.origin-notice')).toBeNull();
    second.unmount();
    show(REPORTS.auth_failed, 'outlook_new');
    expect(document.querySelector('.origin-notice')).toBeNull();
  });

  it('a saved report says its program: the notice follows it when none is chosen on this screen', () => {
    const report = {
      ...REPORTS.port25_blocked,
      request: { ...REPORTS.port25_blocked.request, mailProgram: 'outlook_new' as const },
    };
    show(report, null);
    expect(document.querySelector('.origin-notice')).toHaveAttribute(
      'data-origin',
      'microsoft_cloud',
    );
  });

  it('iPhone mail: the result holds only on the same Wi‑Fi as this PC', () => {
    show(REPORTS.smtp_blocked, 'ios_mail', 'en');
    const notice = screen.getByRole('region', {
      name: 'An iPhone or iPad sends from somewhere other than this PC',
    });
    expect(notice).toHaveTextContent('only when it sends over the same Wi‑Fi as this PC');
  });

  it('never recommends a server that works only inside the provider’s lines to the new Outlook, and says why', () => {
    show(withIspRelay(REPORTS.port25_blocked), 'outlook_new');
    const card = screen.getByRole('region', { name: 'メールソフトの送信設定' });
    expect(card).toHaveTextContent(
      'この送信サーバー（mail.isp.example）は、プロバイダーの回線の中から送るときにしか使えません。',
    );
    expect(card.querySelector('.settings-values')).toBeNull();
    expect(card.querySelector('.program-steps')).toBeNull();
  });

  it('still shows that server with its steps to a program that sends from this PC', () => {
    show(withIspRelay(REPORTS.port25_blocked), 'thunderbird');
    const card = screen.getByRole('region', { name: 'メールソフトの送信設定' });
    expect(card.querySelector('.settings-withheld')).toBeNull();
    expect(card.querySelector('.program-steps')).toHaveTextContent('mail.isp.example');
  });
});
