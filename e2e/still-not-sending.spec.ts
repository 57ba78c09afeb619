/**
 * "Still not sending?" at the end of the result, in Japanese and English at 1280x800 and 800x600
 * (screenshots), for an OCN customer (a sub-domain address: the help page comes from the support
 * data) and for an address the data does not know; and the printed settings sheet: the print
 * button calls window.print, Chromium prints the page to an A4 PDF (page.pdf, print CSS), which
 * must be one A4 page holding the sheet alone, and pdftoppm (poppler-utils) turns it into a PNG to
 * look at.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import type { DiagnosisReport } from '../shared/diagnosis.js';
import { createTranslator } from '../shared/i18n/i18next-options.js';
import type { IpcEvents } from '../shared/ipc-contract.js';
import { progressEventsFor } from '../test/fixtures/renderer/progress.js';
import { REPORTS } from '../test/fixtures/renderer/reports.js';
import type { BridgeBackend } from './bridge.js';
import { expect, test } from './fixtures.js';
import { createMainSide } from './main-side.js';
import { checkAddress, SCREENS_DIR, seriousA11yViolations } from './wizard.js';

const SIZES = [
  { name: '1280x800', viewport: { width: 1280, height: 800 } },
  { name: '800x600', viewport: { width: 800, height: 600 } },
] as const;

const OCN_PAGE = 'https://support.ocn.ne.jp/personal/purpose/detail/pid2990024033';

/**
 * The golden report of a verdict, for taro@bird.ocn.ne.jp (an OCN sub-domain address), recommending
 * OCN's server as its OP25B page says (465, SSL/TLS), so that the screens read as they would.
 */
function atOcn(report: DiagnosisReport): DiagnosisReport {
  const domain = 'bird.ocn.ne.jp';
  const email = `taro@${domain}`;
  const rec = report.recommended;
  return {
    ...report,
    email: { display: email, ascii: email, domain, domainAscii: domain },
    provider: { id: 'ocn.ne.jp', name: 'OCN' },
    recommended: rec && {
      ...rec,
      host: 'smtp.ocn.ne.jp',
      port: 465,
      security: 'tls',
      username: email,
    },
  };
}

