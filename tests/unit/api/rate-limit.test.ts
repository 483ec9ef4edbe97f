import { describe, expect, it } from 'vitest';
import { hitAll, RateLimiter } from '@/lib/api/rate-limit';

function clock(start = 0) {
  let now = start;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

describe('RateLimiter', () => {
  it('allows 5 tries in 15 minutes, then refuses with the wait until the oldest try expires', () => {
    const time = clock();
    const limiter = new RateLimiter(5, 15 * 60_000, time.now);
    for (let i = 0; i < 5; i++) {
      expect(limiter.hit('s:o').allowed).toBe(true);
      time.advance(60_000);
    }
    expect(limiter.hit('s:o')).toEqual({ allowed: false, retryAfterSeconds: 10 * 60 });
    expect(limiter.hit('other').allowed).toBe(true);
    time.advance(10 * 60_000);
    expect(limiter.hit('s:o').allowed).toBe(true);
  });

  it('drops the oldest keys beyond its size cap', () => {
    const limiter = new RateLimiter(1, 60_000, () => 0, 2);
    limiter.hit('a');
    limiter.hit('b');
    limiter.hit('c');
    expect(limiter.hit('a').allowed).toBe(true);
    expect(limiter.hit('c').allowed).toBe(false);
  });

  it('refuses when any of several limits refuses', () => {
    const perOrder = new RateLimiter(5, 60_000, () => 0);
    const perIp = new RateLimiter(2, 60_000, () => 0);
    expect(
      hitAll([
        [perOrder, 'x'],
        [perIp, 'ip'],
      ]).allowed,
    ).toBe(true);
    expect(
      hitAll([
        [perOrder, 'y'],
        [perIp, 'ip'],
      ]).allowed,
    ).toBe(true);
    expect(
      hitAll([
        [perOrder, 'z'],
        [perIp, 'ip'],
      ]),
    ).toEqual({ allowed: false, retryAfterSeconds: 60 });
  });
});
