import { describe, expect, it } from 'vitest';
import { isTrustedSender, trustWebContents } from './trusted-senders.js';
import { FakeWebContents, invokeEvent } from '../../test/support/ipc-fakes.js';

const top = { url: 'app://sendcheck/index.html', parent: null };

describe('isTrustedSender', () => {
  it('trusts the top frame of a window the app made, on the app origin', () => {
    const wc = new FakeWebContents();
    trustWebContents(wc.asWebContents());
    expect(isTrustedSender(invokeEvent(wc, top))).toBe(true);
    expect(
      isTrustedSender(invokeEvent(wc, { url: 'app://sendcheck/?step=2#x', parent: null })),
    ).toBe(true);
  });

  it('refuses web contents the app did not make', () => {
    expect(isTrustedSender(invokeEvent(new FakeWebContents(), top))).toBe(false);
  });

  it('refuses a subframe, even on the app origin', () => {
    const wc = new FakeWebContents();
    trustWebContents(wc.asWebContents());
    expect(
      isTrustedSender(invokeEvent(wc, { url: 'app://sendcheck/index.html', parent: top })),
    ).toBe(false);
  });

  it.each([
    'https://attacker.example/',
    'http://localhost:5173/',
    'file:///C:/app/index.html',
    'app://other/index.html',
    'app://sendcheck.attacker.example/',
    'about:blank',
    'devtools://devtools/bundled/inspector.html',
    '',
  ])('refuses a top frame showing %s', (url) => {
    const wc = new FakeWebContents();
    trustWebContents(wc.asWebContents());
    expect(isTrustedSender(invokeEvent(wc, { url, parent: null }))).toBe(false);
  });

  it('refuses a message whose frame is gone', () => {
    const wc = new FakeWebContents();
    trustWebContents(wc.asWebContents());
    expect(isTrustedSender(invokeEvent(wc, null))).toBe(false);
  });

  it('forgets a window once it is destroyed', () => {
    const wc = new FakeWebContents();
    trustWebContents(wc.asWebContents());
    wc.destroy();
    expect(isTrustedSender(invokeEvent(wc, top))).toBe(false);
  });
});
