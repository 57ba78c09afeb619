import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { DiagnosisReport } from '../../../../shared/diagnosis.js';
import type { ProbeResult } from '../../../../shared/probe.js';
import { doneRun } from '../../../store/run-state.js';
import { renderWithStore } from '../../../test/render-app.js';
import { createFakeApi, type FakeApiOptions } from '../../../../test/fixtures/renderer/fake-api.js';
import { IDN_REPORT, REPORTS, withLogin } from '../../../../test/fixtures/renderer/reports.js';
import { LoginTest } from './login-test.js';

/** The report after a login test whose recommended host did not resolve: nothing was sent. */
function withUnresolvedLogin(report: DiagnosisReport): DiagnosisReport {
  const rec = report.recommended;
  if (!rec) throw new Error('fixture has no recommended settings');
  const probe: ProbeResult = {
    id: `auth:${rec.host}:${rec.port}`,
    kind: 'auth',
    role: 'login',
    host: rec.host,
    ip: null,
    port: rec.port,
    outcome: 'unresolved',
    ms: 14,
    detail: `${rec.host} did not resolve (NXDOMAIN); no credentials sent`,
  };
  return { ...report, probes: [...report.probes.filter((p) => p.role !== 'login'), probe] };
}

async function testWith(
  report: DiagnosisReport,
  lang: 'ja' | 'en',
  loginReport?: FakeApiOptions['loginReport'],
) {
  const api = createFakeApi({ report, ...(loginReport ? { loginReport } : {}), stepMs: 20 });
  renderWithStore(<LoginTest />, { api, lang, initial: { run: doneRun(report, 'r') } });
  await userEvent.click(screen.getByRole('button', { expanded: false }));
  await userEvent.type(document.getElementById('password') as HTMLElement, 'hunter2{Enter}');
  return document.querySelector('.login-result') as HTMLElement;
}

describe('login test', () => {
  it('says the server name was not found, naming it, when the recommended host does not resolve', async () => {
    const report = REPORTS.port25_blocked;
    const result = await testWith(report, 'ja', () => withUnresolvedLogin(report));
    await expect
      .poll(() => result.textContent)
      .toBe(
        '送信サーバー（smtp.example.jp）の名前が見つからないため、パスワードを確かめられませんでした。パスワードは送っていません。サーバー名が正しいかご確認ください。',
      );
    expect(result).toHaveAttribute('data-outcome', 'unresolved');
    expect(result).toHaveAttribute('role', 'status');
  });

  it('says the same in English, with an IDN server shown as the user typed it', async () => {
    const result = await testWith(IDN_REPORT, 'en', () => withUnresolvedLogin(IDN_REPORT));
    await expect.poll(() => result.textContent).toContain('(smtp.例え.jp)');
    expect(result.textContent).toMatch(/^We could not find the outgoing server .*not sent\./);
  });

  it('shows "testing" on the disabled button while the test runs, and no stale result', async () => {
    const report = REPORTS.port25_blocked;
    const result = await testWith(report, 'en', () => withUnresolvedLogin(report));
    const button = screen.getByRole('button', { name: 'Testing…' });
    expect(button).toBeDisabled();
    expect(result).toBeEmptyDOMElement();
    await expect.poll(() => result.textContent).not.toBe('');
    expect(screen.getByRole('button', { name: 'Test the password' })).toBeEnabled();
  });

  it('says why when the test itself could not run', async () => {
    const result = await testWith(REPORTS.port25_blocked, 'ja');
    await expect.poll(() => result.textContent).toMatch(/^確かめることができませんでした：/);
    expect(result).toHaveAttribute('data-outcome', 'error');
  });
});

describe('an app password is named only where the provider data says it has them', () => {
  const rejected = (appPassword?: 'available' | 'required' | 'none') => {
    const report = withLogin(REPORTS.port25_blocked, 'rejected');
    return {
      ...report,
      provider: {
        id: 'example',
        name: 'Example Mail',
        ...(appPassword ? { appPassword } : {}),
      },
    };
  };
  for (const status of ['available', 'required'] as const) {
    it(`names it for a provider whose data says "${status}"`, async () => {
      const report = rejected(status);
      const line = await testWith(REPORTS.port25_blocked, 'ja', () => report);
      await expect.poll(() => line.textContent).toContain('アプリパスワード');
      expect(line).toHaveTextContent('Example Mail');
    });
  }
  for (const status of ['none', undefined] as const) {
    it(`says nothing of it for a provider whose data says ${status ?? 'nothing'}`, async () => {
      const report = rejected(status);
      const line = await testWith(REPORTS.port25_blocked, 'en', () => report);
      await expect.poll(() => line.textContent).toContain('Your password was not accepted.');
      expect(line.textContent).not.toMatch(/app password/i);
    });
  }
});
