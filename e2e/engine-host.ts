/**
 * The real engine behind the main process's IPC handlers, as a JSON-lines process (stdin: calls,
 * stdout: answers and progress events). Started inside the lab's simulated PC:
 *   lab.spawn(['node', '--import', 'tsx', 'e2e/engine-host.ts'], { env: lab.env })
 * In:  {"id": 1, "channel": "diagnosis:start", "request": {...}}
 * Out: {"type": "event", "payload": {"runId": "...", "event": {...}}}  and  {"type": "result", "id": 1, "result": {...}}
 * Passwords arrive in login-test requests and are never echoed or logged.
 */
import { createInterface } from 'node:readline';
import { runDiagnosis, runLoginTest } from '../electron/engine/index.js';
import type { IpcChannel } from '../shared/ipc-contract.js';
import { createMainSide } from './main-side.js';

const write = (msg: unknown): void => {
  process.stdout.write(`${JSON.stringify(msg)}\n`);
};

const main = createMainSide({ runDiagnosis, runLoginTest }, (payload) =>
  write({ type: 'event', payload }),
);

const lines = createInterface({ input: process.stdin });
lines.on('line', (line) => {
  let msg: { id?: unknown; channel?: unknown; request?: unknown };
  try {
    msg = JSON.parse(line) as typeof msg;
  } catch {
    process.stderr.write('engine-host: a line that is not JSON was ignored\n');
    return;
  }
  const { id, channel, request } = msg;
  if (typeof id !== 'number' || typeof channel !== 'string') return;
  void main
    .invoke(channel as IpcChannel, request)
    .catch(() => ({ ok: false, code: 'internal', message: 'internal error' }))
    .then((result) => write({ type: 'result', id, result }));
});
lines.on('close', () => process.exit(0));
write({ type: 'ready' });
