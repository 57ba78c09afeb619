/**
 * The app:// protocol: serves the built renderer (build/renderer) to the window, so nothing is ever
 * loaded from file:// or from the network. Only GET/HEAD, only files under the root, with real MIME
 * types and the CSP header on every answer.
 */
import { protocol } from 'electron';
import { readFile, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { APP_HOST, APP_SCHEME } from './app-origin.js';
import { CONTENT_SECURITY_POLICY } from '../shared/csp.js';

const MIME: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
};

/** The Content-Type for a file name; unknown types are served as opaque bytes (and nosniff). */
export function contentTypeFor(file: string): string {
  return MIME[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * Maps an app:// URL to a file under root, or null when the URL is not ours or would leave root.
 * Purely lexical; the handler also checks the real path so a symlink cannot lead out.
 */
export function resolveAppPath(root: string, url: string): string | null {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  if (u.protocol !== `${APP_SCHEME}:` || u.host !== APP_HOST || u.username || u.password)
    return null;
  let rel: string;
  try {
    rel = decodeURIComponent(u.pathname);
  } catch {
    return null; // malformed percent-encoding
  }
  // Backslashes are separators on Windows and NUL ends strings in the OS: neither belongs in a URL path.
  if (rel.includes('\\') || rel.includes('\0')) return null;
  if (rel === '/' || rel === '') rel = '/index.html';
  const segments = rel.split('/').filter((s) => s !== '' && s !== '.');
  if (segments.some((s) => s === '..' || /^[a-zA-Z]:$/.test(s))) return null;
  const base = path.resolve(root);
  const full = path.resolve(base, ...segments);
  const back = path.relative(base, full);
  if (back === '' || back.startsWith('..') || path.isAbsolute(back)) return null;
  return full;
}

function answer(status: number, body: Uint8Array | null, type: string): Response {
  return new Response(body, {
    status,
    headers: {
      'content-type': type,
      'content-security-policy': CONTENT_SECURITY_POLICY,
      'x-content-type-options': 'nosniff',
      'cache-control': 'no-cache',
    },
  });
}

/** True when real lies inside realRoot (both already resolved through symlinks). */
function inside(realRoot: string, real: string): boolean {
  const back = path.relative(realRoot, real);
  return back !== '' && !back.startsWith('..') && !path.isAbsolute(back);
}

/** The request handler for app://, serving files under root. */
export function createAppProtocolHandler(root: string): (request: Request) => Promise<Response> {
  let realRoot: Promise<string> | null = null;
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return answer(405, null, 'text/plain; charset=utf-8');
    }
    const file = resolveAppPath(root, request.url);
    if (file === null) return answer(404, null, 'text/plain; charset=utf-8');
    try {
      realRoot ??= realpath(path.resolve(root));
      const [base, real] = await Promise.all([realRoot, realpath(file)]);
      if (!inside(base, real) || !(await stat(real)).isFile()) {
        return answer(404, null, 'text/plain; charset=utf-8');
      }
      const body = await readFile(real);
      return answer(
        200,
        request.method === 'HEAD' ? null : new Uint8Array(body),
        contentTypeFor(file),
      );
    } catch {
      // Missing or unreadable: the same 404, without the path (the renderer need not learn it).
      return answer(404, null, 'text/plain; charset=utf-8');
    }
  };
}

/**
 * Registers app:// as a standard, secure scheme. Must run before the app is ready: Electron only
 * accepts privileged schemes then.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/** Serves the renderer at app://sendcheck/ from root (build/renderer inside the app). */
export function setupAppProtocol(root: string): void {
  protocol.handle(APP_SCHEME, createAppProtocolHandler(root));
}
