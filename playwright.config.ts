/** Playwright: the built renderer in Debian's Chromium, against fixture reports and the real engine in the lab. */
import { defineConfig } from '@playwright/test';
import { DEBIAN_CHROMIUM } from './test/support/chromium.js';

export default defineConfig({
  testDir: 'e2e',
  // The desktop smoke test has its own config (e2e/electron-smoke.config.ts, npm run test:smoke).
  testIgnore: ['electron-smoke.spec.ts'],
  outputDir: 'test-results/e2e',
  // One lab per machine: its namespaces and addresses are fixed, so one worker runs everything.
  workers: 1,
  fullyParallel: false,
  timeout: 90_000,
  expect: { timeout: 15_000 },
  retries: 0,
  reporter: [['list']],
  use: {
    browserName: 'chromium',
    launchOptions: DEBIAN_CHROMIUM,
    trace: 'retain-on-failure',
  },
});
