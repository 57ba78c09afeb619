/**
 * The session's own guards: permission requests and checks denied, no device access, no
 * downloads, no request that leaves the app, and the CSP on every response.
 */
import type { Session } from 'electron';
import { isAppUrl } from './app-origin.js';
import { CONTENT_SECURITY_POLICY } from './csp.js';

// Copy buttons on the settings card write plain text with navigator.clipboard.writeText, which
// Chromium gates behind this permission; reading the clipboard stays denied.
const ALLOWED_PERMISSIONS: ReadonlySet<string> = new Set(['clipboard-sanitized-write']);

/** True only for the permissions the app needs, asked for by the app's own page. */
export function isPermissionAllowed(
  permission: string,
  requestingUrl: string | undefined,
): boolean {
  return (
    ALLOWED_PERMISSIONS.has(permission) && requestingUrl !== undefined && isAppUrl(requestingUrl)
  );
}

/** True for the requests the renderer may make: its own files, inline data images, devtools. */
export function isRequestAllowed(url: string): boolean {
  if (isAppUrl(url)) return true;
  return url.startsWith('data:') || url.startsWith('devtools:');
}

type ResponseHeaders = Record<string, string | string[]> | undefined;

/** The response headers with our CSP replacing whatever policy came before. */
export function withCsp(headers: ResponseHeaders): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    if (name.toLowerCase() === 'content-security-policy') continue;
    out[name] = Array.isArray(value) ? value : [value];
  }
  out['Content-Security-Policy'] = [CONTENT_SECURITY_POLICY];
  return out;
}

/** Installs every guard on a session (the default one: the app uses no other). */
export function setupSessionSecurity(ses: Session): void {
  ses.setPermissionRequestHandler((_contents, permission, callback, details) => {
    callback(isPermissionAllowed(permission, details.requestingUrl));
  });
  ses.setPermissionCheckHandler((_contents, permission, requestingOrigin) =>
    isPermissionAllowed(permission, requestingOrigin),
  );
  ses.setDevicePermissionHandler(() => false);
  // Answering without a stream refuses screen capture.
  ses.setDisplayMediaRequestHandler((_request, callback) => callback({}));
  ses.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isRequestAllowed(details.url) });
  });
  ses.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: withCsp(details.responseHeaders) });
  });
  ses.on('will-download', (event) => event.preventDefault());
}
