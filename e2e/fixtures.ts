/**
 * The one shared Playwright fixture: a page with the built renderer and the bridge, and (only for
 * tests that ask for it) the network lab with the real engine inside it, started once per worker
 * and always torn down, whatever the tests did.
 */
import { test as base, expect, type Page } from '@playwright/test';
import { labAvailable, startLab, type Lab } from '../test/lab/lab.js';
import type { Lang } from '../shared/verdict.js';
import type { BridgeBackend } from './bridge.js';
import { installBridge } from './bridge.js';
import { connectEngineHost, type EngineClient } from './engine-client.js';
import { APP_URL, serveRenderer } from './serve-renderer.js';

/** How to open the app. */
export interface OpenOptions {
  backend: BridgeBackend;
  lang: Lang;
  viewport?: { width: number; height: number };
  colorScheme?: 'light' | 'dark';
}

/** What the app page collected while it ran: CSP violations and uncaught errors must stay empty. */
export interface AppPage {
  page: Page;
  problems: string[];
}

interface TestFixtures {
  /** Opens the app in a fresh browser context with the OS language set to lang. */
  openApp: (opts: OpenOptions) => Promise<AppPage>;
}

interface WorkerFixtures {
  lab: Lab;
  engine: EngineClient;
}

/** Whether the lab can run here (root, Linux, nft, dnsmasq), and why not. */
export const LAB = labAvailable();

export const test = base.extend<TestFixtures, WorkerFixtures>({
  openApp: async ({ browser }, use) => {
    const contexts: Awaited<ReturnType<typeof browser.newContext>>[] = [];
    await use(async (opts) => {
      const context = await browser.newContext({
        locale: opts.lang === 'ja' ? 'ja-JP' : 'en-US',
        viewport: opts.viewport ?? { width: 1280, height: 800 },
        colorScheme: opts.colorScheme ?? 'light',
      });
      contexts.push(context);
      const page = await context.newPage();
      const app: AppPage = { page, problems: [] };
      page.on('console', (m) => {
        if (m.type() === 'error') app.problems.push(`console: ${m.text()}`);
      });
      page.on('pageerror', (e) => app.problems.push(`pageerror: ${e.message}`));
      await serveRenderer(page);
      await installBridge(page, opts.backend);
      await page.goto(APP_URL);
      await expect(page.locator('h1')).toBeFocused();
      return app;
    });
    for (const c of contexts) await c.close();
  },

  lab: [
    // eslint-disable-next-line no-empty-pattern -- Playwright needs the fixtures argument destructured
    async ({}, use) => {
      const lab = await startLab();
      try {
        await use(lab);
      } finally {
        await lab.stop();
      }
    },
    { scope: 'worker', timeout: 120_000 },
  ],

  engine: [
    async ({ lab }, use) => {
      const child = lab.spawn(['node', '--import', 'tsx', 'e2e/engine-host.ts'], { env: lab.env });
      const client = connectEngineHost(child);
      try {
        await client.ready;
        await use(client);
      } finally {
        client.close();
      }
    },
    { scope: 'worker', timeout: 60_000 },
  ],
});

export { expect };
