import { describe, expect, it } from 'vitest';
import { DnsPace } from './dns-pace.js';

const settings = { factor: 3, floorMs: 500 };

describe('DnsPace', () => {
  it('lets a name nothing has been answered about wait the full deadline', () => {
    const pace = new DnsPace(settings);
    expect(pace.stepFor('example.jp')).toBeNull();
    pace.answered('www.google.com', 5);
    expect(pace.stepFor('example.jp')).toBeNull();
  });

  it('asks again after a few times the slowest answer about the name, at least the floor, and gives up after twice that', () => {
    const pace = new DnsPace(settings);
    pace.answered('_submission._tcp.example.jp', 4);
    expect(pace.stepFor('example.jp')).toEqual({ resendAfterMs: 500, giveUpAfterMs: 1000 });
    pace.answered('Example.JP.', 400);
    expect(pace.stepFor('example.jp')).toEqual({ resendAfterMs: 1200, giveUpAfterMs: 2400 });
    expect(pace.slowestFor('example.jp')).toBe(400);
  });

  it('counts the name itself and the names under it, not its parent or its neighbours', () => {
    const pace = new DnsPace(settings);
    pace.answered('example.jp', 10);
    pace.answered('notexample.jp', 900);
    expect(pace.slowestFor('smtp.example.jp')).toBeNull();
    expect(pace.slowestFor('example.jp')).toBe(10);
  });

  it('follows a slow resolver: slow answers slow the pace down', () => {
    const pace = new DnsPace(settings);
    pace.answered('host.example', 1500);
    expect(pace.stepFor('host.example')).toEqual({ resendAfterMs: 4500, giveUpAfterMs: 9000 });
  });

  it('tells subscribers when an answer may move a pace', () => {
    const pace = new DnsPace(settings);
    let calls = 0;
    const off = pace.subscribe(() => calls++);
    pace.answered('a.example', 5);
    pace.answered('a.example', 3);
    off();
    pace.answered('b.example', 5);
    expect(calls).toBe(1);
  });
});
