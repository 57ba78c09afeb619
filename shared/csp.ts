/**
 * The renderer's Content-Security-Policy: its own scripts and styles only, no network, no plugins.
 * In shared/ because two sides send it: the main process as a header (electron/protocol.ts) and
 * the renderer's build as a meta tag (renderer/vite.config.ts).
 */

// connect-src 'none': the renderer talks to nothing but the preload bridge.
const DIRECTIVES = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'none'",
  "media-src 'none'",
  "object-src 'none'",
  "frame-src 'none'",
  "worker-src 'none'",
  "manifest-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
];

/** The policy as a header: sent by the app:// handler and on every response of the session. */
export const CONTENT_SECURITY_POLICY = DIRECTIVES.join('; ');

/** The same policy for renderer/index.html's meta tag; frame-ancestors only works in a header. */
export const CONTENT_SECURITY_POLICY_META = DIRECTIVES.filter(
  (d) => !d.startsWith('frame-ancestors'),
).join('; ');
