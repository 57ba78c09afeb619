import react from '@vitejs/plugin-react';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { DEBIAN_CHROMIUM } from './test/support/chromium.js';

/** Test projects: unit (plain Node, fast), lab (network namespaces, needs root), renderer (components in real Chromium). */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          environment: 'node',
          include: [
            'electron/**/*.test.ts',
            'shared/**/*.test.ts',
            'scripts/**/*.test.ts',
            'test/support/**/*.test.ts',
            'test/fuzz/**/*.test.ts',
            'test/fixtures/**/*.test.ts',
            // The built bundles and the packaged app (each test builds into a folder of its own).
            'test/boot/**/*.test.ts',
            'test/packaging/**/*.test.ts',
          ],
          testTimeout: 20_000,
        },
      },
      {
        test: {
          name: 'lab',
          environment: 'node',
          include: ['test/lab/**/*.test.ts'],
          // One lab at a time: the namespaces and addresses are fixed.
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        plugins: [react()],
        test: {
          name: 'renderer',
          include: ['renderer/**/*.test.{ts,tsx}'],
          setupFiles: ['renderer/test/setup.ts'],
          testTimeout: 20_000,
          browser: {
            enabled: true,
            headless: true,
            provider: playwright({ launchOptions: DEBIAN_CHROMIUM }),
            instances: [{ browser: 'chromium', viewport: { width: 800, height: 600 } }],
            screenshotFailures: false,
          },
        },
      },
    ],
  },
});
