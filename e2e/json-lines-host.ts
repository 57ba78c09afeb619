/**
 * The JSON-lines protocol the engine hosts speak to the e2e bridge (stdin: calls, stdout: answers
 * and progress events), shared by engine-host.ts and fix-engine-host.ts.
 * In:  {"id": 1, "channel": "diagnosis:start", "request": {...}}
 * Out: {"type": "event", "payload": {...}}  and  {"type": "result", "id": 1, "result": {...}}
 */
import { createInterface } from 'node:readline';
import type { IpcChannel } from '../shared/ipc-contract.js';
import type { MainSide } from './main-side.js';

/** Writes one protocol message on stdout. */
export function writeMessage(msg: unknown): void {
  process.stdout.write(`${JSON.stringify(msg)}\n`);
}

/** Sends a progress event to the bridge. */
export function writeEvent(payload: unknown): void {
  writeMessage({ type: 'event', payload });
}

/** Answers each call line with the main side's result until stdin closes, then exits. */
export function serveJsonLines(main: MainSide, name: string): void {
  const lines = createInterface({ input: process.stdin });
  lines.on('line', (line) => {
    let msg: { id?: unknown; channel?: unknown; request?: unknown };
    try {
      msg = JSON.parse(line) as typeof msg;
    } catch {
      process.stderr.write(`${name}: a line that is not JSON was ignored\n`);
      return;
    }
    const { id, channel, request } = msg;
    if (typeof id !== 'number' || typeof channel !== 'string') return;
    void main
      .invoke(channel as IpcChannel, request)
      .catch(() => ({ ok: false, code: 'internal', message: 'internal error' }))
      .then((result) => writeMessage({ type: 'result', id, result }));
  });
  lines.on('close', () => process.exit(0));
  writeMessage({ type: 'ready' });
}
