import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { IpcRequest } from '../../../../shared/ipc-contract.js';
import { renderWithStore } from '../../../test/render-app.js';
import { createFakeApi } from '../../../../test/fixtures/renderer/fake-api.js';
import { REPORTS } from '../../../../test/fixtures/renderer/reports.js';
import { referenceCodeFor } from '../../../../shared/reference-code.js';
import { CodePanel, SaveReportPanel } from './code-panel.js';

function api() {
  return Object.assign(createFakeApi({ report: REPORTS.ok }), {
    saveReport: vi.fn(async (_req: IpcRequest<'report:save'>) => ({
      ok: true as const,
      value: { saved: true },
    })),
  });
}

describe('Save report with the app log', () => {
  it('leaves the log out unless the box is ticked, and says so in whole sentences', async () => {
    const a = api();
    renderWithStore(<SaveReportPanel report={REPORTS.port25_blocked} />, { api: a, lang: 'ja' });
    const box = screen.getByRole('checkbox', {
      name: 'SendCheck の動作記録（ログ）もレポートに含める',
    });
    expect(box).not.toBeChecked();
    await userEvent.click(screen.getByRole('button', { name: 'レポートを保存' }));
    await userEvent.click(box);
    await userEvent.click(screen.getByRole('button', { name: 'レポートを保存' }));
    expect(a.saveReport.mock.calls.map(([req]) => 'includeLog' in req)).toEqual([false, true]);
    expect(a.saveReport.mock.calls[1]?.[0]).toMatchObject({ includeLog: true, lang: 'ja' });
  });

  it('labels the box in English too', () => {
    renderWithStore(<SaveReportPanel report={REPORTS.port25_blocked} />, {
      api: api(),
      lang: 'en',
    });
    expect(
      screen.getByRole('checkbox', {
        name: 'Include SendCheck’s own record of what it did (the log) in the report',
      }),
    ).toBeInTheDocument();
  });
});

describe('the reference code near the top', () => {
  it('shows the digit code in groups of four with how to read it, and no save button', async () => {
    const code = referenceCodeFor(REPORTS.port25_blocked, '0.1.0');
    const a = Object.assign(api(), {
      encodeCode: vi.fn(async () => ({ ok: true as const, value: { code } })),
    });
    renderWithStore(<CodePanel report={REPORTS.port25_blocked} />, { api: a, lang: 'ja' });
    const shown = await screen.findByText(code.slice(0, 4));
    expect(shown.closest('code')).toHaveAttribute('data-code', code);
    expect(shown.closest('code')?.querySelectorAll('.ref-code-group')).toHaveLength(6);
    expect(
      screen.getByText(
        '数字は一つずつ読み上げてください。0 は「ゼロ」、4 は「ヨン」、7 は「ナナ」と読むと聞き違えられません。',
      ),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'レポートを保存' })).toBeNull();
  });
});
