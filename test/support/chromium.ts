/**
 * Debian's Chromium, started the way this machine allows: no sandbox (tests run as root), no GPU,
 * and none of Chromium's own background traffic (the network is closed here). Shared by Vitest's
 * browser mode and Playwright.
 */
export const DEBIAN_CHROMIUM = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
};
