/**
 * "Check again" without a mail program read: its fields start empty, and pressing it with them
 * untouched claims nothing; with the fields filled, the outcome says what the check found. Fixture
 * reports through the real main-process handlers (no network).
 */
import { createTranslator } from '../shared/i18n/i18next-options.js';
import { createFixtureBackend } from './fixture-backend.js';
import { expect, test } from './fixtures.js';
import { checkAddress, saveScreen, seriousA11yViolations } from './wizard.js';

for (const lang of ['ja', 'en'] as const) {
  test(`check again with untouched fields does not claim success (${lang})`, async ({
    openApp,
  }) => {
    const t = createTranslator(lang);
    const app = await openApp({
      backend: createFixtureBackend(0),
      lang,
      viewport: { width: 800, height: 600 },
    });
    const { page } = app;
    await checkAddress(page, lang, 'port25_blocked@example.jp');
    const panel = page.locator('.verify-panel');
    await expect(panel.getByLabel(t('fix.verify.serverLabel'))).toHaveValue('');
    await expect(panel.getByLabel(t('fix.verify.portLabel'))).toHaveValue('');
    await panel.getByRole('button', { name: t('fix.verify.button') }).click();
    await expect(panel.getByText(t('fix.verify.serverMissing'))).toBeVisible();
    await expect(panel.getByLabel(t('fix.verify.serverLabel'))).toBeFocused();
    await expect(page.locator('.verify-outcome')).toHaveCount(0);
    await expect(page.getByText(t('fix.verify.works'))).toHaveCount(0);
    await panel.screenshot({ path: `test-results/screens/check-again-empty-${lang}.png` });
    expect(await seriousA11yViolations(page)).toEqual([]);

    // Filled in: the fixture's network still blocks port 25, and the outcome says so.
    await panel.getByLabel(t('fix.verify.serverLabel')).fill('smtp.example.jp');
    await panel.getByLabel(t('fix.verify.portLabel')).selectOption('25');
    await panel.getByRole('button', { name: t('fix.verify.button') }).click();
    await expect(page.locator('.verify-outcome')).toHaveAttribute('data-works', 'false');
    await expect(page.getByText(t('fix.verify.works'))).toHaveCount(0);
    await saveScreen(page, `check-again-not-yet-${lang}`);
    expect(app.problems).toEqual([]);
  });
}
