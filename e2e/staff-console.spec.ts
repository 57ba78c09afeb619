/**
 * The support staff console as an operator uses it mid-call: opened by the Help menu's shortcut
 * (or #staff), the code field focused, Enter decodes, one sentence for the operator, then the
 * customer's words and steps, then the provider look-up and which of the two to read out. In
 * Japanese and English at 1280x800 and 800x600, at the standard and the large text size
 * (screenshots), axe with no serious finding at either.
 */
import { createTranslator } from '../shared/i18n/i18next-options.js';
import { referenceCodeFor } from '../shared/reference-code.js';
import { REPORTS } from '../test/fixtures/renderer/reports.js';
import { createFixtureBackend } from './fixture-backend.js';
import { expect, test } from './fixtures.js';
import { overflowProblems, saveScreen, seriousA11yViolations, setTextSize } from './wizard.js';

const SIZES = [
  { name: '1280x800', viewport: { width: 1280, height: 800 } },
  { name: '800x600', viewport: { width: 800, height: 600 } },
] as const;

/** A customer of OCN whose Outlook still sends on port 25: the golden OP25B report, told so. */
const REPORT = {
  ...REPORTS.port25_blocked,
  provider: { id: 'ocn.ne.jp', name: 'OCN' },
  request: { server: 'smtp.ocn.ne.jp', port: 25, mailProgram: 'outlook_classic' as const },
};
const CODE = referenceCodeFor(REPORT, '0.1.0');

for (const lang of ['ja', 'en'] as const) {
  test(`staff console (${lang}): the way in, Enter decodes, the operator line first, which to read out`, async ({
    openApp,
  }) => {
    const t = createTranslator(lang);
    for (const size of SIZES) {
      const app = await openApp({ backend: createFixtureBackend(), lang, viewport: size.viewport });
      const { page } = app;
      // No way in on the customer's screen.
      await expect(page.getByRole('button', { name: /サポート担当者|Support staff/ })).toHaveCount(
        0,
      );
      if (lang === 'ja') await page.keyboard.press('Control+Shift+H');
      else
        await page.evaluate(
          () => ((globalThis as unknown as { location: { hash: string } }).location.hash = 'staff'),
        );
      await expect(page.getByRole('heading', { level: 1, name: t('staff.heading') })).toBeVisible();
      const field = page.getByLabel(t('staff.code.label'), { exact: true });
      await expect(field).toBeFocused();
      await page.keyboard.type(CODE.replaceAll('-', ' '));
      await page.keyboard.press('Enter');
      const summary = page.locator('.code-summary');
      await expect(summary.locator('.operator-line')).toContainText(
        t('staff.operator.port25_blocked'),
      );
      await expect(summary.locator('.customer-guide h3')).toHaveText(t('staff.guide.heading'));
      await expect(summary.locator('.customer-guide ol li')).toHaveCount(
        REPORT.verdict.actions.length,
      );
      await expect(summary).toContainText(
        t('code.line.currentProgram', { program: t('programs.outlook_classic.name') }),
      );
      if (lang === 'ja')
        await expect(summary).not.toContainText(/medium|provider_db|\bisp\b|timed out/);
      await page.getByLabel(t('staff.lookup.label'), { exact: true }).fill('taro@ocn.ne.jp');
      await page.getByLabel(t('staff.lookup.label'), { exact: true }).press('Enter');
      await expect(page.locator('.rule-verdict')).toHaveAttribute('data-source', 'code');
      // The top of the console, with the decoded code, is what the operator sees first.
      await page.evaluate(() =>
        (globalThis as unknown as { scrollTo(x: number, y: number): void }).scrollTo(0, 0),
      );
      await saveScreen(page, `staff-console-${lang}-${size.name}`);
      expect(await seriousA11yViolations(page)).toEqual([]);
      // The same at the large text size (文字サイズ：大): nothing cut off, still accessible.
      await setTextSize(page, lang, 'large');
      await page.evaluate(() =>
        (globalThis as unknown as { scrollTo(x: number, y: number): void }).scrollTo(0, 0),
      );
      expect(await overflowProblems(page)).toEqual([]);
      await saveScreen(page, `staff-console-${lang}-${size.name}-large`);
      expect(await seriousA11yViolations(page)).toEqual([]);
      expect(app.problems).toEqual([]);
    }
  });
}
