import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { DiagnosisReport } from '../../../../shared/diagnosis.js';
import { createTranslator } from '../../../../shared/i18n/i18next-options.js';
import { referenceCodeFor } from '../../../../shared/reference-code.js';
import { resultGuidance } from '../../../../shared/result-guidance.js';
import { doneRun } from '../../../store/run-state.js';
import { renderWithStore } from '../../../test/render-app.js';
import { createFakeApi } from '../../../../test/fixtures/renderer/fake-api.js';
import { REPORTS } from '../../../../test/fixtures/renderer/reports.js';
import { settingsFor } from '../fix/current-settings.js';
import { ResultStep } from '../result/result-step.js';
import { StillNotSending } from './still-not-sending.js';

const OCN_PAGE = 'https://support.ocn.ne.jp/personal/purpose/detail/pid2990024033';

/** A report for an address at a sub-domain of a provider in the support data. */
function at(report: DiagnosisReport, domain: string, provider: DiagnosisReport['provider']) {
  const email = { ...report.email, domain, domainAscii: domain };
  email.display = `taro@${domain}`;
  email.ascii = `taro@${domain}`;
  return { ...report, email, provider };
}

function renderResult(report: DiagnosisReport, lang: 'ja' | 'en' = 'ja') {
  return renderWithStore(<ResultStep />, {
    api: createFakeApi({ report }),
    lang,
    initial: { run: doneRun(report, 'r') },
  });
}

const section = () => screen.getByRole('region', { name: /まだ送れないときは|Still not sending/ });
const sheet = () => document.querySelector<HTMLElement>('.print-sheet');

afterEach(() => {
  vi.restoreAllMocks();
});

