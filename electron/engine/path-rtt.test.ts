import net from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { pathRoundTrip, provesPath } from './path-rtt.js';

const servers: net.Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise((r) => s.close(r))));
});

/** A loopback port that accepts; `seen` counts the connections and the bytes they carried. */
function listen(seen: { connections: number; bytes: number }): Promise<number> {
  const s = net.createServer((c) => {
    seen.connections++;
    c.on('data', (d: Buffer) => (seen.bytes += d.length));
    c.on('error', () => undefined);
  });
  servers.push(s);
  return new Promise((resolve) =>
    s.listen(0, '127.0.0.1', () => resolve((s.address() as net.AddressInfo).port)),
  );
}

async function closedPort(): Promise<number> {
  const s = net.createServer();
  const port = await new Promise<number>((r) =>
    s.listen(0, '127.0.0.1', () => r((s.address() as net.AddressInfo).port)),
  );
  await new Promise((r) => s.close(r));
  return port;
}

describe('provesPath', () => {
  it('counts an accept and a TCP reset, nothing else', () => {
    expect(provesPath({ outcome: 'open', code: null })).toBe(true);
    expect(provesPath({ outcome: 'refused', code: 'ECONNREFUSED' })).toBe(true);
    // Node's other errors are classed refused too, but they are not the address's own reset.
    expect(provesPath({ outcome: 'refused', code: 'ECONNRESET' })).toBe(false);
    expect(provesPath({ outcome: 'prohibited', code: 'EHOSTUNREACH' })).toBe(false);
    expect(provesPath({ outcome: 'filtered', code: null })).toBe(false);
    expect(provesPath({ outcome: 'local_refused', code: 'EACCES' })).toBe(false);
  });
});

describe('pathRoundTrip (loopback)', () => {
  it('learns the round trip from a port that resets', async () => {
    const ms = await pathRoundTrip('127.0.0.1', new AbortController().signal, 2000, [
      await closedPort(),
    ]);
    expect(ms).not.toBeNull();
    expect(ms).toBeLessThan(500);
  });

  it('learns it from a port that accepts, and sends nothing there', async () => {
    const seen = { connections: 0, bytes: 0 };
    const port = await listen(seen);
    const ms = await pathRoundTrip('127.0.0.1', new AbortController().signal, 2000, [port]);
    expect(ms).not.toBeNull();
    await new Promise((r) => setTimeout(r, 50));
    expect(seen).toEqual({ connections: 1, bytes: 0 });
  });

  it('takes the first answer of several ports', async () => {
    const seen = { connections: 0, bytes: 0 };
    const ports = [await closedPort(), await listen(seen)];
    const ms = await pathRoundTrip('127.0.0.1', new AbortController().signal, 2000, ports);
    expect(ms).not.toBeNull();
  });

  it('gives nothing once the probe it paces is over', async () => {
    const over = new AbortController();
    over.abort();
    const started = performance.now();
    expect(await pathRoundTrip('127.0.0.1', over.signal, 2000, [await closedPort()])).toBeNull();
    expect(performance.now() - started).toBeLessThan(500);
    expect(await pathRoundTrip('127.0.0.1', new AbortController().signal, 2000, [])).toBeNull();
  });
});
