/**
 * The built renderer against the REAL engine, running inside the lab's simulated customer PC
 * (e2e/engine-host.ts behind the app's own IPC handlers): OP25B, all mail ports blocked, offline,
 * a wrong domain and a working line, each in Japanese and English, with axe and a screenshot each.
 */
import { LAB_ACCOUNT } from '../test/lab/topology.js';
import type { ScenarioName } from '../test/lab/scenarios.js';
import type { Lang, VerdictCode } from '../shared/verdict.js';
import { expect, LAB, test } from './fixtures.js';
import { checkAddress, saveScreen, seriousA11yViolations, shownVerdict, words } from './wizard.js';

interface Walk {
  scenario: ScenarioName;
  email: string;
  verdict: VerdictCode;
  /** Where the path picture must mark the stop (index 0-3), or null for no stop. */
  stopAt: number | null;
  /** The recommended port in the settings card, or null when there is nothing to configure. */
  port: number | null;
}

const WALKS: Walk[] = [
  {
    scenario: 'op25b_drop',
    email: LAB_ACCOUNT.email,
    verdict: 'port25_blocked',
    stopAt: 1,
    port: 587,
  },
  {
    scenario: 'smtp_blocked',
    email: LAB_ACCOUNT.email,
    verdict: 'smtp_blocked',
    stopAt: 1,
    port: null,
  },
  { scenario: 'offline', email: LAB_ACCOUNT.email, verdict: 'offline', stopAt: 0, port: null },
  {
    scenario: 'open',
    email: 'taro@存在しない.jp',
    verdict: 'domain_not_found',
    stopAt: null,
    port: null,
  },
  { scenario: 'open', email: LAB_ACCOUNT.email, verdict: 'ok', stopAt: null, port: 587 },
];

const LANGS: Lang[] = ['ja', 'en'];

test.describe('the wizard against the real engine in the lab', () => {
  test.skip(!LAB.ok, `the network lab cannot run here: ${LAB.reason}`);

  for (const walk of WALKS) {
    for (const lang of LANGS) {
      test(`${walk.scenario} / ${walk.email} (${lang}) → ${walk.verdict}`, async ({
        lab,
        engine,
        openApp,
      }) => {
        await lab.apply(walk.scenario);
        const app = await openApp({ backend: engine, lang, viewport: { width: 800, height: 600 } });
        const { page } = app;
        const clicks = await checkAddress(page, lang, walk.email);
        expect(clicks).toBe(1);
        expect(await shownVerdict(page), engine.stderr()).toBe(walk.verdict);
        await expect(page.getByRole('heading', { level: 1 })).toBeFocused();

        const states = await page
          .locator('.path-node')
          .evaluateAll((els) => els.map((e) => e.getAttribute('data-state')));
        const expected = [0, 1, 2, 3].map((i) =>
          walk.stopAt === null || i < walk.stopAt
            ? 'ok'
            : i === walk.stopAt
              ? 'stopped'
              : 'unreached',
        );
        expect(states).toEqual(expected);

        const card = page.locator('.settings-card');
        if (walk.port === null) {
          await expect(card.locator('[data-field]')).toHaveCount(0);
        } else {
          await expect(card.locator('[data-field="port"] .settings-value')).toHaveText(
            String(walk.port),
          );
          await expect(card.locator('[data-field="host"] .settings-value')).toHaveText(
            'smtp.example.jp',
          );
          await expect(card.locator('[data-field="security"] .settings-value')).toHaveText(
            'STARTTLS',
          );
        }
        await saveScreen(page, `lab-${walk.verdict}-${lang}`);

        await page.getByRole('button', { name: words(lang).details }).click();
        await expect(page.locator('.probe-table tbody tr').first()).toBeVisible();
        expect(await seriousA11yViolations(page)).toEqual([]);
        expect(app.problems).toEqual([]);
      });
    }
  }

  test('the login test on the real server: a wrong password, then the right one (ja, en)', async ({
    lab,
    engine,
    openApp,
  }) => {
    await lab.apply('op25b_drop');
    for (const [lang, password, verdict, message] of [
      ['ja', 'wrong password', 'auth_failed', 'パスワードが受け付けられませんでした'],
      // Accepted: the password is fine, and what is left to fix is still the blocked old route.
      ['en', LAB_ACCOUNT.password, 'port25_blocked', 'Your password was accepted'],
    ] as const) {
      const app = await openApp({ backend: engine, lang, viewport: { width: 1280, height: 800 } });
      const { page } = app;
      await checkAddress(page, lang, LAB_ACCOUNT.email);
      expect(await shownVerdict(page)).toBe('port25_blocked');
      await page
        .getByRole('button', {
          name: lang === 'ja' ? /パスワードも確かめる/ : /Also test your password/,
        })
        .click();
      const input = page.getByLabel(lang === 'ja' ? 'メールのパスワード' : 'Your mail password');
      await input.fill(password);
      await input.press('Enter');
      await expect(input).toHaveValue('');
      await expect(page.locator('.login-result')).toContainText(message, { timeout: 30_000 });
      expect(await shownVerdict(page)).toBe(verdict);
      await saveScreen(page, `lab-login-${verdict}-${lang}`);
      expect(await seriousA11yViolations(page)).toEqual([]);
      expect(app.problems).toEqual([]);
    }
  });

  test('Stop cancels the real diagnosis and goes back to the address', async ({
    lab,
    engine,
    openApp,
  }) => {
    // A silent drop of everything makes the engine wait on its deadlines: time enough to press Stop.
    await lab.apply('no_internet');
    const app = await openApp({ backend: engine, lang: 'en' });
    const { page } = app;
    await page.getByRole('button', { name: 'Start' }).click();
    await page.getByLabel('Email address', { exact: true }).fill(LAB_ACCOUNT.email);
    await page.getByRole('button', { name: 'Check', exact: true }).click();
    await expect(page.locator('.progress-row').first()).toBeVisible();
    await page.getByRole('button', { name: 'Stop' }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: 'Enter your email address' }),
    ).toBeFocused({ timeout: 10_000 });
    await expect(page.getByRole('status')).toContainText('The check was stopped');
    expect(app.problems).toEqual([]);
  });
});
