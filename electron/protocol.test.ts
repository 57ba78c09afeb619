import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { mkdir, rm, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { makeTempDirAsync } from '../test/support/temp-dir.js';

const electron = vi.hoisted(() => ({
  protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
}));
vi.mock('electron', () => electron);

const {
  contentTypeFor,
  createAppProtocolHandler,
  registerAppScheme,
  resolveAppPath,
  setupAppProtocol,
} = await import('./protocol.js');
const { CONTENT_SECURITY_POLICY } = await import('../shared/csp.js');

let dir: string;
let root: string;

beforeAll(async () => {
  dir = await makeTempDirAsync('sendcheck-protocol-');
  root = path.join(dir, 'renderer');
  await mkdir(path.join(root, 'assets'), { recursive: true });
  await writeFile(path.join(root, 'index.html'), '<!doctype html><title>SendCheck</title>');
  await writeFile(path.join(root, 'assets', 'app-1234.js'), 'console.log(1)');
  await writeFile(path.join(root, 'assets', 'app-1234.css'), 'body{}');
  await writeFile(path.join(root, 'assets', 'logo.svg'), '<svg/>');
  await writeFile(path.join(root, 'assets', 'data.bin'), 'x');
  await writeFile(path.join(dir, 'secret.txt'), 'top secret');
  try {
    await symlink(path.join(dir, 'secret.txt'), path.join(root, 'assets', 'link.txt'));
  } catch {
    // Windows without the symlink privilege: the symlink case is then covered on the other runners.
  }
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const get = (url: string, method = 'GET') =>
  createAppProtocolHandler(root)(new Request(url, { method }));

describe('resolveAppPath', () => {
  it('maps the root and files under it', () => {
    expect(resolveAppPath(root, 'app://sendcheck/')).toBe(path.join(root, 'index.html'));
    expect(resolveAppPath(root, 'app://sendcheck/assets/app-1234.js?v=1#x')).toBe(
      path.join(root, 'assets', 'app-1234.js'),
    );
  });

  it.each([
    'app://sendcheck/..%2f..%2fsecret.txt',
    'app://sendcheck/..%2F..%2Fsecret.txt',
    'app://sendcheck/assets/..%2f..%2f..%2fsecret.txt',
    'app://sendcheck/%2e%2e/secret.txt',
    'app://sendcheck/..%5c..%5csecret.txt',
    'app://sendcheck/assets%5c..%5c..%5csecret.txt',
    'app://sendcheck/C:%2fWindows%2fwin.ini',
    'app://sendcheck/%00index.html',
    'app://sendcheck/%E0%A4%A',
    'app://other/index.html',
    'app://user:pw@sendcheck/index.html',
    'file:///etc/passwd',
    'https://sendcheck/index.html',
    'not a url',
  ])('refuses %s', (url) => {
    const resolved = resolveAppPath(root, url);
    if (resolved !== null) {
      // The WHATWG parser folds some of these into harmless paths; they must still stay under root.
      expect(path.relative(root, resolved).startsWith('..')).toBe(false);
      expect(resolved).not.toBe(path.join(dir, 'secret.txt'));
    }
  });

  it('refuses encoded parent segments outright', () => {
    expect(resolveAppPath(root, 'app://sendcheck/..%2f..%2fsecret.txt')).toBeNull();
    expect(resolveAppPath(root, 'app://sendcheck/..%5csecret.txt')).toBeNull();
    expect(resolveAppPath(root, 'app://sendcheck/%00')).toBeNull();
    expect(resolveAppPath(root, 'app://other/index.html')).toBeNull();
  });
});

describe('contentTypeFor', () => {
  it.each([
    ['index.html', 'text/html; charset=utf-8'],
    ['a.js', 'text/javascript; charset=utf-8'],
    ['a.MJS', 'text/javascript; charset=utf-8'],
    ['a.css', 'text/css; charset=utf-8'],
    ['a.svg', 'image/svg+xml'],
    ['a.png', 'image/png'],
    ['a.woff2', 'font/woff2'],
    ['a.json', 'application/json; charset=utf-8'],
    ['noext', 'application/octet-stream'],
  ])('%s -> %s', (file, type) => {
    expect(contentTypeFor(file)).toBe(type);
  });
});

describe('the app:// handler', () => {
  it('serves index.html with its MIME type, the CSP and nosniff', async () => {
    const res = await get('app://sendcheck/index.html');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await res.text()).toContain('<title>SendCheck</title>');
  });

  it('serves the root as index.html, and scripts, styles and images', async () => {
    expect((await get('app://sendcheck/')).status).toBe(200);
    const js = await get('app://sendcheck/assets/app-1234.js');
    expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await js.text()).toBe('console.log(1)');
    expect((await get('app://sendcheck/assets/app-1234.css')).headers.get('content-type')).toMatch(
      /^text\/css/,
    );
    expect((await get('app://sendcheck/assets/logo.svg')).headers.get('content-type')).toBe(
      'image/svg+xml',
    );
    expect((await get('app://sendcheck/assets/data.bin')).headers.get('content-type')).toBe(
      'application/octet-stream',
    );
  });

  it('answers HEAD without a body', async () => {
    const res = await get('app://sendcheck/index.html', 'HEAD');
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('');
  });

  it('refuses other methods', async () => {
    expect((await get('app://sendcheck/index.html', 'POST')).status).toBe(405);
  });

  it.each([
    'app://sendcheck/missing.js',
    'app://sendcheck/assets',
    'app://sendcheck/..%2fsecret.txt',
    'app://sendcheck/assets/..%2f..%2fsecret.txt',
    'app://sendcheck/..%5csecret.txt',
    'app://sendcheck/assets/link.txt',
    'app://elsewhere/index.html',
  ])('answers 404 for %s and never the secret', async (url) => {
    const res = await get(url);
    expect(res.status).toBe(404);
    expect(await res.text()).not.toContain('top secret');
  });
});

describe('registration', () => {
  it('registers app:// as standard and secure, then handles it', () => {
    registerAppScheme();
    expect(electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
    setupAppProtocol(root);
    expect(electron.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
  });
});
