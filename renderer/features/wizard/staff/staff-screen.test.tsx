import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { DiagnosisReport } from '../../../../shared/diagnosis.js';
import { createTranslator } from '../../../../shared/i18n/i18next-options.js';
import type { OpenReportResult } from '../../../../shared/ipc-contract.js';
import { publishedSettings } from '../../../../shared/published-settings.js';
import { parseEmail } from '../../../../shared/validate.js';
import { decodeReferenceCode, referenceCodeFor } from '../../../../shared/reference-code.js';
import { buildReportFile, parseReportFile } from '../../../../shared/report-file.js';
import { App } from '../../../app/app.js';
import { renderWithStore } from '../../../test/render-app.js';
import { createFakeApi } from '../../../../test/fixtures/renderer/fake-api.js';
import { REPORTS } from '../../../../test/fixtures/renderer/reports.js';

const HOSTILE = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';

/** A saved report whose texts carry markup, written and read back by the real file code. */
function hostileFile(): OpenReportResult {
  const report: DiagnosisReport = {
    ...REPORTS.port25_blocked,
    provider: { id: 'example', name: `Example ${HOSTILE}` },
  };
  const text = buildReportFile(report, {
    appVersion: '0.1.0',
    lang: 'ja',
    t: createTranslator('ja'),
  });
  const parsed = parseReportFile(text);
  if (!parsed.ok) throw new Error(`fixture file did not parse: ${parsed.error}`);
  return { status: 'opened', file: parsed.file };
}

function api(open: OpenReportResult) {
  return Object.assign(createFakeApi({ report: REPORTS.ok }), {
    decodeCode: vi.fn(async ({ code }: { code: string }) => ({
      ok: true as const,
      value: decodeReferenceCode(code),
    })),
    openReport: vi.fn(async () => ({ ok: true as const, value: open })),
    lookupProvider: vi.fn(async ({ email }: { email: string }) => {
      const r = parseEmail(email);
      return r.ok
        ? { ok: true as const, value: publishedSettings(r.value) }
        : { ok: false as const, code: 'bad_request' as const, message: 'bad' };
    }),
  });
}

async function openStaff(a: ReturnType<typeof api>, lang: 'ja' | 'en' = 'ja') {
  const r = renderWithStore(<App />, { api: a, lang });
  await userEvent.click(
    screen.getByRole('button', {
      name: lang === 'ja' ? 'サポート担当者向け' : 'Support staff',
    }),
  );
  expect(
    screen.getByRole('heading', {
      level: 1,
      name: lang === 'ja' ? 'サポート担当者向けの画面' : 'Support staff',
    }),
  ).toHaveFocus();
  return r;
}

describe('the support staff screen', () => {
  it('decodes a code read out on the phone, in any case and grouping', async () => {
    const a = api({ status: 'cancelled' });
    await openStaff(a);
    const code = referenceCodeFor(REPORTS.port25_blocked, '0.1.0');
    await userEvent.type(
      screen.getByLabelText('参照コード'),
      code.toLowerCase().replaceAll('-', ' '),
    );
    await userEvent.click(screen.getByRole('button', { name: '読み取る' }));
    expect(await screen.findByRole('heading', { name: `参照コード ${code} の内容` })).toBeVisible();
    expect(screen.getByText('結果: ポート25番の遮断（OP25B）')).toBeVisible();
  });

  it('catches a mistyped code by its check character', async () => {
    const a = api({ status: 'cancelled' });
    await openStaff(a);
    const code = referenceCodeFor(REPORTS.port25_blocked, '0.1.0');
    const last = code.at(-1) === 'X' ? 'Y' : 'X';
    await userEvent.type(screen.getByLabelText('参照コード'), `${code.slice(0, -1)}${last}`);
    await userEvent.click(screen.getByRole('button', { name: '読み取る' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      /もう一度読み上げてもらってください/,
    );
    expect(screen.queryByText(/^結果:/)).toBeNull();
  });

  it('says why a file was refused, in plain words', async () => {
    await openStaff(api({ status: 'refused', error: 'truncated' }), 'en');
    await userEvent.click(screen.getByRole('button', { name: 'Open a report file' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('This file is cut short');
  });

  it('shows an opened report as its result screen, read-only, with its markup as plain text', async () => {
    const file = hostileFile();
    const { container } = await openStaff(api(file));
    await userEvent.click(screen.getByRole('button', { name: 'レポートファイルを開く' }));
    const h1 = await screen.findByRole('heading', { level: 1, name: /昔ながらの送信方法/ });
    expect(h1).toBeVisible();
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelectorAll('script').length).toBe(0);
    expect((window as { __pwned?: number }).__pwned).toBeUndefined();
    // Read-only: nothing that would probe or write, and no "check again".
    expect(screen.queryByRole('button', { name: '設定を変えたので、もう一度確かめる' })).toBeNull();
    expect(screen.queryByRole('button', { name: /パスワードも確かめる/ })).toBeNull();
    expect(screen.queryByRole('button', { name: 'レポートを保存' })).toBeNull();
    if (file.status !== 'opened') throw new Error('not opened');
    expect(document.querySelector('.ref-code')?.getAttribute('data-code')).toBe(
      file.file.referenceCode,
    );
    await userEvent.click(screen.getByRole('button', { name: 'サポート担当者向けの詳細を表示' }));
    expect(
      screen.getAllByText(new RegExp(HOSTILE.slice(0, 12).replace(/[<>=]/g, '.'))).length,
    ).toBeGreaterThan(0);
    await userEvent.click(screen.getByRole('button', { name: 'レポートを閉じる' }));
    expect(
      screen.getByRole('heading', { level: 1, name: 'サポート担当者向けの画面' }),
    ).toBeVisible();
  });

  it('looks up a provider by address without probing, and checks the address first', async () => {
    const a = api({ status: 'cancelled' });
    await openStaff(a);
    const input = screen.getByLabelText('メールアドレス');
    await userEvent.type(input, 'taro＠ocn.ne.jp');
    await userEvent.click(screen.getByRole('button', { name: '公開設定を調べる' }));
    expect(screen.getByText(/@ が全角になっています/)).toBeVisible();
    expect(a.lookupProvider).not.toHaveBeenCalled();
    await userEvent.clear(input);
    await userEvent.type(input, 'taro@bird.ocn.ne.jp');
    await userEvent.click(screen.getByRole('button', { name: '公開設定を調べる' }));
    expect(
      await screen.findByText(/ocn\.ne\.jp のメールサービスとして登録されている設定です/),
    ).toBeVisible();
    expect(screen.getByText(/smtp\.ocn\.ne\.jp/)).toBeVisible();
  });
});
