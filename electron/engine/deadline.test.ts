import { describe, expect, it } from 'vitest';
import { RttTracker, familyOf, fixedDeadline } from './deadline.js';

const settings = {
  capMs: 4000,
  synRetransmitMs: 1000,
  rttFactor: 3,
  rttFloorMs: 250,
  unseenRttMs: 300,
  connectsPerPort: 2,
};

describe('RttTracker', () => {
  it('uses the cap until anything has answered', () => {
    const t = new RttTracker(settings);
    expect(t.allowanceMs()).toBe(4000);
    expect(t.forHost('a.example').deadlineFor(100)).toBe(4100);
  });

  it('gives a host never seen at least a far-away round trip, even when the controls are near', () => {
    const t = new RttTracker(settings);
    t.record('near.example', 2);
    // 3 x max(2, 300): a far MX (hundreds of ms) still gets three of its round trips.
    expect(t.allowanceMs('far-mx.example')).toBe(900);
  });

  it('follows the slowest control that answered, not the median', () => {
    const t = new RttTracker(settings);
    t.record('a.example', 20);
    t.record('b.example', 40);
    t.record('c.example', 600);
    expect(t.slowest()).toBe(600);
    expect(t.allowanceMs('unseen.example')).toBe(1800);
  });

  it("prefers the host's own round trip, with a floor, and never exceeds the cap", () => {
    const t = new RttTracker(settings);
    t.record('near.example', 1);
    expect(t.allowanceMs('near.example')).toBe(250);
    t.record('far.example', 900);
    expect(t.forHost('far.example').deadlineFor(0)).toBe(2700);
    t.record('slow.example', 5000);
    expect(t.allowanceMs('slow.example')).toBe(4000);
  });

  it('adds one SYN retransmission only when a single connect per port is made', () => {
    const single = new RttTracker({ ...settings, connectsPerPort: 1 });
    single.record('a.example', 2);
    expect(single.allowanceMs('a.example')).toBe(1250);
    expect(single.allowanceMs('unseen.example')).toBe(1900);
  });

  it('judges each address family on its own, borrowing the other only while its own has nothing', () => {
    const t = new RttTracker(settings);
    t.record('v4.example', 500, 4);
    // No IPv6 round trip yet: an IPv6 host is unseen, measured against what IPv4 saw.
    expect(t.allowanceMs('v6.example', 6)).toBe(1500);
    t.record('v6.example', 10, 6);
    expect(t.allowanceMs('other-v6.example', 6)).toBe(900);
    expect(t.allowanceMs('v6.example', 6)).toBe(250);
    // The same name over IPv4 has no round trip of its own.
    expect(t.allowanceMs('v6.example', 4)).toBe(1500);
    expect(t.slowest(6)).toBe(10);
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

  it('familyOf tells IPv6 literals from IPv4', () => {
    expect(familyOf('192.0.2.1')).toBe(4);
    expect(familyOf('2001:db8::1')).toBe(6);
  });
});

describe('RttTracker: the round trip of a host proved on another port of its address', () => {
  it('gives a silent port a few of those round trips instead of the far-away floor', () => {
    const t = new RttTracker(settings);
    t.record('web.example', 2);
    t.recordPath('mx.example', 1);
    // 3 x max(1, 2) is below the floor: 250 ms, not 3 x 300.
    expect(t.allowanceMs('mx.example')).toBe(250);
    expect(t.forHost('mx.example').deadlineFor(100)).toBe(350);
    // Other hosts keep the far-away floor; the slowest control does not move.
    expect(t.allowanceMs('other-mx.example')).toBe(900);
    expect(t.slowest()).toBe(2);
  });

  it('follows a far address: three of its own round trips', () => {
    const t = new RttTracker(settings);
    t.record('web.example', 2);
    t.recordPath('far-mx.example', 300);
    expect(t.allowanceMs('far-mx.example')).toBe(900);
    t.recordPath('far-mx.example', 100);
    expect(t.allowanceMs('far-mx.example')).toBe(900);
  });

  it('never expects less than the slowest control (an accept may come from this PC)', () => {
    const t = new RttTracker(settings);
    t.recordPath('mx.example', 0.2);
    // Nothing else answered yet: silent still cannot be told from slow.
    expect(t.allowanceMs('mx.example')).toBe(4000);
    t.record('web.example', 650);
    expect(t.allowanceMs('mx.example')).toBe(1950);
  });

  it('counts per address family, and yields to a handshake of the host itself', () => {
    const t = new RttTracker(settings);
    t.record('web.example', 2, 4);
    t.record('web6.example', 2, 6);
    t.recordPath('mx.example', 1, 4);
    expect(t.allowanceMs('mx.example', 6)).toBe(900);
    t.record('mx.example', 200, 4);
    expect(t.allowanceMs('mx.example', 4)).toBe(600);
  });

  it('tells subscribers when a path round trip moves a deadline', () => {
    const t = new RttTracker(settings);
    let calls = 0;
    t.subscribe(() => calls++);
    t.recordPath('mx.example', 5);
    t.recordPath('mx.example', 3);
    expect(calls).toBe(1);
  });
});
