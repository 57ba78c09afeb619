import { describe, expect, it, vi } from 'vitest';
import type { IpcMainInvokeEvent } from 'electron';
import { createListener, handle, type IpcMainLike } from './handle.js';
import { FakeWebContents, invokeEvent, must } from '../../test/support/ipc-fakes.js';

const trusted = () => true;
const RUN = '3b241101-e2bb-4255-8caf-4136c566a962';

describe('createListener', () => {
  it('checks the sender first, then the payload, then calls the handler with the parsed request', async () => {
    const order: string[] = [];
    const handler = vi.fn(async (req: { runId: string }) => {
      order.push('handler');
      return { ok: true as const, value: { cancelled: req.runId === RUN } };
    });
    const listener = createListener('diagnosis:cancel', handler, {
      isTrusted: () => {
        order.push('sender');
        return true;
      },
    });
    const wc = new FakeWebContents();
    expect(await listener(invokeEvent(wc), { runId: RUN.toUpperCase() })).toEqual({
      ok: true,
      value: { cancelled: true },
    });
    expect(order).toEqual(['sender', 'handler']);
    expect(handler).toHaveBeenCalledWith({ runId: RUN }, { sender: wc });
  });

  it('answers forbidden to an untrusted sender and never calls the handler', async () => {
    const handler = vi.fn();
    const listener = createListener('app:info', handler, { isTrusted: () => false });
    expect(await listener(invokeEvent(new FakeWebContents()), {})).toEqual({
      ok: false,
      code: 'forbidden',
      message: 'sender is not the app window',
    });
    expect(handler).not.toHaveBeenCalled();
  });

  it('refuses positional arguments: one request object per call', async () => {
    const listener = createListener('app:info', vi.fn(), { isTrusted: trusted });
    expect(await listener(invokeEvent(new FakeWebContents()), {}, {})).toMatchObject({
      ok: false,
      code: 'bad_request',
    });
  });

  it('turns anything thrown, even a non-Error, into an internal error', async () => {
    const logs: string[] = [];
    const listener = createListener(
      'app:info',
      async () => {
        throw 'a string';
      },
      { isTrusted: trusted, log: (l) => logs.push(l) },
    );
    expect(await listener(invokeEvent(new FakeWebContents()), {})).toEqual({
      ok: false,
      code: 'internal',
      message: 'internal error',
    });
    expect(logs).toEqual(['[ipc] app:info failed (string)']);
  });

  it('survives a sender check that throws', async () => {
    const listener = createListener('app:info', vi.fn(), {
      isTrusted: () => {
        throw new Error('frame disposed');
      },
      log: () => {},
    });
    expect(await listener({} as IpcMainInvokeEvent, {})).toMatchObject({
      ok: false,
      code: 'internal',
    });
  });

  it('logs only the error name for a channel that carries a secret', async () => {
    const logs: string[] = [];
    const listener = createListener(
      'diagnosis:login-test',
      async (req) => {
        throw new Error(`leaked ${req.password}`);
      },
      { isTrusted: trusted, secret: true, log: (l) => logs.push(l) },
    );
    await listener(invokeEvent(new FakeWebContents()), { runId: RUN, password: 'hunter2-canary' });
    expect(logs).toEqual(['[ipc] diagnosis:login-test failed (Error)']);
  });
});

describe('handle', () => {
  it('registers the wrapped listener under the channel name', async () => {
    const registered = new Map<string, (e: IpcMainInvokeEvent, ...a: unknown[]) => unknown>();
    const ipc: IpcMainLike = { handle: (channel, listener) => registered.set(channel, listener) };
    handle(ipc, 'app:info', async () => ({
      ok: true,
      value: { version: '1', locale: 'en', platform: 'darwin' },
    }));
    expect([...registered.keys()]).toEqual(['app:info']);
    // The default sender check is the real one: a stranger is refused.
    const res = await must(registered.get('app:info'))(invokeEvent(new FakeWebContents()), {});
    expect(res).toMatchObject({ ok: false, code: 'forbidden' });
  });
});
