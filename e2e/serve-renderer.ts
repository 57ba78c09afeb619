/**
 * Serves the built renderer (build/renderer) to a Playwright page without any network: every
 * request is answered by page.route, with the app's real CSP header, and anything else is refused.
 */
import type { Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CONTENT_SECURITY_POLICY } from '../shared/csp.js';

/** Where the page lives: https, so it is a secure context like app:// is; never resolved, the route below answers it. */
export const APP_URL = 'https://sendcheck.test/index.html';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../build/renderer');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

/** Routes the app's origin to build/renderer and aborts every other request the page makes. */
export async function serveRenderer(page: Page): Promise<void> {
  // Registered first, so it runs last: only what the app route below does not take.
  await page.route('**/*', (route) => route.abort('blockedbyclient'));
  await page.route('https://sendcheck.test/**', async (route) => {
    const url = new URL(route.request().url());
    const rel =
      path.normalize(decodeURIComponent(url.pathname)).replace(/^[/\\]+/, '') || 'index.html';
    const file = path.join(ROOT, rel);
    if (!file.startsWith(ROOT + path.sep)) return route.fulfill({ status: 404, body: 'not found' });
    try {
      const body = await readFile(file);
      await route.fulfill({
        status: 200,
        body,
        headers: {
          'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
          'content-security-policy': CONTENT_SECURITY_POLICY,
          'x-content-type-options': 'nosniff',
        },
      });
    } catch {
      await route.fulfill({ status: 404, body: 'not found' });
    }
  });
}
