/**
 * Smoke test of the real desktop app (npm run test:smoke), in two parts:
 *  1. the unpackaged app (build/ + node_modules/electron) through Playwright's _electron, which
 *     also reaches into the main process;
 *  2. the PACKAGED app from release/ (or SENDCHECK_APP_PATH). Its nodeCliInspect fuse is off, and
 *     _electron needs --inspect, so Playwright attaches to its renderer over Chromium's DevTools
 *     protocol instead; the fuses are read from the packed binary's fuse wire (@electron/fuses).
 * The page's API is checked against the one channel list the preload is built from
 * (shared/ipc-methods.ts). Each test leaves a screenshot, the app's output and its log file in
 * test-results/, which the workflow uploads whatever the outcome.
 * Each part skips, saying why, where its Electron binary is missing (as on the Linux CI machine,
 * where no Electron binary can be downloaded). The GitHub workflow runs both on Windows and macOS.
 */
import { _electron, chromium, expect, test, type Page, type TestInfo } from '@playwright/test';
import { FuseState, FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import yaml from 'js-yaml';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SendCheckApi } from '../shared/ipc-methods.js';
import { API_METHODS } from '../shared/ipc-methods.js';

/** The renderer's global object as the test uses it (this file is type-checked without the DOM). */
type AppWindow = typeof globalThis & {
  sendcheck: SendCheckApi;
  open(url: string): unknown;
  location: { href: string };
};

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const version = (
  JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string }
).version;

/** The value, or a failure saying it was missing (no non-null assertions). */
function must<T>(value: T | null | undefined): T {
  if (value === null || value === undefined) throw new Error('expected a value');
  return value;
}

/**
 * The Electron binary in node_modules/electron, or null. Read as electron's own index.js reads it
 * (path.txt names the executable under dist/), WITHOUT requiring it: since Electron 45, requiring
 * the package downloads a missing binary, and the Linux CI machine must send nothing out. The
 * workflow fetches the binary in a step of its own (npx install-electron).
 */
function electronBinary(): string | null {
  const dir = path.dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  const pathFile = path.join(dir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const bin = path.join(dir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(bin) ? bin : null;
}

/** The packaged app's executable, from SENDCHECK_APP_PATH or electron-builder's release/ folder. */
function packagedApp(): string | null {
  const fromEnv = process.env['SENDCHECK_APP_PATH'];
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : null;
  const rel = path.join(root, 'release');
  const macDir = process.arch === 'arm64' ? 'mac-arm64' : 'mac';
  const candidates = {
    win32: [path.join(rel, 'win-unpacked', 'SendCheck.exe')],
    darwin: [path.join(rel, macDir, 'SendCheck.app', 'Contents', 'MacOS', 'SendCheck')],
    linux: [path.join(rel, 'linux-unpacked', 'sendcheck')],
  }[process.platform as 'win32' | 'darwin' | 'linux'];
  return candidates?.find((c) => existsSync(c)) ?? null;
}

/**
 * Skips the enclosing tests with a reason, or fails the run instead where the app must be there
 * (SENDCHECK_REQUIRE_APP=1, set by the GitHub workflow, so a broken build cannot pass as skipped).
 */
function requireOrSkip(present: boolean, reason: string): void {
  if (!present && process.env['SENDCHECK_REQUIRE_APP'] === '1') {
    throw new Error(`${reason}; SENDCHECK_REQUIRE_APP=1 says it must be there`);
  }
  test.skip(!present, reason);
}

/** The packaged app's userData folder (Electron's default: the app's name under appData). */
function userDataDir(): string {
  const name = 'SendCheck';
  if (process.platform === 'win32')
    return path.join(process.env['APPDATA'] ?? path.join(homedir(), 'AppData', 'Roaming'), name);
  if (process.platform === 'darwin')
    return path.join(homedir(), 'Library', 'Application Support', name);
  return path.join(process.env['XDG_CONFIG_HOME'] ?? path.join(homedir(), '.config'), name);
}

/** Leaves the app's log file (electron/app-log.ts) with the test's results, if there is one. */
async function attachAppLog(testInfo: TestInfo): Promise<void> {
  const log = path.join(userDataDir(), 'logs', 'sendcheck.log');
  if (existsSync(log))
    await testInfo.attach('sendcheck.log', { path: log, contentType: 'text/plain' });
}

/** What every renderer of the app must show, packaged or not. */
async function checkRenderer(page: Page, testInfo: TestInfo): Promise<void> {
  await page.waitForLoadState('domcontentloaded');
  await page.screenshot({ path: testInfo.outputPath('window.png') });
  expect(page.url()).toBe('app://sendcheck/index.html');
  await expect(page).toHaveTitle('SendCheck');

  // Only the bridge; no Node, no Electron, no raw IPC in the page.
  const globals = await page.evaluate(() => ({
    require: typeof (globalThis as { require?: unknown }).require,
    process: typeof (globalThis as { process?: unknown }).process,
    api: Object.keys((globalThis as AppWindow).sendcheck).sort(),
  }));
  expect(globals).toEqual({
    require: 'undefined',
    process: 'undefined',
    api: [...API_METHODS],
  });

  // IPC round trip through the wrapper: an answer, and a clear refusal of a bad request.
  const info = await page.evaluate(() => (globalThis as AppWindow).sendcheck.appInfo());
  expect(info).toMatchObject({ ok: true, value: { version } });
  const bad = await page.evaluate(() =>
    (globalThis as AppWindow).sendcheck.startDiagnosis({ runId: 'not-a-uuid', email: 'x' }),
  );
  expect(bad).toEqual({ ok: false, code: 'bad_request', message: 'runId must be a UUID string' });

  // CSP: the page can reach nothing (a closed loopback port, so no traffic leaves the machine).
  const fetched = await page.evaluate(() =>
    fetch('http://127.0.0.1:9/').then(
      () => 'reached',
      () => 'blocked',
    ),
  );
  expect(fetched).toBe('blocked');

  // No new windows, no navigation away from the app.
  expect(await page.evaluate(() => (globalThis as AppWindow).open('about:blank') === null)).toBe(
    true,
  );
  await page.evaluate(() => {
    (globalThis as AppWindow).location.href = 'http://127.0.0.1:9/';
  });
  await page.waitForTimeout(1000);
  expect(page.url()).toBe('app://sendcheck/index.html');
}

test.describe('unpackaged app through _electron', () => {
  const bin = electronBinary();
  requireOrSkip(
    bin !== null,
    'No Electron binary in node_modules/electron (run npx install-electron; it needs the internet)',
  );
  requireOrSkip(
    existsSync(path.join(root, 'build', 'main', 'main.cjs')) &&
      existsSync(path.join(root, 'build', 'renderer', 'index.html')),
    'App not built: run npm run build:app first',
  );

  test('opens one locked-down window on app://', async () => {
    const testInfo = test.info();
    const app = await _electron.launch({ executablePath: must(bin), args: [root], cwd: root });
    try {
      const page = await app.firstWindow();
      const main = await app.evaluate(({ BrowserWindow, app: electronApp }) => {
        const wins = BrowserWindow.getAllWindows();
        return {
          count: wins.length,
          url: wins[0]?.webContents.getURL(),
          packaged: electronApp.isPackaged,
          // app.enableSandbox() puts this switch on the command line for every renderer.
          sandboxSwitch: electronApp.commandLine.hasSwitch('enable-sandbox'),
        };
      });
      expect(main).toEqual({
        count: 1,
        url: 'app://sendcheck/index.html',
        packaged: false,
        sandboxSwitch: true,
      });
      await checkRenderer(page, testInfo);
    } finally {
      await app.close();
      await attachAppLog(testInfo);
    }
  });
});

/** Starts the packaged app and collects what it prints. */
function start(exe: string, args: string[], env: NodeJS.ProcessEnv = {}) {
  const extra = process.platform === 'linux' ? ['--no-sandbox'] : [];
  const child = spawn(exe, [...extra, ...args], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  return { child, output: () => output };
}

/** Ends a started app and waits until it has gone (the single-instance lock goes with it). */
async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const gone = new Promise((resolve) => child.once('exit', resolve));
  child.kill();
  await gone;
}

async function waitFor(
  output: () => string,
  pattern: RegExp,
  ms: number,
): Promise<RegExpMatchArray | null> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    const m = output().match(pattern);
    if (m) return m;
    await new Promise((r) => setTimeout(r, 200));
  }
  return null;
}

