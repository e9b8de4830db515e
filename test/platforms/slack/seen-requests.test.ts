import { describe, expect, it } from 'vitest';
import { SeenRequests } from '../../../src/platforms/slack/seen-requests.ts';

describe('signed requests already executed', () => {
  it('says first time once per key while it is remembered, and again after it expires', () => {
    const seen = new SeenRequests();
    expect(seen.firstTime('t1:v0=a', 10_000, 0)).toBe(true);
    expect(seen.firstTime('t1:v0=a', 10_000, 5_000)).toBe(false);
    expect(seen.firstTime('t1:v0=b', 10_000, 5_000)).toBe(true);
    expect(seen.firstTime('t1:v0=a', 20_000, 10_000)).toBe(true);
  });

  it('forgets expired entries, so memory follows the requests of the last window only', () => {
    const seen = new SeenRequests();
    for (let i = 0; i < 1_000; i++) seen.firstTime(`k${i}`, 1_000 + i, i);
    expect(seen.size).toBe(1_000);
    seen.firstTime('later', 100_000, 50_000);
    expect(seen.size).toBe(1);
  });

  it('never holds more than its capacity, dropping the oldest and saying so once', () => {
    let full = 0;
    const seen = new SeenRequests(100, () => full++);
    for (let i = 0; i < 1_000; i++) seen.firstTime(`k${i}`, 1e9, i);
    expect(seen.size).toBe(100);
    expect(full).toBe(1);
    expect(seen.firstTime('k999', 1e9, 1_000)).toBe(false);
    expect(seen.firstTime('k0', 1e9, 1_000)).toBe(true);
  });
});
