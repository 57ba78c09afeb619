/**
 * The lab's simulated internet servers, all in one process inside sclab-net:
 *   node --import tsx test/lab/lab-servers.ts CONFIG.json
 * Prints READY once bound, then takes ApplyMessage lines on stdin; exits when stdin closes.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { CertStore } from './server-certs.js';
import { ip6Of } from './topology.js';
import { startListener, type Listener } from './server-listeners.js';
import {
  READY_LINE,
  type ApplyMessage,
  type KnobMap,
  type ServersConfig,
} from './servers-protocol.js';

interface Bound {
  signature: string;
  listener: Listener;
}

const configPath = process.argv[2];
if (!configPath) {
  process.stderr.write('usage: lab-servers.ts CONFIG.json\n');
  process.exit(2);
}
const config = JSON.parse(readFileSync(configPath, 'utf8')) as ServersConfig;
const certs = new CertStore();
const bound = new Map<string, Bound>();

async function applyKnobs(knobs: KnobMap): Promise<void> {
  const work: Promise<void>[] = [];
  for (const server of config.servers) {
    const k = knobs[server.id] ?? {};
    for (const [address, port] of server.ports.flatMap((p) =>
      [server.ip, ip6Of(server.ip)].map((a) => [a, p] as const),
    )) {
      const variant = k.cert ?? port.cert ?? 'valid';
      const key = `[${address}]:${port.port}`;
      const down = k.down === true || (Array.isArray(k.down) && k.down.includes(port.port));
      const starttls = k.starttls ?? true;
      const greetingCode = k.greetingCode ?? 220;
      const clockAheadMs = (k.clockAheadDays ?? 0) * 24 * 60 * 60 * 1000;
      const signature = down
        ? 'down'
        : JSON.stringify([variant, starttls, greetingCode, clockAheadMs]);
      const current = bound.get(key);
      if (current?.signature === signature) continue;
      current?.listener.close();
      bound.delete(key);
      if (down) continue;
      const spec = {
        server,
        address,
        port,
        starttls,
        greetingCode,
        clockAheadMs,
        account: config.account,
        authLog: config.authLog,
      };
      work.push(
        certs
          .get(server, variant)
          .then((cert) => startListener({ ...spec, cert }))
          .then((listener) => void bound.set(key, { signature, listener })),
      );
    }
  }
  await Promise.all(work);
}

await applyKnobs(config.knobs);
writeFileSync(config.caFile, (await certs.caPems).join(''));
process.stdout.write(`${READY_LINE}\n`);

const lines = createInterface({ input: process.stdin });
lines.on('line', (line) => {
  if (!line.trim()) return;
  let message: ApplyMessage;
  try {
    message = JSON.parse(line) as ApplyMessage;
  } catch {
    process.stdout.write(`ERROR 0 unreadable line\n`);
    return;
  }
  const { knobs } = message;
  // A sync: let whatever already arrived on the sockets run first (two turns of the loop).
  const work = knobs
    ? applyKnobs(knobs)
    : new Promise<void>((resolve) => setImmediate(() => setImmediate(resolve)));
  work.then(
    () => process.stdout.write(`APPLIED ${message.id}\n`),
    (e: unknown) => process.stdout.write(`ERROR ${message.id} ${String(e).replace(/\n/g, ' ')}\n`),
  );
});
// The lab closes stdin to stop us, and so does the lab's process dying: never outlive it.
lines.on('close', () => {
  for (const b of bound.values()) b.listener.close();
  void certs.close().finally(() => process.exit(0));
});
