/**
 * Measures how late the event loop runs, so that a session is judged against its deadline plus
 * the scheduling delay that actually happened while it ran (on a loaded machine a timer can fire
 * a second late through no fault of the code under test).
 */

const TICK_MS = 10;
const KEEP_MS = 30_000;

/** Samples timer lateness every 10 ms. */
export class LagMeter {
  private samples: { at: number; late: number }[] = [];
  private timer: NodeJS.Timeout | null = null;

  start(): void {
    let expected = performance.now() + TICK_MS;
    this.timer = setInterval(() => {
      const now = performance.now();
      this.samples.push({ at: now, late: Math.max(0, now - expected) });
      expected = now + TICK_MS;
      if (this.samples.length > 4096)
        this.samples = this.samples.filter((s) => s.at > now - KEEP_MS);
    }, TICK_MS);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  /** The summed lateness of the samples taken since `from` (performance.now()): time the loop lost. */
  lostSince(from: number): number {
    let lost = 0;
    for (let i = this.samples.length - 1; i >= 0; i--) {
      const s = this.samples[i] as { at: number; late: number };
      if (s.at < from) break;
      lost += s.late;
    }
    return lost;
  }
}
