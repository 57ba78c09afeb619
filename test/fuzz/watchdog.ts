/**
 * A watchdog thread for the fuzz runner. A synchronous target stuck in a loop blocks the main
 * thread, so no timer there could notice; this thread watches a shared progress counter and, if
 * it stands still too long, writes which target and input hung straight to stderr and kills the
 * process (exit by SIGKILL: the run failed).
 */
import { Worker } from 'node:worker_threads';

const WATCHER = `
const { workerData } = require('node:worker_threads');
const { writeSync } = require('node:fs');
const cells = new Int32Array(workerData.buffer);
let last = -1, since = Date.now();
setInterval(() => {
  const now = Atomics.load(cells, 0);
  if (now !== last) { last = now; since = Date.now(); return; }
  if (Date.now() - since > workerData.stallMs) {
    writeSync(2, '\\nfuzz watchdog: no progress for ' + workerData.stallMs + ' ms in target #' +
      Atomics.load(cells, 1) + ' after input ' + Atomics.load(cells, 2) + ': HANG\\n');
    process.kill(process.pid, 'SIGKILL');
  }
}, 500);
`;

/** Progress reporting for the watchdog. */
export interface Watchdog {
  /** Marks progress: target number and the input index reached. */
  beat(target: number, index: number): void;
  stop(): Promise<void>;
}

/** Starts the watchdog thread. */
export function startWatchdog(stallMs: number): Watchdog {
  const buffer = new SharedArrayBuffer(12);
  const cells = new Int32Array(buffer);
  const worker = new Worker(WATCHER, { eval: true, workerData: { buffer, stallMs } });
  worker.unref();
  return {
    beat(target, index) {
      Atomics.add(cells, 0, 1);
      Atomics.store(cells, 1, target);
      Atomics.store(cells, 2, index);
    },
    async stop() {
      await worker.terminate();
    },
  };
}