test.describe('packaged app', () => {
  const exe = packagedApp();
  requireOrSkip(
    exe !== null,
    'No packaged app (run npm run dist on Windows or macOS, or set SENDCHECK_APP_PATH)',
  );

  test('starts and shows the locked-down renderer', async () => {
    const testInfo = test.info();
    const app = start(must(exe), ['--remote-debugging-port=0']);
    try {
      const m = await waitFor(app.output, /DevTools listening on (ws:\/\/\S+)/, 30_000);
      expect(m, app.output()).not.toBeNull();
      const browser = await chromium.connectOverCDP(must(m?.[1]));
      const context = must(browser.contexts()[0]);
      const page =
        context.pages().find((p) => p.url().startsWith('app://')) ??
        (await context.waitForEvent('page', { timeout: 30_000 }));
      await checkRenderer(page, testInfo);
      await browser.close();
    } finally {
      await stop(app.child);
      await testInfo.attach('app-output.txt', { body: app.output(), contentType: 'text/plain' });
      await attachAppLog(testInfo);
    }
  });

  test('fuse runAsNode is off: ELECTRON_RUN_AS_NODE does not turn it into Node', async () => {
    const app = start(must(exe), ['-e', 'console.log("RUN_AS_NODE_" + "ACTIVE")'], {
      ELECTRON_RUN_AS_NODE: '1',
    });
    try {
      expect(await waitFor(app.output, /RUN_AS_NODE_ACTIVE/, 8_000)).toBeNull();
    } finally {
      await stop(app.child);
    }
  });

  test('fuse nodeCliInspect is off: --inspect opens no debugger', async () => {
    const app = start(must(exe), ['--inspect=0']);
    try {
      expect(await waitFor(app.output, /Debugger listening/, 8_000)).toBeNull();
    } finally {
      await stop(app.child);
    }
  });

  // A packaged app drops --require from NODE_OPTIONS whatever the fuse says, so trying it proves
  // nothing: the fuses are read from the binary instead, as electron-builder wrote them.
  test('the packed binary’s fuse wire holds every fuse as electron-builder.yml sets it', async () => {
    const config = yaml.load(readFileSync(path.join(root, 'electron-builder.yml'), 'utf8')) as {
      electronFuses: Record<string, boolean>;
    };
    const wire = (await getCurrentFuseWire(must(exe))) as unknown as Record<string, number>;
    const set = Object.entries(config.electronFuses).filter(
      ([key]) => key !== 'resetAdHocDarwinSignature',
    );
    expect(set.length).toBeGreaterThan(5);
    for (const [key, enabled] of set) {
      const index = FuseV1Options[(key.charAt(0).toUpperCase() + key.slice(1)) as 'RunAsNode'];
      expect(typeof index, `@electron/fuses knows ${key}`).toBe('number');
      expect(wire[index], key).toBe(enabled ? FuseState.ENABLE : FuseState.DISABLE);
    }
  });
});
