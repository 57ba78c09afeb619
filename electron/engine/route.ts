/** Does this computer have a route toward an address at all? Asked of the kernel without sending a packet. */
import dgram from 'node:dgram';
import net from 'node:net';
import { performance } from 'node:perf_hooks';

/** The kernel's answer for one address. */
export interface RouteCheck {
  ip: string;
  hasRoute: boolean;
  code: string | null;
  ms: number;
}

/**
 * Connecting a UDP socket makes the kernel choose a route and a source address but sends nothing,
 * so "no network at all" (no interface, no default route) shows up at once as ENETUNREACH.
 */
export function checkRoute(ip: string, port = 53): Promise<RouteCheck> {
  const startedAt = performance.now();
  return new Promise((resolve) => {
    const socket = dgram.createSocket(net.isIPv6(ip) ? 'udp6' : 'udp4');
    const done = (hasRoute: boolean, code: string | null): void => {
      socket.removeAllListeners();
      socket.on('error', () => undefined);
      try {
        socket.close();
      } catch {
        // already closed
      }
      resolve({ ip, hasRoute, code, ms: performance.now() - startedAt });
    };
    socket.once('error', (err: NodeJS.ErrnoException) => done(false, err.code ?? null));
    try {
      socket.connect(port, ip, () => {
        // Node may call back even when the kernel refused the connect: only a remote address proves it.
        try {
          socket.remoteAddress();
          done(true, null);
        } catch {
          done(false, 'ENETUNREACH');
        }
      });
    } catch (err) {
      done(false, (err as NodeJS.ErrnoException).code ?? null);
    }
  });
}
