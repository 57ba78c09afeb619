/** Runs lab teardowns when the test process ends, however it ends (short of SIGKILL). */

const teardowns = new Set<() => void>();
let installed = false;
const SIGNALS: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];

function runAll(): void {
  for (const teardown of [...teardowns]) {
    teardowns.delete(teardown);
    try {
      teardown();
    } catch {
      // keep tearing down the rest
    }
  }
}

function onSignal(signal: NodeJS.Signals): void {
  runAll();
  // With nobody else listening, die of the signal as if we had never caught it.
  if (process.listenerCount(signal) === 1) {
    process.removeListener(signal, onSignal);
    process.kill(process.pid, signal);
  }
}

/** Registers a synchronous teardown for process exit and SIGINT/SIGTERM/SIGHUP; returns an unregister. */
export function onProcessEnd(teardown: () => void): () => void {
  if (!installed) {
    installed = true;
    process.on('exit', runAll);
    for (const signal of SIGNALS) process.on(signal, onSignal);
  }
  teardowns.add(teardown);
  return () => void teardowns.delete(teardown);
}
