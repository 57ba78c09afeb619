/**
 * The round trip to an address learned from its other ports: a port that accepts, or answers with
 * a TCP reset, proves the path to that very address and how long it takes, while the port being
 * judged (25 behind OP25B) may stay silent. An ICMP answer comes from a router on the way, not from
 * the address, and counts for nothing; so does silence.
 */
import { fixedDeadline } from './deadline.js';
import { connectTcp, type TcpConnectResult } from './tcp.js';

/** Ports asked at once: the web's and the submission ports, which a mail host's address often answers. */
export const PATH_PORTS: readonly number[] = [443, 587, 465];

/** True when the address itself answered: an accept, or a reset (and nothing else Node calls refused). */
export function provesPath(r: Pick<TcpConnectResult, 'outcome' | 'code'>): boolean {
  return r.outcome === 'open' || (r.outcome === 'refused' && r.code === 'ECONNREFUSED');
}

/**
 * Connects to `ports` of `ip` at once and returns the round trip of the first that proves the path,
 * or null when none did before `capMs` or `signal`. Every socket is closed at once: nothing is sent.
 */
export function pathRoundTrip(
  ip: string,
  signal: AbortSignal,
  capMs: number,
  ports: readonly number[] = PATH_PORTS,
): Promise<number | null> {
  const stop = new AbortController();
  const onAbort = (): void => stop.abort();
  signal.addEventListener('abort', onAbort, { once: true });
  if (signal.aborted) stop.abort();
  const deadline = fixedDeadline(capMs);
  return new Promise((resolve) => {
    let pending = ports.length;
    let found: number | null = null;
    const settle = (): void => {
      signal.removeEventListener('abort', onAbort);
      resolve(found);
    };
    if (pending === 0) settle();
    for (const port of ports) {
      void connectTcp({ ip, port, deadline, signal: stop.signal }).then((r) => {
        r.socket?.destroy();
        if (found === null && provesPath(r)) {
          found = r.ms;
          // The first answer is enough: the others are given up (their sockets closed).
          stop.abort();
        }
        if (--pending === 0) settle();
      });
    }
  });
}
