import { describe, expect, it, vi } from 'vitest';
import type { Session } from 'electron';
import { CONTENT_SECURITY_POLICY } from './csp.js';
import {
  isPermissionAllowed,
  isRequestAllowed,
  setupSessionSecurity,
  withCsp,
} from './session-security.js';

/** A session that records the handlers it is given. */
function fakeSession() {
  const h: Record<string, (...args: never[]) => unknown> = {};
  const events: Record<string, (...args: never[]) => unknown> = {};
  const ses = {
    setPermissionRequestHandler: (fn: never) => (h['request'] = fn),
    setPermissionCheckHandler: (fn: never) => (h['check'] = fn),
    setDevicePermissionHandler: (fn: never) => (h['device'] = fn),
    setDisplayMediaRequestHandler: (fn: never) => (h['display'] = fn),
    webRequest: {
      onBeforeRequest: (fn: never) => (h['before'] = fn),
      onHeadersReceived: (fn: never) => (h['headers'] = fn),
    },
    on: (name: string, fn: never) => (events[name] = fn),
  };
  setupSessionSecurity(ses as unknown as Session);
  // Each handler is called with the argument shapes Electron uses.
  const call = (name: string, ...args: unknown[]) =>
    (h[name] as (...a: unknown[]) => unknown)(...args);
  return { call, events };
}

const PERMISSIONS = [
  'clipboard-read',
  'display-capture',
  'fullscreen',
  'geolocation',
  'idle-detection',
  'media',
  'mediaKeySystem',
  'midi',
  'midiSysex',
  'notifications',
  'pointerLock',
  'keyboardLock',
  'openExternal',
  'speaker-selection',
  'storage-access',
  'top-level-storage-access',
  'window-management',
  'unknown',
  'fileSystem',
  'hid',
  'serial',
  'usb',
];

describe('permission requests', () => {
  it.each(PERMISSIONS)('denies %s, even to the app', (permission) => {
    const { call } = fakeSession();
    const callback = vi.fn();
    call('request', {}, permission, callback, { requestingUrl: 'app://sendcheck/index.html' });
    expect(callback).toHaveBeenCalledWith(false);
    expect(call('check', null, permission, 'app://sendcheck', {})).toBe(false);
  });

  it('allows writing text to the clipboard for the app page only (the copy buttons)', () => {
    const { call } = fakeSession();
    const callback = vi.fn();
    call('request', {}, 'clipboard-sanitized-write', callback, {
      requestingUrl: 'app://sendcheck/index.html',
    });
    expect(callback).toHaveBeenCalledWith(true);
    expect(call('check', null, 'clipboard-sanitized-write', 'app://sendcheck', {})).toBe(true);
    expect(isPermissionAllowed('clipboard-sanitized-write', 'https://attacker.example/')).toBe(
      false,
    );
    expect(isPermissionAllowed('clipboard-sanitized-write', undefined)).toBe(false);
  });

  it('denies device access and screen capture', () => {
    const { call } = fakeSession();
    expect(call('device', { deviceType: 'usb', origin: 'app://sendcheck' })).toBe(false);
    const callback = vi.fn();
    call('display', {}, callback);
    expect(callback).toHaveBeenCalledWith({});
  });

  it('refuses downloads', () => {
    const { events } = fakeSession();
    const event = { preventDefault: vi.fn() };
    (events['will-download'] as (e: unknown) => void)(event);
    expect(event.preventDefault).toHaveBeenCalled();
  });
});

describe('requests', () => {
  it.each([
    ['app://sendcheck/index.html', true],
    ['app://sendcheck/assets/a.js', true],
    ['data:image/png;base64,AAAA', true],
    ['devtools://devtools/bundled/inspector.html', true],
    ['https://example.jp/tracker.js', false],
    ['http://127.0.0.1:5173/', false],
    ['ws://127.0.0.1:1/', false],
    ['file:///etc/passwd', false],
    ['app://other/x.js', false],
  ])('%s allowed: %s', (url, allowed) => {
    expect(isRequestAllowed(url)).toBe(allowed);
    const { call } = fakeSession();
    const callback = vi.fn();
    call('before', { url }, callback);
    expect(callback).toHaveBeenCalledWith({ cancel: !allowed });
  });
});

describe('CSP header', () => {
  it('replaces any policy on every response with ours', () => {
    expect(
      withCsp({ 'content-security-policy': ['default-src *'], 'Content-Type': 'text/html' }),
    ).toEqual({
      'Content-Type': ['text/html'],
      'Content-Security-Policy': [CONTENT_SECURITY_POLICY],
    });
    const { call } = fakeSession();
    const callback = vi.fn();
    call('headers', { responseHeaders: undefined }, callback);
    expect(callback).toHaveBeenCalledWith({
      responseHeaders: { 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] },
    });
  });

  it('is strict: nothing but the app’s own scripts and styles, no network', () => {
    const d = Object.fromEntries(
      CONTENT_SECURITY_POLICY.split('; ').map((x) => {
        const [name, ...values] = x.split(' ');
        return [name, values.join(' ')];
      }),
    );
    expect(d['default-src']).toBe("'none'");
    expect(d['script-src']).toBe("'self'");
    expect(d['style-src']).toBe("'self'");
    expect(d['connect-src']).toBe("'none'");
    expect(d['object-src']).toBe("'none'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-|\*|https?:/);
  });
});