/** A backend whose engine answers this one report, through the real main-process handlers. */
function backendFor(report: DiagnosisReport): BridgeBackend {
  const listeners = new Set<(p: IpcEvents['diagnosis:progress']) => void>();
  const main = createMainSide(
    {
      async runDiagnosis(_request, options = {}) {
        for (const event of progressEventsFor(report)) options.onProgress?.(event);
        return report;
      },
      async runLoginTest(r) {
        return r;
      },
    },
    (payload) => listeners.forEach((l) => l(payload)),
  );
  return {
    invoke: (channel, request) => main.invoke(channel, request),
    onEvent: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** Scrolls the section to the top of the window and saves what the window shows. */
async function saveSection(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENS_DIR, { recursive: true });
  await page.locator('.still-not-sending').evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await page.screenshot({ path: path.join(SCREENS_DIR, `${name}.png`), animations: 'disabled' });
}

/** Pages and the first page's size (points) of a PDF, by poppler's pdfinfo. */
function pdfPages(file: string): { pages: number; size: string } {
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  return {
    pages: Number(/^Pages:\s+(\d+)/m.exec(info)?.[1] ?? 0),
    size: /^Page size:\s+(.*)$/m.exec(info)?.[1] ?? '',
  };
}

for (const lang of ['ja', 'en'] as const) {
  test(`still not sending (${lang}): the provider's help page, the phone meanwhile, the print button (screenshots)`, async ({
    openApp,
  }) => {
    const t = createTranslator(lang);
    for (const size of SIZES) {
      const app = await openApp({
        backend: backendFor(atOcn(REPORTS.port25_blocked)),
        lang,
        viewport: size.viewport,
      });
      const { page } = app;
      await checkAddress(page, lang, 'taro@bird.ocn.ne.jp');
      const section = page.getByRole('region', { name: t('help.heading') });
      await expect(section).toContainText(t('help.ask.known', { name: 'OCN' }));
      await expect(section.getByRole('link', { name: OCN_PAGE })).toHaveAttribute('href', OCN_PAGE);
      await expect(section).toContainText(t('help.phone.mobileData'));
      await expect(section.getByRole('button', { name: t('help.print.button') })).toBeVisible();
      // Printing is for paper only: nothing of the sheet on screen.
      await expect(page.locator('.print-sheet')).toBeHidden();
      // Nothing sticks out sideways, and the long help-page address wraps.
      const overflow = await page.evaluate(() => {
        const doc = (
          globalThis as unknown as {
            document: { documentElement: { scrollWidth: number; clientWidth: number } };
          }
        ).document;
        return doc.documentElement.scrollWidth - doc.documentElement.clientWidth;
      });
      expect(overflow).toBeLessThanOrEqual(0);
      await saveSection(page, `still-not-sending-ocn-${lang}-${size.name}`);
      expect(await seriousA11yViolations(page)).toEqual([]);
      expect(app.problems).toEqual([]);
    }
  });

  test(`still not sending (${lang}): an unknown provider, settings not to change: no sheet (screenshot)`, async ({
    openApp,
  }) => {
    const t = createTranslator(lang);
    const app = await openApp({
      backend: backendFor({ ...REPORTS.smtp_blocked, provider: null }),
      lang,
      viewport: { width: 800, height: 600 },
    });
    await checkAddress(app.page, lang, 'taro@example.jp');
    const section = app.page.getByRole('region', { name: t('help.heading') });
    await expect(section).toContainText(t('help.ask.unknown'));
    await expect(section.getByRole('button', { name: t('help.print.button') })).toHaveCount(0);
    await expect(app.page.locator('.print-sheet')).toHaveCount(0);
    await saveSection(app.page, `still-not-sending-unknown-${lang}-800x600`);
    expect(await seriousA11yViolations(app.page)).toEqual([]);
    expect(app.problems).toEqual([]);
  });

  test(`printed sheet (${lang}): the button prints, one A4 page with the sheet alone, rendered to PNG`, async ({
    openApp,
  }) => {
    const t = createTranslator(lang);
    const report = atOcn(REPORTS.port25_blocked);
    const app = await openApp({ backend: backendFor(report), lang });
    const { page } = app;
    await checkAddress(page, lang, 'taro@bird.ocn.ne.jp');
    // The print dialog cannot be driven here: count the calls, then print as Chromium prints.
    await page.evaluate(() => {
      const w = globalThis as unknown as { print: () => void; printed: number };
      w.printed = 0;
      w.print = () => {
        w.printed += 1;
      };
    });
    await page.getByRole('button', { name: t('help.print.button') }).click();
    expect(await page.evaluate(() => (globalThis as unknown as { printed: number }).printed)).toBe(
      1,
    );
    const code = await page.locator('.code-panel .ref-code').getAttribute('data-code');
    expect(code).toMatch(/^[\dA-Z-]+$/);
    await page.emulateMedia({ media: 'print' });
    const sheet = page.locator('.print-sheet');
    await expect(sheet).toBeVisible();
    await expect(page.locator('#root')).toBeHidden();
    await expect(sheet.locator('.sheet-code .ref-code')).toHaveAttribute('data-code', code ?? '');
    await expect(sheet).toContainText(t('help.sheet.page', { name: 'OCN', url: OCN_PAGE }));
    await expect(sheet.locator('[data-field="host"] .sheet-value')).toHaveText('smtp.ocn.ne.jp');
    await expect(sheet.locator('[data-field="port"] .sheet-value')).toHaveText('465');
    await expect(sheet.locator('[data-field="username"] .sheet-value')).toHaveText(
      'taro@bird.ocn.ne.jp',
    );
    await expect(sheet.locator('.sheet-trust')).toHaveText(t('settings.verified'));
    mkdirSync(SCREENS_DIR, { recursive: true });
    const pdf = path.join(SCREENS_DIR, `print-sheet-${lang}.pdf`);
    writeFileSync(pdf, await page.pdf({ preferCSSPageSize: true }));
    // One A4 page (595 x 842 points).
    const info = pdfPages(pdf);
    expect(info.pages).toBe(1);
    // The size comes from the print CSS (@page), not from a default: pdfinfo names it.
    expect(info.size).toMatch(/ pts \(A4\)$/);
    const base = path.join(SCREENS_DIR, `print-sheet-${lang}`);
    execFileSync('pdftoppm', ['-png', '-r', '72', '-singlefile', pdf, base]);
    expect(app.problems).toEqual([]);
  });
}

test('still not sending in the dark theme: the help link and the section keep AA contrast (screenshot)', async ({
  openApp,
}) => {
  const app = await openApp({
    backend: backendFor(atOcn(REPORTS.port25_blocked)),
    lang: 'ja',
    colorScheme: 'dark',
    viewport: { width: 800, height: 600 },
  });
  await checkAddress(app.page, 'ja', 'taro@bird.ocn.ne.jp');
  await expect(app.page.getByRole('link', { name: OCN_PAGE })).toBeVisible();
  await saveSection(app.page, 'still-not-sending-ocn-ja-800x600-dark');
  expect(await seriousA11yViolations(app.page)).toEqual([]);
  expect(app.problems).toEqual([]);
});
