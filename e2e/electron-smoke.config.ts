/** Playwright config for the desktop smoke test only (npm run test:smoke): the real Electron app. */
import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: '.',
  testMatch: 'electron-smoke.spec.ts',
  // One app at a time: it holds a single-instance lock.
  workers: 1,
  fullyParallel: false,
  timeout: 90_000,
  retries: 0,
  outputDir: '../test-results/electron-smoke',
  reporter: [
    ['list'],
    ['html', { outputFolder: '../playwright-report/electron-smoke', open: 'never' }],
  ],
  use: { trace: 'retain-on-failure', screenshot: 'only-on-failure' },
});
