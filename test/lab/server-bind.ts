/** Binds a lab server's socket, waiting out the listener it replaces. */
import type { Server } from 'node:net';

/** Listens on address:port; retries while the port is still being released (a knob change). */
export function bindServer(server: Server, address: string, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    let attempts = 0;
    const tryListen = (): void => {
      server.once('error', (err: NodeJS.ErrnoException) => {
        // The listener this one replaces may still be releasing the port for a moment.
        if (err.code === 'EADDRINUSE' && attempts++ < 50) setTimeout(tryListen, 20);
        else reject(err);
      });
      server.listen(port, address, () => {
        server.removeAllListeners('error');
        server.on('error', (e) => process.stderr.write(`listener ${address}: ${String(e)}\n`));
        resolve();
      });
    };
    tryListen();
  });
}
