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

/** An IP address family. */
export type Family = 4 | 6;

/** Settings for {@link RttTracker}. */
export interface RttSettings {
  capMs: number;
  /** Added only when a single connect per port is made: one lost SYN then costs a retransmission. */
  synRetransmitMs: number;
  rttFactor: number;
  rttFloorMs: number;
  /** A host with no round trip of its own is assumed at least this far away. */
  unseenRttMs: number;
  /** Connects started together per port (see tcp.ts); 2 or more makes one lost SYN cost nothing. */
  connectsPerPort: number;
}

/**
 * Learns round-trip times from connects that completed (web 443, SMTP controls, candidates) and
 * derives how long a silent port deserves: a few round trips of the host itself when it answered
 * on another port, else of the slowest control of the same address family, never less than a
 * far-away round trip (docs/diagnosis.md, "Rules that real networks taught": slow, far and lossy links). Until anything has answered the
 * cap applies: we cannot tell "silent" from "slow" yet.
 */
export class RttTracker {
  private readonly slowestByFamily = new Map<Family, number>();
  private readonly perHost = new Map<string, number>();
  private readonly perPath = new Map<string, number>();
  private readonly listeners = new Set<() => void>();

  constructor(private readonly settings: RttSettings) {}

  /** Records a completed handshake of `ms` to `host` over `family`. */
  record(host: string, ms: number, family: Family = 4): void {
    const slowest = this.slowestByFamily.get(family);
    if (slowest === undefined || ms > slowest) this.slowestByFamily.set(family, ms);
    const key = hostKey(host, family);
    const own = this.perHost.get(key);
    if (own === undefined || ms > own) this.perHost.set(key, ms);
    for (const listener of [...this.listeners]) listener();
  }

  /**
   * Records the round trip to `host`'s own address proved on another port of it (an accept or a
   * TCP reset there) while its port 25 may stay silent: see {@link expectedRttMs}. Other hosts'
   * deadlines do not follow it.
   */
  recordPath(host: string, ms: number, family: Family = 4): void {
    const key = hostKey(host, family);
    const known = this.perPath.get(key);
    if (known !== undefined && known >= ms) return;
    this.perPath.set(key, ms);
    for (const listener of [...this.listeners]) listener();
  }

  /** The slowest round trip that answered in this family, or null before any did. */
  slowest(family: Family = 4): number | null {
    return this.slowestByFamily.get(family) ?? null;
  }

  /**
   * The round trip a connect to `host` should expect: its own when it answered before; else the
   * round trip another port of its address proved, but never less than the slowest control (an
   * accept may come from security software on this PC rather than from the host); else the
   * slowest of its family (of the other family while its own has none yet) and at least the
   * unseen-host floor. Null before any control answered, whatever the host's other ports did.
   */
  expectedRttMs(host: string | undefined, family: Family = 4): number | null {
    const key = host === undefined ? undefined : hostKey(host, family);
    const own = key === undefined ? undefined : this.perHost.get(key);
    if (own !== undefined) return own;
    const slowest = this.slowest(family) ?? this.slowest(family === 4 ? 6 : 4);
    if (slowest === null) return null;
    const path = key === undefined ? undefined : this.perPath.get(key);
    if (path !== undefined) return Math.max(path, slowest);
    return Math.max(slowest, this.settings.unseenRttMs);
  }

  /** How long a connect may stay silent before it counts as filtered, or the cap before any control answered. */
  allowanceMs(host?: string, family: Family = 4): number {
    const r = this.expectedRttMs(host, family);
    const { synRetransmitMs, rttFactor, rttFloorMs, capMs, connectsPerPort } = this.settings;
    if (r === null) return capMs;
    const retransmit = connectsPerPort >= 2 ? 0 : synRetransmitMs;
    return Math.min(capMs, retransmit + Math.max(rttFactor * r, rttFloorMs));
  }

  /** A view of this tracker for one host and family, so a same-host control (587 for port 25) counts first. */
  forHost(host: string, family: Family = 4): DeadlineSource {
    return {
      deadlineFor: (startedAt) => startedAt + this.allowanceMs(host, family),
      subscribe: (listener) => this.subscribe(listener),
    };
  }

  /** Calls `listener` whenever a round trip is recorded; returns an unsubscribe function. */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}

function hostKey(host: string, family: Family): string {
  return `${family}/${host.toLowerCase()}`;
}

/** The family of an IP address literal. */
export function familyOf(ip: string): Family {
  return ip.includes(':') ? 6 : 4;
}
