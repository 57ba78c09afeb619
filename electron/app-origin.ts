/** Where the renderer lives: the app's own scheme and host, never file:// and never a remote URL. */

/** The custom scheme the renderer is served from (registered as standard and secure). */
export const APP_SCHEME = 'app';
/** The one host under that scheme. */
export const APP_HOST = 'sendcheck';
/** The renderer's origin, as URL.origin spells it for a standard scheme. */
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
/** The page the window loads. */
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/** True when a URL string belongs to the app's own origin (parsed, never compared by prefix). */
export function isAppUrl(url: string): boolean {
  try {
    const u = new URL(url);
    return (
      u.protocol === `${APP_SCHEME}:` &&
      u.host === APP_HOST &&
      u.username === '' &&
      u.password === ''
    );
  } catch {
    return false;
  }
}
