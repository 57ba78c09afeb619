/**
 * How long a look-up waits once the resolver has answered others about the same name. A resolver
 * (or a router's DNS proxy) that drops one query type, MX or AAAA, while it answers the rest would
 * otherwise cost the whole DNS deadline. A pending look-up of a name is asked once more after a few
 * times the slowest answer about that name or a name under it (the same zone's servers answered),
 * at least a floor, and given up after twice that: a lost packet is asked again, a slow resolver
 * slows the pace down with it, and a name nothing has been answered about waits the full deadline.
 */

/** Settings for {@link DnsPace}. */
export interface DnsPaceSettings {
  /** The allowance is this many times the slowest related answer... */
  factor: number;
  /** ...and at least this long. */
  floorMs: number;
}

/** The moments a pending look-up is asked again, and given up, after its start (ms). */
export interface DnsPaceStep {
  resendAfterMs: number;
  giveUpAfterMs: number;
}

function normal(name: string): string {
  return name.toLowerCase().replace(/\.$/, '');
}

/** True when `other` is `name` or a name under it. */
function within(other: string, name: string): boolean {
  return other === name || other.endsWith(`.${name}`);
}

/** Answers of one diagnosis' resolver, shared by all its look-ups. */
export class DnsPace {
  private readonly slowest = new Map<string, number>();
  private readonly listeners = new Set<() => void>();

  constructor(private readonly settings: DnsPaceSettings) {}

  /** The resolver answered a look-up of `name` (records, or NXDOMAIN, NODATA, SERVFAIL...) after `ms`. */
  answered(name: string, ms: number): void {
    const key = normal(name);
    const known = this.slowest.get(key);
    if (known !== undefined && known >= ms) return;
    this.slowest.set(key, ms);
    for (const listener of [...this.listeners]) listener();
  }

  /** The slowest answer about `name` or a name under it, or null when none came yet. */
  slowestFor(name: string): number | null {
    const key = normal(name);
    let found: number | null = null;
    for (const [other, ms] of this.slowest)
      if (within(other, key) && (found === null || ms > found)) found = ms;
    return found;
  }

  /** When a pending look-up of `name` is asked again and given up, or null: wait the full deadline. */
  stepFor(name: string): DnsPaceStep | null {
    const slowest = this.slowestFor(name);
    if (slowest === null) return null;
    const resendAfterMs = Math.max(this.settings.factor * slowest, this.settings.floorMs);
    return { resendAfterMs, giveUpAfterMs: 2 * resendAfterMs };
  }

  /** Calls `listener` whenever an answer may have moved a pace; returns an unsubscribe function. */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
