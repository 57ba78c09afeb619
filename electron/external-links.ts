/**
 * The one way a URL leaves the app for the system browser: https only, parsed, no credentials.
 * shell.openExternal hands a URL to the OS, which may start any registered program for its scheme,
 * so nothing else may call it (checklist item 15).
 */
import { shell } from 'electron';

const MAX_URL_LENGTH = 2048;

/** True for a well-formed https URL with a host and no user name or password in it. */
export function isSafeExternalUrl(url: unknown): url is string {
  if (typeof url !== 'string' || url.length > MAX_URL_LENGTH) return false;
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  return u.protocol === 'https:' && u.hostname !== '' && u.username === '' && u.password === '';
}

/** Opens an https URL in the system browser; refuses anything else. Resolves to whether it opened. */
export async function openExternalSafe(url: unknown): Promise<boolean> {
  if (!isSafeExternalUrl(url)) return false;
  try {
    // The parsed form, so what the OS gets is exactly what was checked.
    await shell.openExternal(new URL(url).href);
    return true;
  } catch {
    return false;
  }
}
