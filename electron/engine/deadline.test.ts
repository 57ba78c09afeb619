import { describe, expect, it } from 'vitest';
import { RttTracker, fixedDeadline } from './deadline.js';

const settings = { capMs: 4000, synRetransmitMs: 1000, rttFactor: 3, rttFloorMs: 250 };

describe('RttTracker', () => {
  it('uses the cap until a control has answered', () => {
    const t = new RttTracker(settings);
    expect(t.allowanceMs()).toBe(4000);
    expect(t.deadlineFor(100)).toBe(4100);
  });
  it('allows one SYN retransmission plus a few round trips, with a floor', () => {
    const t = new RttTracker(settings);
    t.record('a', 2);
    expect(t.allowanceMs()).toBe(1250);
    t.record('b', 200);
    t.record('c', 300);
    expect(t.rtt()).toBe(200);
    expect(t.allowanceMs()).toBe(1600);
  });
  it('prefers a same-host control and never exceeds the cap', () => {
    const t = new RttTracker(settings);
    t.record('far.example', 900);
    t.record('near.example', 1);
    expect(t.forHost('far.example').deadlineFor(0)).toBe(3700);
    expect(t.forHost('unknown.example').deadlineFor(0)).toBe(1250 + 0);
    t.record('slow.example', 5000);
    expect(t.forHost('slow.example').deadlineFor(0)).toBe(4000);
  });
  it('tells subscribers when deadlines move, until they unsubscribe', () => {
    const t = new RttTracker(settings);
    let calls = 0;
    const off = t.subscribe(() => calls++);
    t.record('a', 5);
    off();
    t.record('b', 5);
    expect(calls).toBe(1);
  });
  it('fixedDeadline is relative to each start', () => {
    expect(fixedDeadline(300).deadlineFor(1000)).toBe(1300);
  });
});
