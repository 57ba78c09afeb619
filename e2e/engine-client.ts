/** The Playwright side of engine-host.ts: calls by id over stdin, answers and events from stdout. */
import type { ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import type { IpcChannel, IpcEvents } from '../shared/ipc-contract.js';
import type { BridgeBackend } from './bridge.js';

/** A backend over a running engine-host process; ready resolves when it has started. */
export interface EngineClient extends BridgeBackend {
  ready: Promise<void>;
  /** What the host wrote to stderr (for failure messages). */
  stderr(): string;
  close(): void;
}

/** Wraps a spawned engine-host. */
export function connectEngineHost(child: ChildProcess): EngineClient {
  const pending = new Map<number, (result: unknown) => void>();
  const listeners = new Set<(p: IpcEvents['diagnosis:progress']) => void>();
  let nextId = 1;
  let err = '';
  let markReady: () => void = () => undefined;
  let failReady: (e: Error) => void = () => undefined;
  const ready = new Promise<void>((resolve, reject) => {
    markReady = resolve;
    failReady = reject;
  });
  child.stderr?.on('data', (d: Buffer) => {
    err = (err + d.toString()).slice(-20_000);
  });
  child.on('exit', (code) => {
    failReady(new Error(`engine-host exited (${String(code)}): ${err}`));
    for (const resolve of pending.values())
      resolve({ ok: false, code: 'internal', message: 'engine-host exited' });
    pending.clear();
  });
  if (!child.stdout || !child.stdin) throw new Error('engine-host needs piped stdio');
  createInterface({ input: child.stdout }).on('line', (line) => {
    const msg = JSON.parse(line) as {
      type: string;
      id?: number;
      result?: unknown;
      payload?: IpcEvents['diagnosis:progress'];
    };
    if (msg.type === 'ready') markReady();
    else if (msg.type === 'event' && msg.payload)
      listeners.forEach((l) => l(msg.payload as IpcEvents['diagnosis:progress']));
    else if (msg.type === 'result' && msg.id !== undefined) {
      pending.get(msg.id)?.(msg.result);
      pending.delete(msg.id);
    }
  });
  const stdin = child.stdin;
  return {
    ready,
    stderr: () => err,
    invoke(channel: IpcChannel, request: unknown) {
      const id = nextId++;
      return new Promise((resolve) => {
        pending.set(id, resolve);
        stdin.write(`${JSON.stringify({ id, channel, request })}\n`);
      });
    },
    onEvent(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close() {
      stdin.end();
    },
  };
}
