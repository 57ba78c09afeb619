/** Helpers that drive the wizard the way a person would: by role and visible text, in either language. */
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Lang } from '../shared/verdict.js';

/** Where result screenshots go (git-ignored; look at them after a run). */
export const SCREENS_DIR = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../test-results/screens',
);

const WORDS = {
  ja: {
    start: 'はじめる',
    email: 'メールアドレス',
    check: '調べる',
    details: 'サポート担当者向けの詳細を表示',
    checking: 'いま調べています',
  },
  en: {
    start: 'Start',
    email: 'Email address',
    check: 'Check',
    details: 'Show details for support staff',
    checking: 'Checking now',
  },
} as const;

/** The button and label texts of one language. */
export function words(lang: Lang) {
  return WORDS[lang];
}

/**
 * From the start screen: Start, type the address, press Check, wait for the verdict.
 * Returns how many clicks it took from the typed address to the verdict and settings being shown.
 */
export async function checkAddress(
  page: Page,
  lang: Lang,
  email: string,
  opts: { timeoutMs?: number } = {},
): Promise<number> {
  const w = words(lang);
  await page.getByRole('button', { name: w.start }).click();
  await page.getByLabel(w.email, { exact: true }).fill(email);
  let clicks = 0;
  await page.getByRole('button', { name: w.check, exact: true }).click();
  clicks++;
  await expect(page.getByRole('heading', { level: 1, name: w.checking })).toBeVisible();
  await expect(page.locator('section[data-verdict]')).toBeVisible({
    timeout: opts.timeoutMs ?? 45_000,
  });
  return clicks;
}

/** The verdict code shown on the result screen. */
export async function shownVerdict(page: Page): Promise<string | null> {
  return page.locator('section[data-verdict]').getAttribute('data-verdict');
}

/** Saves a full-page screenshot of the current screen as test-results/screens/NAME.png. */
export async function saveScreen(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENS_DIR, { recursive: true });
  const file = path.join(SCREENS_DIR, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true, animations: 'disabled' });
  return file;
}

/** Runs axe (WCAG 2.x A and AA) and returns the serious and critical violations, one line each. */
export async function seriousA11yViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.impact} ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
    );
}
