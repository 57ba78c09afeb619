import { describe, expect, it } from 'vitest';
import type { PublishedSettings } from '../../shared/published-settings.js';
import { decodeReferenceCode, referenceCodeFor } from '../../shared/reference-code.js';
import { FakeWebContents, invokeEvent } from '../../test/support/ipc-fakes.js';
import { REPORTS } from '../../test/fixtures/renderer/reports.js';
import { createListener } from './handle.js';
import { createStaffHandlers } from './staff-handlers.js';
import { trustWebContents } from './trusted-senders.js';

/** The staff channels through the real wrapper, called from a trusted window. */
function setup() {
  const h = createStaffHandlers(() => '0.1.0');
  const wc = new FakeWebContents();
  trustWebContents(wc.asWebContents());
  const call = async (channel: keyof typeof h, payload: unknown): Promise<unknown> =>
    createListener(channel, h[channel] as never, {})(invokeEvent(wc), payload);
  return { call };
}

describe('code:encode and code:decode', () => {
  it('encodes a report and decodes the typed code, typos included', async () => {
    const { call } = setup();
    const enc = (await call('code:encode', { report: REPORTS.port25_blocked })) as {
      ok: true;
      value: { code: string };
    };
    expect(enc.value.code).toBe(referenceCodeFor(REPORTS.port25_blocked, '0.1.0'));
    const typed = enc.value.code.toLowerCase().replaceAll('-', ' ');
    expect(await call('code:decode', { code: typed })).toEqual({
      ok: true,
      value: {
        ...decodeReferenceCode(enc.value.code),
        steps: REPORTS.port25_blocked.verdict.actions,
      },
    });
    const typo = `${enc.value.code.slice(0, -1)}${enc.value.code.endsWith('0') ? '1' : '0'}`;
    const refused = (await call('code:decode', { code: typo })) as { value: object };
    expect(refused).toMatchObject({ ok: true, value: { ok: false, error: 'check_failed' } });
    expect(refused.value).not.toHaveProperty('steps');
    expect(await call('code:decode', { code: 'x'.repeat(500) })).toMatchObject({
      ok: false,
      code: 'bad_request',
    });
  });
});

describe('provider:lookup', () => {
  it('finds a provider by a parent domain, fills in the address, probes nothing', async () => {
    const { call } = setup();
    const res = (await call('provider:lookup', { email: 'taro@bird.ocn.ne.jp' })) as {
      ok: true;
      value: PublishedSettings;
    };
    expect(res.value).toMatchObject({
      match: 'parent',
      matchedDomain: 'ocn.ne.jp',
      checked: false,
    });
    expect(res.value.outgoing[0]?.host).toBe('smtp.ocn.ne.jp');
    expect(await call('provider:lookup', { email: 'taro@unknown-provider.example' })).toMatchObject(
      {
        ok: true,
        value: { provider: null, outgoing: [] },
      },
    );
    expect(await call('provider:lookup', { email: 'no-at-sign' })).toMatchObject({
      ok: false,
      code: 'bad_request',
    });
  });
});
