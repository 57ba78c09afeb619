/**
 * A server the network suggested, in Chromium through the real main-process handlers (no network):
 * the settings card's warning, "Fix it for me" not offered, the login test not offered; then "I have
 * checked: use this server" runs the diagnosis again with the host confirmed, and only then is the
 * card verified and the fix offered and written (into a fixture Thunderbird profile in a temporary
 * home, after the main process's confirmation, which a stand-in answers here). Screenshots of each
 * state in Japanese and English at 1280x800 and 800x600, axe with no serious finding.
 */
import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import {
  fixAccount,
  listAccounts,
  readAccount,
  undoAccountFix,
} from '../electron/accounts/index.js';
import { runCheck } from '../electron/engine/check.js';
import type { EngineApi } from '../electron/ipc/handler-deps.js';
import type { FixDeps } from '../electron/ipc/all-handlers.js';
import type { DiagnosisReport } from '../shared/diagnosis.js';
import type { IpcEvents } from '../shared/ipc-contract.js';
import type { Lang } from '../shared/verdict.js';
import { progressEventsFor } from '../test/fixtures/renderer/progress.js';
import {
  acceptedReport,
  SUGGESTIONS,
  suggestedReport,
  unverifiedReport,
} from '../test/fixtures/renderer/suggested.js';
import { MAIL_FIXTURES } from '../test/support/mail-fixtures.js';
import type { BridgeBackend } from './bridge.js';
import { expect, test } from './fixtures.js';
import { createMainSide } from './main-side.js';
import { overflowProblems, saveScreen, seriousA11yViolations, setTextSize } from './wizard.js';

const HOST = SUGGESTIONS.certificate_other_name.host;
const PREFS = join('.thunderbird', 'Profiles', 'q7lab3xz.default-release', 'prefs.js');

const WORDS = {
  ja: {
    yes: '読み取ってよい',
    confirm: '確認しました。このサーバーを使う',
    fix: '設定を直してもらう',
    write: '書き込む',
  },
  en: {
    yes: 'Yes, look',
    confirm: 'I have checked it: use this server',
    fix: 'Fix it for me',
    write: 'Write the settings',
  },
} as const;

/** The main side over a fixture engine and the real accounts back end in a temporary home. */
function backend(
  home: string,
  first: () => DiagnosisReport,
  confirmed: string[][],
  runIds: string[] = [],
): BridgeBackend {
  const listeners = new Set<(p: IpcEvents['diagnosis:progress']) => void>();
  const env = { home, platform: 'linux' as const };
  const engine: EngineApi = {
    async runDiagnosis(request, options = {}) {
      const report = request.acceptSuggested?.includes(HOST) ? acceptedReport() : first();
      for (const event of progressEventsFor(report)) options.onProgress?.(event);
      return report;
    },
    async runLoginTest(report) {
      return report;
    },
  };
  const fix: FixDeps = {
    accounts: {
      listAccounts: () => listAccounts(env),
      readAccount: (id) => readAccount(id, env),
      fixAccount: (id, s, o) => fixAccount(id, s, { ...o, env }),
      undoAccountFix: (id) => undoAccountFix(id, { env }),
      runCheck: (input, opts) => runCheck(input, opts, engine),
      // Stands in for the native dialog (electron/fix-dialog.ts): the person presses Change.
      confirmWrite: async (_sender, what) => {
        confirmed.push(what.changes.filter((c) => c.changed).map((c) => `${c.field}:${c.to}`));
        return true;
      },
    },
    reports: {
      appVersion: () => '0.1.0',
      lang: () => 'ja',
      chooseSavePath: async () => null,
      chooseOpenPath: async () => null,
      writeText: async () => undefined,
      readCapped: async () => ({ tooLarge: true }),
    },
  };
  const main = createMainSide(
    engine,
    (p) => listeners.forEach((l) => l(p)),
    () => {},
    fix,
  );
  return {
    invoke: (channel, request) => {
      if (channel === 'diagnosis:start') runIds.push((request as { runId: string }).runId);
      return main.invoke(channel, request);
    },
    onEvent: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/**
 * One state's screenshots at 1280x800 and 800x600, at the standard and the large text size
 * (文字サイズ：大), with nothing sticking out sideways, and axe on it at both text sizes.
 */
async function screens(page: Page, lang: Lang, name: string): Promise<void> {
  await saveScreen(page, `${name}-1280`);
  await page.setViewportSize({ width: 800, height: 600 });
  await saveScreen(page, `${name}-800`);
  expect(await seriousA11yViolations(page)).toEqual([]);
  await setTextSize(page, lang, 'large');
  expect(await overflowProblems(page)).toEqual([]);
  await saveScreen(page, `${name}-800-large`);
  expect(await seriousA11yViolations(page)).toEqual([]);
  await page.setViewportSize({ width: 1280, height: 800 });
  expect(await overflowProblems(page)).toEqual([]);
  await saveScreen(page, `${name}-1280-large`);
  await setTextSize(page, lang, 'standard');
}

let root: string;
test.beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'sendcheck-e2e-suggested-'));
  await cp(join(MAIL_FIXTURES, 'thunderbird-lab'), join(root, '.thunderbird'), { recursive: true });
});
test.afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

