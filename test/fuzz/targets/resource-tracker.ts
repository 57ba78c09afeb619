/**
 * Per-session accounting of sockets and timers, so that a leak is pinned on the session that left
 * it even when hundreds run at once: every Timeout, TCP and TLS handle created while a session's
 * code runs (directly or from its callbacks) is tagged with that session through
 * AsyncLocalStorage, and untagged when async_hooks reports it destroyed.
 */
import { AsyncLocalStorage, createHook, type AsyncHook } from 'node:async_hooks';

// TCP handles report 'destroy' when closed and timers when cleared or fired. TLSWRAP is left out:
// its 'destroy' comes only when the garbage collector takes it, long after the TCP handle under
// it closed, so it would look like a leak when none is.
const TRACKED = new Set(['Timeout', 'TCPWRAP']);

/** Tags handles with the session that created them. */
export class ResourceTracker {
  private readonly als = new AsyncLocalStorage<number>();
  private readonly owner = new Map<number, number>();
  private readonly live = new Map<number, Map<number, string>>();
  private readonly hook: AsyncHook;

  constructor() {
    this.hook = createHook({
      init: (asyncId, type) => {
        if (!TRACKED.has(type)) return;
        const session = this.als.getStore();
        if (session === undefined) return;
        this.owner.set(asyncId, session);
        let m = this.live.get(session);
        if (!m) this.live.set(session, (m = new Map()));
        m.set(asyncId, type);
      },
      destroy: (asyncId) => {
        const session = this.owner.get(asyncId);
        if (session === undefined) return;
        this.owner.delete(asyncId);
        this.live.get(session)?.delete(asyncId);
      },
    });
  }

  enable(): void {
    this.hook.enable();
  }

  disable(): void {
    this.hook.disable();
  }

  /** Runs fn with everything it creates tagged as `session`. */
  run<R>(session: number, fn: () => R): R {
    return this.als.run(session, fn);
  }

  /** The handle types the session still holds, e.g. ['Timeout']; forgets the session when it holds none. */
  held(session: number): string[] {
    const m = this.live.get(session);
    if (!m || m.size === 0) {
      this.live.delete(session);
      return [];
    }
    return [...m.values()];
  }

  /** Drops what is known about a session (after it was reported). */
  forget(session: number): void {
    const m = this.live.get(session);
    if (m) for (const id of m.keys()) this.owner.delete(id);
    this.live.delete(session);
  }
}
