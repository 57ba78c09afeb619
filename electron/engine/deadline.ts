/** Connect deadlines that follow measured round trips instead of fixed constants. */

/** A deadline that may move while a connect is pending (when a control answers). */
export interface DeadlineSource {
  /** The absolute deadline (performance.now() scale) for a connect that started at `startedAt`. */
  deadlineFor(startedAt: number): number;
  /** Called whenever deadlines may have moved; returns an unsubscribe function. */
  subscribe(listener: () => void): () => void;
}

/** A fixed deadline of `ms` after each connect's start. */
export function fixedDeadline(ms: number): DeadlineSource {
  return { deadlineFor: (startedAt) => startedAt + ms, subscribe: () => () => undefined };
}

/** Settings for {@link RttTracker}. */
export interface RttSettings {
  capMs: number;
  synRetransmitMs: number;
  rttFactor: number;
  rttFloorMs: number;
}

/**
 * Learns round-trip times from control connects that completed (web 443, submission 587/465)
 * and derives how long a silent port deserves: one SYN retransmission plus a few round trips.
 * Until a control has answered, the cap applies: we cannot tell "silent" from "slow" yet.
 */
export class RttTracker implements DeadlineSource {
  private readonly samples: number[] = [];
  private readonly perHost = new Map<string, number>();
  private readonly listeners = new Set<() => void>();

  constructor(private readonly settings: RttSettings) {}

  /** Records a completed handshake of `ms` to `host`. */
  record(host: string, ms: number): void {
    this.samples.push(ms);
    const known = this.perHost.get(host);
    if (known === undefined || ms < known) this.perHost.set(host, ms);
    for (const listener of [...this.listeners]) listener();
  }

  /** The median of the controls' round trips, or null before any answered. */
  rtt(): number | null {
    if (this.samples.length === 0) return null;
    const sorted = [...this.samples].sort((a, b) => a - b);
    return sorted[Math.floor((sorted.length - 1) / 2)] ?? null;
  }

  /** How long a connect may stay silent before it counts as filtered, or the cap before any control answered. */
  allowanceMs(host?: string): number {
    const own = host === undefined ? undefined : this.perHost.get(host);
    const r = own ?? this.rtt();
    if (r === null) return this.settings.capMs;
    const { synRetransmitMs, rttFactor, rttFloorMs, capMs } = this.settings;
    return Math.min(capMs, synRetransmitMs + Math.max(rttFactor * r, rttFloorMs));
  }

  /** A view of this tracker for one host, so a same-host control (587 for port 25) counts first. */
  forHost(host: string): DeadlineSource {
    return {
      deadlineFor: (startedAt) => startedAt + this.allowanceMs(host),
      subscribe: (listener) => this.subscribe(listener),
    };
  }

  deadlineFor(startedAt: number): number {
    return startedAt + this.allowanceMs();
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