describe('still not sending', () => {
  it('names the provider and its help page from the support data, for a sub-domain address too', () => {
    const report = at(REPORTS.port25_blocked, 'bird.ocn.ne.jp', { id: 'ocn.ne.jp', name: 'OCN' });
    renderResult(report);
    const t = createTranslator('ja');
    const s = section();
    expect(s).toHaveTextContent(t('help.ask.known', { name: 'OCN' }));
    const link = within(s).getByRole('link', { name: OCN_PAGE });
    expect(link).toHaveAttribute('href', OCN_PAGE);
    expect(
      within(s).getByRole('button', { name: 'OCN の案内ページのアドレスをコピー' }),
    ).toBeVisible();
    // How to send meanwhile, in whole sentences; and the reference code to read out.
    for (const k of ['mobileData', 'webmail', 'safety'] as const)
      expect(s).toHaveTextContent(t(`help.phone.${k}`));
    expect(s).toHaveTextContent(t('help.ask.code'));
    // No phone number is published for OCN in the data, so none is shown.
    expect(s.textContent).not.toMatch(/電話番号：/);
  });

  it('says whom to ask in general words where the data has no help page', () => {
    const t = createTranslator('en');
    const { unmount } = renderResult(REPORTS.port25_blocked, 'en');
    expect(section()).toHaveTextContent(t('help.ask.provider', { name: 'Example ISP' }));
    expect(within(section()).queryByRole('link')).toBeNull();
    unmount();
    renderResult({ ...REPORTS.port25_blocked, provider: null }, 'en');
    expect(section()).toHaveTextContent(t('help.ask.unknown'));
  });

  it('offers the printed sheet only where the result says to change the settings', () => {
    for (const code of [
      'port25_blocked',
      'submission_blocked',
      'smtp_blocked',
      'offline',
    ] as const) {
      const report = REPORTS[code];
      const { unmount } = renderResult(report);
      const change = resultGuidance(code, null) === 'change_settings';
      expect(
        within(section()).queryAllByRole('button', { name: '設定を印刷する' }),
        code,
      ).toHaveLength(change ? 1 : 0);
      expect(sheet() !== null, code).toBe(change && report.recommended !== null);
      unmount();
    }
  });

  it('prints a sheet with the settings to type, how far they were checked, and the reference code', async () => {
    const report = at(REPORTS.port25_blocked, 'bird.ocn.ne.jp', { id: 'ocn.ne.jp', name: 'OCN' });
    const print = vi.spyOn(window, 'print').mockImplementation(() => {});
    const made = referenceCodeFor(report, '0.1.0');
    const api = Object.assign(createFakeApi({ report }), {
      encodeCode: vi.fn(async () => ({ ok: true as const, value: { code: made } })),
    });
    renderWithStore(<ResultStep />, { api, lang: 'ja', initial: { run: doneRun(report, 'r') } });
    const t = createTranslator('ja');
    await userEvent.click(screen.getByRole('button', { name: '設定を印刷する' }));
    expect(print).toHaveBeenCalledTimes(1);
    const paper = sheet() as HTMLElement;
    // Hidden on screen, beside the app's root so print CSS can print it alone.
    expect(paper.parentElement).toBe(document.body);
    expect(getComputedStyle(paper).display).toBe('none');
    const rec = report.recommended;
    if (rec === null) throw new Error('the fixture recommends settings');
    const value = (f: string) =>
      paper.querySelector(`[data-field="${f}"] .sheet-value`)?.textContent;
    expect(value('host')).toBe(rec.host);
    expect(value('port')).toBe(String(rec.port));
    // The settings card's pipeline: the same user name as the card shows.
    const username = settingsFor(rec, report.email, null).username;
    expect(username.known).toBe(true);
    expect(value('username')).toBe(username.known ? username.value : '');
    expect(paper.querySelector('.sheet-trust')).toHaveTextContent(
      t(rec.verified ? 'settings.verified' : 'settings.unverified'),
    );
    expect(paper).toHaveTextContent(t('help.sheet.page', { name: 'OCN', url: OCN_PAGE }));
    // The code the screen shows, once it is made.
    const shown = await vi.waitFor(() => {
      const el = document.querySelector('.code-panel .ref-code');
      if (el === null) throw new Error('no code yet');
      return el;
    });
    const code = shown.getAttribute('data-code') ?? '';
    expect(code).toBe(made);
    expect(paper.querySelector('.sheet-code .ref-code')).toHaveAttribute('data-code', made);
  });

  it('shows a phone number only where an entry has one from a published page, on screen and on paper', () => {
    const report = at(REPORTS.port25_blocked, 'mail.example.jp', null);
    const entries = [
      {
        providerId: 'example-isp',
        name: { ja: 'テストISP', en: 'Test ISP' },
        domains: ['example.jp'],
        page: 'https://support.example.jp/mail/',
        phone: { number: '0120-000-000', sourceUrl: 'https://support.example.jp/contact/' },
        sourceUrl: 'https://support.example.jp/mail/',
        checked: '2026-12-07',
        notes: 'A phone number from the contact page.',
      },
    ];
    renderWithStore(
      <StillNotSending report={report} guidance="change_settings" entries={entries} />,
      { api: createFakeApi({ report }), initial: { run: doneRun(report, 'r') } },
    );
    const line = createTranslator('ja')('help.ask.phone', {
      name: 'テストISP',
      phone: '0120-000-000',
    });
    expect(section()).toHaveTextContent(line);
    expect(sheet()).toHaveTextContent(line);
    expect(
      within(section()).getByRole('link', { name: 'https://support.example.jp/mail/' }),
    ).toBeVisible();
  });

  it('labels published settings as published, never as checked', () => {
    const base = REPORTS.port25_blocked;
    if (base.recommended === null) throw new Error('the fixture recommends settings');
    const report = {
      ...base,
      recommended: { ...base.recommended, publishedOnly: true, verified: false },
    };
    renderWithStore(<StillNotSending report={report} guidance="change_settings" />, {
      api: createFakeApi({ report }),
      lang: 'en',
      initial: { run: doneRun(report, 'r') },
    });
    const t = createTranslator('en');
    expect(sheet()?.querySelector('.sheet-trust')).toHaveTextContent(t('settings.published'));
    expect(sheet()?.querySelector('.sheet-code')).toHaveTextContent(t('help.sheet.codeMissing'));
  });

  it('never offers a suggested server that is not confirmed yet on paper', () => {
    const base = REPORTS.port25_blocked;
    if (base.recommended === null) throw new Error('the fixture recommends settings');
    const report = {
      ...base,
      recommended: {
        ...base.recommended,
        needsConfirmation: {
          reason: 'certificate_other_name' as const,
          namedBy: 'smtp.example.jp',
        },
      },
    } as DiagnosisReport;
    renderWithStore(<StillNotSending report={report} guidance="change_settings" />, {
      api: createFakeApi({ report }),
      initial: { run: doneRun(report, 'r') },
    });
    expect(screen.queryByRole('button', { name: '設定を印刷する' })).toBeNull();
    expect(sheet()).toBeNull();
  });
});

describe('save report words', () => {
  it('no longer tell someone whose mail is broken to send the file', () => {
    for (const lang of ['ja', 'en'] as const) {
      const t = createTranslator(lang);
      for (const key of ['fix.save.lead', 'fix.save.saved', 'code.file.intro'])
        expect(t(key), `${lang} ${key}`).not.toMatch(
          /お送り|送って|メールで|\bsend\b|\be-?mail\b/i,
        );
    }
  });
});
