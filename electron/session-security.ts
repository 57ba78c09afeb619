/**
 * The session's own guards: permission requests and checks denied, no device access, no screen
 * capture, no downloads, and no request to the network. (The CSP comes with every app:// answer,
 * from protocol.ts: app:// is the only thing the window loads.)
 */
import type { Session, Streams } from 'electron';
import { isAppUrl } from './app-origin.js';

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

/**
 * Refuses a screen capture. Electron 45 (ElectronBrowserContext::DisplayMediaDeviceChosen) reads
 * null as "no streams"; an empty object throws "Video was requested, but no video stream was
 * provided".
 */
export function denyDisplayMedia(_request: unknown, callback: (streams: Streams) => void): void {
  // Typed as Streams only, but null is how Electron's own code path denies.
  (callback as (streams: Streams | null) => void)(null);
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
  ses.setDisplayMediaRequestHandler(denyDisplayMedia);
  // webRequest sees network requests only (http, https, ws, wss): Electron 45 proxies the network
  // URL loader factories (WillCreateURLLoaderFactory), while app:// (protocol.handle), data: and
  // devtools:// come from non-network loaders it never sees. The app needs nothing from the
  // network, so every request that reaches this handler is cancelled.
  ses.webRequest.onBeforeRequest((_details, callback) => callback({ cancel: true }));
  ses.on('will-download', (event) => event.preventDefault());
}
