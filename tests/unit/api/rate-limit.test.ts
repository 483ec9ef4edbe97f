import { describe, expect, it } from 'vitest';
import { hitAll, StoreLimiter } from '@/lib/api/rate-limit';
import { MemoryStore } from '@/lib/store/memory';

function clock(start = 0) {
  let now = start;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

describe('StoreLimiter', () => {
  it('allows 5 tries in 15 minutes, then refuses with the wait until the oldest try expires', async () => {
    const time = clock();
    const limiter = new StoreLimiter(new MemoryStore(time.now), 'unlock', 5, 15 * 60_000);
    for (let i = 0; i < 5; i++) {
      expect((await limiter.hit('s:o')).allowed).toBe(true);
      time.advance(60_000);
    }
    expect(await limiter.hit('s:o')).toEqual({ allowed: false, retryAfterSeconds: 10 * 60 });
    expect((await limiter.hit('other')).allowed).toBe(true);
    time.advance(10 * 60_000);
    expect((await limiter.hit('s:o')).allowed).toBe(true);
  });

  it('counts each limiter apart in one store', async () => {
    const store = new MemoryStore(() => 0);
    const [a, b] = [new StoreLimiter(store, 'a', 1, 60_000), new StoreLimiter(store, 'b', 1, 60_000)];
    expect((await a.hit('k')).allowed).toBe(true);
    expect((await b.hit('k')).allowed).toBe(true);
    expect((await a.hit('k')).allowed).toBe(false);
  });

  it('refuses when any of several limits refuses', async () => {
    const store = new MemoryStore(() => 0);
    const perOrder = new StoreLimiter(store, 'order', 5, 60_000);
    const perIp = new StoreLimiter(store, 'ip', 2, 60_000);
    expect(
      (
        await hitAll([
          [perOrder, 'x'],
          [perIp, 'ip'],
        ])
      ).allowed,
    ).toBe(true);
    expect(
      (
        await hitAll([
          [perOrder, 'y'],
          [perIp, 'ip'],
        ])
      ).allowed,
    ).toBe(true);
    expect(
      await hitAll([
        [perOrder, 'z'],
        [perIp, 'ip'],
      ]),
    ).toEqual({ allowed: false, retryAfterSeconds: 60 });
  });
});
