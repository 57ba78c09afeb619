import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { CheckResult, IpcRequest } from '../../../../shared/ipc-contract.js';
import { en } from '../../../../shared/i18n/en/index.js';
import { ja } from '../../../../shared/i18n/ja/index.js';
import { doneRun } from '../../../store/run-state.js';
import { renderWithStore } from '../../../test/render-app.js';
import { createFakeApi } from '../../../../test/fixtures/renderer/fake-api.js';
import { REPORTS } from '../../../../test/fixtures/renderer/reports.js';
import { ResultStep } from '../result/result-step.js';

/** The result of port25_blocked typed on the address step: no mail program was read. */
function open(lang: 'ja' | 'en') {
  const report = REPORTS.port25_blocked;
  const checkSettings = vi.fn(async (req: IpcRequest<'diagnosis:check'>) => {
    const result: CheckResult = {
      works: req.port === 587,
      checked: {
        host: req.server ?? '',
        port: req.port ?? 0,
        security: 'starttls',
        auth: true,
        username: 'taro@example.jp',
      },
      login: 'not_tried',
      report: req.port === 587 ? REPORTS.ok : report,
    };
    return { ok: true as const, value: result };
  });
  const api = Object.assign(createFakeApi({ report }), { checkSettings });
  renderWithStore(<ResultStep />, { api, lang, initial: { run: doneRun(report, 'r') } });
  return checkSettings;
}

describe('"check again" without a mail program read', () => {
  it('starts with empty fields and claims nothing when they are left untouched', async () => {
    const checkSettings = open('ja');
    const server = screen.getByLabelText(ja.fix.verify.serverLabel);
    const port = screen.getByLabelText(ja.fix.verify.portLabel);
    // Never the recommended values: the user types what the mail program shows.
    expect(server).toHaveValue('');
    expect(port).toHaveValue('');
    expect(screen.getByText(ja.fix.verify.serverHint)).toBeVisible();
    await userEvent.click(screen.getByRole('button', { name: ja.fix.verify.button }));
    expect(checkSettings).not.toHaveBeenCalled();
    expect(screen.getByText(ja.fix.verify.serverMissing)).toBeVisible();
    expect(screen.getByText(ja.fix.verify.portMissing)).toBeVisible();
    expect(server).toHaveFocus();
    expect(server).toHaveAttribute('aria-invalid', 'true');
    expect(screen.queryByText(ja.fix.verify.works)).toBeNull();
  });

  it('says what was proven, then asks whether the test message arrived', async () => {
    const checkSettings = open('en');
    await userEvent.type(screen.getByLabelText(en.fix.verify.serverLabel), 'smtp.example.jp');
    await userEvent.selectOptions(screen.getByLabelText(en.fix.verify.portLabel), '587');
    await userEvent.click(screen.getByRole('button', { name: en.fix.verify.button }));
    expect(checkSettings).toHaveBeenCalledWith(
      expect.objectContaining({ server: 'smtp.example.jp', port: 587 }),
    );
    expect(await screen.findByRole('heading', { name: en.fix.verify.works })).toHaveFocus();
    expect(
      screen.getByText('Settings checked: outgoing server smtp.example.jp, port 587'),
    ).toBeVisible();
    expect(screen.getByText(en.fix.verify.worksLead)).toBeVisible();
    const group = screen.getByRole('group', { name: en.fix.verify.arrived.question });
    expect(group).toBeVisible();
    await userEvent.click(screen.getByRole('button', { name: en.fix.verify.arrived.no }));
    expect(screen.getByText(en.fix.verify.arrived.noText)).toBeVisible();
    await userEvent.click(screen.getByRole('button', { name: en.fix.verify.arrived.yes }));
    expect(screen.getByText(en.fix.verify.arrived.yesText)).toBeVisible();
    expect(screen.getByRole('button', { name: en.fix.verify.arrived.yes })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
  });
});