async function toAccountResult(page: Page, lang: Lang, shoot = false): Promise<void> {
  await page.getByRole('button', { name: WORDS[lang].yes, exact: true }).click();
  const account = page.getByRole('button', { name: /taro@example\.jp/ });
  await expect(account).toBeVisible();
  // The start screen with the account found in the mail program.
  if (shoot) await screens(page, lang, `suggested-0-account-found-${lang}`);
  await account.click();
  await expect(page.locator('section[data-verdict]')).toBeVisible();
}

for (const lang of ['ja', 'en'] as const) {
  test(`a suggested server: warning, nothing offered, confirmed, then fixed (${lang})`, async ({
    openApp,
  }) => {
    // Four states, each at two window sizes and two text sizes, with axe: more than the default.
    test.setTimeout(180_000);
    const before = await readFile(join(root, PREFS), 'utf8');
    const confirmed: string[][] = [];
    const app = await openApp({ backend: backend(root, () => suggestedReport(), confirmed), lang });
    const { page } = app;
    const w = WORDS[lang];
    await toAccountResult(page, lang, true);

    const warning = page.locator('.suggested-warning');
    await expect(warning).toBeVisible();
    await expect(warning).toContainText(HOST);
    await expect(warning).toContainText('smtp.example.jp');
    await expect(page.locator('.settings-verified')).toHaveCount(0);
    await expect(page.locator('.login-test')).toHaveCount(0);
    await expect(page.getByRole('button', { name: w.fix, exact: true })).toHaveCount(0);
    await expect(page.locator('.fix-not-offered')).toHaveAttribute(
      'data-block',
      'needs_confirmation',
    );
    await screens(page, lang, `suggested-1-warning-${lang}`);

    await page.getByRole('button', { name: w.confirm, exact: true }).click();
    await expect(page.locator('.settings-verified[data-verified="true"]')).toBeVisible();
    await expect(page.locator('.suggested-warning')).toHaveCount(0);
    await expect(page.locator('.login-test')).toHaveCount(1);
    await screens(page, lang, `suggested-2-confirmed-${lang}`);

    await page.getByRole('button', { name: w.fix, exact: true }).click();
    await page.getByRole('button', { name: w.write, exact: true }).click();
    // The page becomes the success state once the write is done.
    await expect(page.locator('.step-fixed')).toHaveAttribute('data-fixed', 'true');
    expect(confirmed).toEqual([['host:' + HOST, 'port:587', 'security:starttls', 'auth:on']]);
    const written = await readFile(join(root, PREFS), 'utf8');
    expect(written).not.toEqual(before);
    expect(written).toContain(`user_pref("mail.smtpserver.smtp1.hostname", "${HOST}");`);
    await screens(page, lang, `suggested-3-fixed-${lang}`);
    expect(app.problems).toEqual([]);
  });

  test(`settings not fully verified: no fix, no login test, each said in a sentence (${lang})`, async ({
    openApp,
  }) => {
    const before = await readFile(join(root, PREFS));
    const runIds: string[] = [];
    const app = await openApp({ backend: backend(root, unverifiedReport, [], runIds), lang });
    const { page } = app;
    await toAccountResult(page, lang);
    await expect(page.locator('.fix-not-offered')).toHaveAttribute('data-block', 'not_verified');
    await expect(page.locator('.login-not-offered')).toBeVisible();
    await expect(page.locator('.settings-verified')).toHaveAttribute('data-verified', 'false');
    await screens(page, lang, `suggested-4-unverified-${lang}`);
    // A renderer that asks anyway is refused by the main process.
    const runId = runIds.at(-1);
    const res = await page.evaluate(async (id) => {
      const api = (
        globalThis as unknown as { sendcheck: { fixAccount: (r: unknown) => Promise<unknown> } }
      ).sendcheck;
      return api.fixAccount({
        accountId: 'thunderbird:q7lab3xz.default-release:smtp1',
        runId: id,
      });
    }, runId);
    expect(res).toEqual({ ok: true, value: { written: false, refusal: 'not_verified' } });
    expect(await readFile(join(root, PREFS))).toEqual(before);
    expect(app.problems).toEqual([]);
  });
}
