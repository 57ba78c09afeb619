/**
 * The walk from a diagnosis to a working mail program, in Chromium against the REAL engine inside the lab (OP25B), with a fixture
 * Thunderbird profile in a temporary HOME read by the real accounts back end: the account found,
 * OP25B diagnosed, the differences shown, "Fix it for me" turning the page into a success state
 * (at most 4 clicks), "Check again" proving the new settings with a login test when the test
 * message did not arrive, and "Undo" putting prefs.js back byte for byte. A screenshot of each step
 * in Japanese and English (1280x800 and 800x600).
 */
import { cp, mkdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { LAB_ACCOUNT } from '../test/lab/topology.js';
import { MAIL_FIXTURES } from '../test/support/mail-fixtures.js';
import type { Lang } from '../shared/verdict.js';
import { connectEngineHost, type EngineClient } from './engine-client.js';
import { expect, LAB, test as base } from './fixtures.js';
import {
  overflowProblems,
  saveScreen,
  seriousA11yViolations,
  setTextSize,
  shownVerdict,
} from './wizard.js';
import { makeTempDirAsync } from '../test/support/temp-dir.js';

interface FixHost {
  client: EngineClient;
  home: string;
}

const test = base.extend<object, { fixHost: FixHost }>({
  fixHost: [
    async ({ lab }, use) => {
      const root = await makeTempDirAsync('sendcheck-e2e-');
      const home = join(root, 'home');
      const reports = join(root, 'reports');
      await mkdir(home, { recursive: true });
      await mkdir(reports, { recursive: true });
      const child = lab.spawn(['node', '--import', 'tsx', 'e2e/fix-engine-host.ts'], {
        env: { ...lab.env, HOME: home, SENDCHECK_E2E_REPORTS: reports },
      });
      const client = connectEngineHost(child);
      try {
        await client.ready;
        await use({ client, home });
      } finally {
        client.close();
        await rm(root, { recursive: true, force: true });
      }
    },
    { scope: 'worker', timeout: 60_000 },
  ],
});

const WORDS = {
  ja: {
    yes: '読み取ってよい',
    fix: '設定を直してもらう',
    write: '書き込む',
    password: 'この設定で使うパスワード（入力しなくてもかまいません）',
    check: '設定を変えたので、もう一度確かめる',
    works: '送信サーバーがこの設定を受け付けました',
    fixed: 'Thunderbird の送信設定を直しました',
    notArrived: 'いいえ、届きません',
    undo: '元に戻す',
    save: 'レポートを保存',
    open: 'レポートファイルを開く',
    close: 'レポートを閉じる',
    code: '参照コード',
    read: '読み取る',
    lookupEmail: 'メールアドレス',
    lookup: '公開設定を調べる',
  },
  en: {
    yes: 'Yes, look',
    fix: 'Fix it for me',
    write: 'Write the settings',
    password: 'Password for these settings (optional)',
    check: "I've changed it: check again",
    works: 'The outgoing server accepts these settings',
    fixed: 'Thunderbird’s outgoing settings are fixed',
    notArrived: 'No, it did not',
    undo: 'Undo',
    save: 'Save report',
    open: 'Open a report file',
    close: 'Close the report',
    code: 'Reference code',
    read: 'Read',
    lookupEmail: 'Email address',
    lookup: 'Look up',
  },
} as const;

const PREFS = join('.thunderbird', 'Profiles', 'q7lab3xz.default-release', 'prefs.js');

/** A fresh copy of the lab's Thunderbird profile in the temporary home; its prefs.js as written. */
async function installProfile(home: string): Promise<Buffer> {
  await rm(join(home, '.thunderbird'), { recursive: true, force: true });
  await cp(join(MAIL_FIXTURES, 'thunderbird-lab'), join(home, '.thunderbird'), { recursive: true });
  return readFile(join(home, PREFS));
}

/** One step's screenshots, at the window size of the walk and at 800x600. */
async function screens(page: Page, name: string): Promise<void> {
  await saveScreen(page, `${name}-1280`);
  await page.setViewportSize({ width: 800, height: 600 });
  await saveScreen(page, `${name}-800`);
  await page.setViewportSize({ width: 1280, height: 800 });
}

/**
 * The same step at the large text size (文字サイズ：大), at both window sizes: nothing sticking out
 * sideways, axe with no serious finding; then back to the standard size.
 */
async function largeScreens(page: Page, lang: Lang, name: string): Promise<void> {
  await setTextSize(page, lang, 'large');
  expect(await overflowProblems(page)).toEqual([]);
  await saveScreen(page, `${name}-1280-large`);
  expect(await seriousA11yViolations(page)).toEqual([]);
  await page.setViewportSize({ width: 800, height: 600 });
  expect(await overflowProblems(page)).toEqual([]);
  await saveScreen(page, `${name}-800-large`);
  await page.setViewportSize({ width: 1280, height: 800 });
  await setTextSize(page, lang, 'standard');
}

/** The support staff screen: the saved report read-only, the reference code decoded, a look-up. */
async function staffSide(page: Page, lang: Lang, code: string): Promise<void> {
  const w = WORDS[lang];
  // The Help menu's shortcut, which the window hears too (no menu bar in plain Chromium).
  await page.keyboard.press('Control+Shift+H');
  await expect(page.getByLabel(w.code, { exact: true })).toBeFocused();
  await screens(page, `staff-1-screen-${lang}`);
  await page.getByRole('button', { name: w.open, exact: true }).click();
  await expect(page.locator('section[data-verdict="port25_blocked"]')).toBeVisible();
  await expect(page.locator('.report-viewer .ref-code')).toHaveAttribute('data-code', code);
  await expect(page.locator('.verify-panel, .fix-panel, .login-test')).toHaveCount(0);
  await screens(page, `staff-2-report-${lang}`);
  await page.getByRole('button', { name: w.close, exact: true }).click();
  await page.getByLabel(w.code, { exact: true }).fill(code.toLowerCase());
  await page.getByRole('button', { name: w.read, exact: true }).click();
  await expect(page.locator('.code-summary li').first()).toBeVisible();
  await page.getByLabel(w.lookupEmail, { exact: true }).fill('taro@bird.ocn.ne.jp');
  await page.getByRole('button', { name: w.lookup, exact: true }).click();
  await expect(page.locator('.lookup-result')).toContainText('smtp.ocn.ne.jp');
  await screens(page, `staff-3-code-lookup-${lang}`);
}

const LANGS: Lang[] = ['ja', 'en'];

test.describe('from the diagnosis to a working Thunderbird (real engine, lab, fixture profile)', () => {
  test.skip(!LAB.ok, `the network lab cannot run here: ${LAB.reason}`);

  for (const lang of LANGS) {
    test(`account → OP25B → differences → fix → check again works → undo (${lang})`, async ({
      lab,
      fixHost,
      openApp,
    }) => {
      test.setTimeout(240_000);
      const w = WORDS[lang];
      const original = await installProfile(fixHost.home);
      await lab.apply('op25b_drop');
      const app = await openApp({ backend: fixHost.client, lang });
      const { page } = app;
      let clicks = 0;
      const click = async (name: string) => {
        await page.getByRole('button', { name, exact: true }).click();
        clicks++;
      };

      await click(w.yes);
      const account = page.getByRole('button', { name: /taro@example\.jp/ });
      await expect(account).toBeVisible();
      await screens(page, `fix-1-accounts-${lang}`);
      await largeScreens(page, lang, `fix-1-accounts-${lang}`);

      await account.click();
      clicks++;
      await expect(page.locator('section[data-verdict]')).toBeVisible({ timeout: 45_000 });
      expect(await shownVerdict(page), fixHost.client.stderr()).toBe('port25_blocked');
      const changed = await page
        .locator('.changes-table tbody tr[data-changed="true"]')
        .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-field')));
      expect(changed).toEqual(['port', 'security', 'auth']);
      await screens(page, `fix-2-differences-${lang}`);

      await click(w.fix);
      await expect(page.locator('.fix-confirm')).toBeVisible();
      await screens(page, `fix-3-confirm-${lang}`);
      await click(w.write);
      // The page becomes a success state: its own title, no problem steps, table, card or big buttons.
      await expect(page.locator('section[data-fixed="true"]')).toBeVisible();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(w.fixed);
      await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
      expect(clicks).toBeLessThanOrEqual(4);
      await expect(
        page.locator('.changes-table, .settings-card, .fix-panel, .verify-panel'),
      ).toHaveCount(0);
      await expect(page.locator('.fixed-changes li')).toHaveCount(3);
      const written = await readFile(join(fixHost.home, PREFS), 'utf8');
      expect(written).toContain('user_pref("mail.smtpserver.smtp1.port", 587);');
      expect(written).toContain('user_pref("mail.smtpserver.smtp1.try_ssl", 2);');
      expect(written).toContain('user_pref("mail.smtpserver.smtp1.authMethod", 3);');
      await screens(page, `fix-4-fixed-${lang}`);
      expect(await seriousA11yViolations(page)).toEqual([]);
      await largeScreens(page, lang, `fix-4-fixed-${lang}`);

      // "It did not arrive": check again reads Thunderbird once more and logs in.
      await click(w.notArrived);
      await page.getByLabel(w.password).fill(LAB_ACCOUNT.password);
      await click(w.check);
      await expect(page.getByRole('heading', { name: w.works })).toBeVisible({ timeout: 45_000 });
      await expect(page.getByLabel(w.password)).toHaveValue('');
      await screens(page, `fix-5-works-${lang}`);

      await page.getByRole('button', { name: w.undo, exact: true }).click();
      await expect(page.locator('.fix-outcome')).toHaveAttribute('data-status', 'undone');
      expect(await readFile(join(fixHost.home, PREFS))).toEqual(original);
      await expect(page.locator('.changes-table tbody tr[data-changed="true"]')).toHaveCount(3);
      await screens(page, `fix-6-undone-${lang}`);
      expect(await seriousA11yViolations(page)).toEqual([]);

      // Save the report, then read it back as support staff would: the code, the file, the look-up.
      const code = await page.locator('.code-panel .ref-code').getAttribute('data-code');
      await page.getByRole('button', { name: w.save, exact: true }).click();
      await expect(page.locator('.save-status')).toHaveAttribute('data-status', 'saved');
      await staffSide(page, lang, code ?? '');
      expect(await seriousA11yViolations(page)).toEqual([]);
      expect(app.problems).toEqual([]);
    });
  }
});
