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

const TEXT_SIZE_WORDS = {
  ja: { group: '文字サイズ', standard: '標準', large: '大' },
  en: { group: 'Text size', standard: 'Standard', large: 'Large' },
} as const;

/** The header's two text sizes: the user's default, and 大 (the root at 125%). */
export const TEXT_SIZES = ['standard', 'large'] as const;

/** Presses the header's text size button, as a person would, and waits for the page to grow or shrink. */
export async function setTextSize(
  page: Page,
  lang: Lang,
  size: (typeof TEXT_SIZES)[number],
): Promise<void> {
  const w = TEXT_SIZE_WORDS[lang];
  const button = page
    .getByRole('group', { name: w.group, exact: true })
    .getByRole('button', { name: w[size], exact: true });
  await button.click();
  await expect(button).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('html')).toHaveAttribute('data-text-size', size);
}

/**
 * What sticks out sideways: how far the page scrolls past the window, and the visible controls
 * whose box leaves the window or is cut by a parent that clips (a clipped button, a field cut off).
 */
export async function overflowProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    // The browser's own types, as far as this needs them (the Node side has no DOM library).
    interface Box {
      left: number;
      right: number;
      width: number;
      height: number;
    }
    interface El {
      tagName: string;
      textContent: string | null;
      scrollWidth: number;
      clientWidth: number;
      getBoundingClientRect(): Box;
    }
    const g = globalThis as unknown as {
      document: { documentElement: El; querySelectorAll(s: string): Iterable<El> };
      getComputedStyle(el: El): { overflowX: string };
    };
    const out: string[] = [];
    const root = g.document.documentElement;
    if (root.scrollWidth > root.clientWidth)
      out.push(`the page is ${root.scrollWidth - root.clientWidth}px wider than the window`);
    const width = root.clientWidth;
    for (const el of g.document.querySelectorAll('button, input, select, a, label, h1, h2')) {
      const box = el.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue;
      const name = `${el.tagName.toLowerCase()} “${(el.textContent ?? '').trim().slice(0, 30)}”`;
      if (box.left < -1 || box.right > width + 1)
        out.push(`${name} leaves the window (${Math.round(box.left)}..${Math.round(box.right)})`);
      if (el.scrollWidth > el.clientWidth + 1 && g.getComputedStyle(el).overflowX !== 'visible')
        out.push(`${name} cuts its own text`);
    }
    return out;
  });
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
