import { describe, expect, it, vi } from 'vitest';
import type { Session } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../shared/csp.js';
import { isPermissionAllowed, setupSessionSecurity } from './session-security.js';

/** A session that records the handlers it is given. */
function fakeSession() {
  const h: Record<string, (...args: never[]) => unknown> = {};
  const events: Record<string, (...args: never[]) => unknown> = {};
  const installed: string[] = [];
  const ses = {
    setPermissionRequestHandler: (fn: never) => (h['request'] = fn),
    setPermissionCheckHandler: (fn: never) => (h['check'] = fn),
    setDevicePermissionHandler: (fn: never) => (h['device'] = fn),
    setDisplayMediaRequestHandler: (fn: never) => (h['display'] = fn),
    webRequest: {
      onBeforeRequest: (fn: never) => {
        installed.push('onBeforeRequest');
        h['before'] = fn;
      },
      onHeadersReceived: (fn: never) => {
        installed.push('onHeadersReceived');
        h['headers'] = fn;
      },
    },
    on: (name: string, fn: never) => (events[name] = fn),
  };
  setupSessionSecurity(ses as unknown as Session);
  // Each handler is called with the argument shapes Electron uses.
  const call = (name: string, ...args: unknown[]) =>
    (h[name] as (...a: unknown[]) => unknown)(...args);
  return { call, events, installed };
}

/**
 * The callback Electron 45 hands a display-media handler, after ElectronBrowserContext::
 * DisplayMediaDeviceChosen: null or undefined denies; an object must carry the video stream that
 * getDisplayMedia always requests, or the callback throws.
 */
function electronDisplayMediaCallback() {
  const outcome: { result?: 'denied' | 'granted' } = {};
  const callback = (streams: unknown) => {
    if (streams === null || streams === undefined) {
      outcome.result = 'denied';
      return;
    }
    if (typeof streams !== 'object')
      throw new TypeError(
        'Display Media Request streams callback must be called with null or a valid object',
      );
    if (!('video' in streams))
      throw new TypeError('Video was requested, but no video stream was provided');
    outcome.result = 'granted';
  };
  return { callback, outcome };
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
    const { callback, outcome } = electronDisplayMediaCallback();
    expect(() =>
      call('display', { videoRequested: true, audioRequested: false }, callback),
    ).not.toThrow();
    expect(outcome.result).toBe('denied');
  });

  it('refuses downloads', () => {
    const { events } = fakeSession();
    const event = { preventDefault: vi.fn() };
    (events['will-download'] as (e: unknown) => void)(event);
    expect(event.preventDefault).toHaveBeenCalled();
  });
});

describe('requests', () => {
  // Electron 45's webRequest only sees network requests; whatever reaches it is cancelled, so no
  // allow-list can rot into a way out.
  it.each([
    'https://example.jp/tracker.js',
    'http://127.0.0.1:5173/',
    'ws://127.0.0.1:1/',
    'wss://example.jp/socket',
    'file:///etc/passwd',
    'app://sendcheck/index.html',
    'data:image/png;base64,AAAA',
    'devtools://devtools/bundled/inspector.html',
  ])('cancels %s', (url) => {
    const { call } = fakeSession();
    const callback = vi.fn();
    call('before', { url }, callback);
    expect(callback).toHaveBeenCalledWith({ cancel: true });
  });

  it('rewrites no response headers: the only pages it loads are app://, whose handler sets the CSP', () => {
    expect(fakeSession().installed).toEqual(['onBeforeRequest']);
  });
});

describe('CSP', () => {
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
