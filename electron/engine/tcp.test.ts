import net from 'node:net';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { classifyConnectError, connectTcp } from './tcp.js';
import { fixedDeadline } from './deadline.js';

const servers: net.Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise((r) => s.close(r))));
});

function listen(): Promise<number> {
  const s = net.createServer((c) => c.destroy());
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

describe('connectTcp (loopback)', () => {
  it('reports open with the socket handed over', async () => {
    const port = await listen();
    const r = await connectTcp({ ip: '127.0.0.1', port, deadline: fixedDeadline(2000) });
    expect(r.outcome).toBe('open');
    expect(r.socket).not.toBeNull();
    r.socket?.destroy();
  });
  it('reports refused on a closed port, fast', async () => {
    const r = await connectTcp({
      ip: '127.0.0.1',
      port: await closedPort(),
      deadline: fixedDeadline(2000),
    });
    expect(r.outcome).toBe('refused');
    expect(r.code).toBe('ECONNREFUSED');
    expect(r.ms).toBeLessThan(500);
    expect(r.socket).toBeNull();
  });
  it('stops at once when aborted, and before starting when already aborted', async () => {
    const pre = AbortSignal.abort();
    expect(
      (await connectTcp({ ip: '127.0.0.1', port: 9, deadline: fixedDeadline(2000), signal: pre }))
        .outcome,
    ).toBe('aborted');
  });
  it('leaves no timer or socket behind', async () => {
    const before = process
      .getActiveResourcesInfo()
      .filter((x) => x === 'Timeout' || x === 'TCPSocketWrap').length;
    await connectTcp({ ip: '127.0.0.1', port: await closedPort(), deadline: fixedDeadline(5000) });
    await new Promise((r) => setImmediate(r));
    const after = process
      .getActiveResourcesInfo()
      .filter((x) => x === 'Timeout' || x === 'TCPSocketWrap').length;
    expect(after).toBeLessThanOrEqual(before);
  });
});

describe('connectTcp with two connects at once (loopback)', () => {
  const sockets = (): number =>
    process.getActiveResourcesInfo().filter((x) => x === 'TCPSocketWrap').length;

  it('keeps the first connect that completes and closes the other', async () => {
    const seen: net.Socket[] = [];
    const closed: net.Socket[] = [];
    const s = net.createServer((c) => {
      seen.push(c);
      c.on('close', () => closed.push(c));
      c.on('error', () => undefined);
    });
    servers.push(s);
    const port = await new Promise<number>((resolve) =>
      s.listen(0, '127.0.0.1', () => resolve((s.address() as net.AddressInfo).port)),
    );
    const r = await connectTcp({
      ip: '127.0.0.1',
      port,
      deadline: fixedDeadline(2000),
      attempts: 2,
    });
    expect(r.outcome).toBe('open');
    expect(r.socket?.destroyed).toBe(false);
    await vi.waitFor(() => expect(seen).toHaveLength(2));
    await vi.waitFor(() => expect(closed).toHaveLength(1));
    const kept = seen.find((c) => !closed.includes(c));
    expect(kept?.remotePort).toBe(r.socket?.localPort);
    r.socket?.destroy();
    for (const c of seen) c.destroy();
  });

  it('reports a refusal once and leaves no socket behind', async () => {
    const port = await closedPort();
    await vi.waitFor(() => expect(sockets()).toBe(0));
    const before = sockets();
    const r = await connectTcp({
      ip: '127.0.0.1',
      port,
      deadline: fixedDeadline(2000),
      attempts: 2,
    });
    expect(r.outcome).toBe('refused');
    expect(r.socket).toBeNull();
    await vi.waitFor(() => expect(sockets()).toBeLessThanOrEqual(before));
  });
});

describe('classifyConnectError', () => {
  it('maps errors to the spec outcomes', () => {
    expect(classifyConnectError('ECONNREFUSED', 3)).toBe('refused');
    expect(classifyConnectError('EHOSTUNREACH', 40)).toBe('prohibited');
    expect(classifyConnectError('ENETUNREACH', 0.2)).toBe('no_route');
    expect(classifyConnectError('ENETUNREACH', 80)).toBe('prohibited');
    expect(classifyConnectError('EADDRNOTAVAIL', 0)).toBe('no_route');
    expect(classifyConnectError('EACCES', 0)).toBe('local_refused');
    expect(classifyConnectError('EPERM', 0)).toBe('local_refused');
    expect(classifyConnectError('EACCES', 0, true)).toBe('local_refused');
    // Linux's EACCES for an ICMPv6 "administratively prohibited" that came back from the network.
    expect(classifyConnectError('EACCES', 12, false)).toBe('prohibited');
  });
});
