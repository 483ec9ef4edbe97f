// One outcome per checkout attempt across instances, on both store implementations (a real Redis for `redis`).
// Each AttemptStore is one server instance; repeats poll with an injected sleep, so no test waits for real time.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ATTEMPT_TTL_MS, AttemptStore } from '@/lib/checkout/server/attempts';
import { MemoryStore } from '@/lib/store/memory';
import { RedisStore } from '@/lib/store/redis';
import { StoreUnavailableError, type SharedStore } from '@/lib/store/types';
import { freePort } from '../../support/redis-server';
import { clock, KINDS, type Shared } from '../store/stores';
import { z } from 'zod';

type Outcome = { orderId: string } | { pending: true };
const PENDING: Outcome = { pending: true };
const OutcomeSchema: z.ZodType<Outcome> = z.union([z.object({ orderId: z.string() }), z.object({ pending: z.literal(true) })]);

function instance(store: SharedStore, sleep?: (ms: number) => Promise<void>) {
  return new AttemptStore<Outcome>(() => store, {
    waitMs: 60_000,
    pending: () => PENDING,
    sleep,
    parse: (json) => OutcomeSchema.safeParse(json),
  });
}

function held() {
  let release!: (outcome: Outcome) => void;
  const work = vi.fn(() => new Promise<Outcome>((resolve) => (release = resolve)));
  return { work, release: (outcome: Outcome) => release(outcome) };
}

let open: Shared[] = [];
afterEach(async () => {
  await Promise.all(open.map((shared) => shared.close()));
  open = [];
});

describe.each(KINDS)('attempts on the $name store', (kind) => {
  const shared = () => {
    const made = kind.shared();
    open.push(made);
    return made;
  };

  it('runs the work once for concurrent and later repeats on one instance', async () => {
    const attempts = instance(shared().instance());
    const { work, release } = held();
    const first = attempts.once('sid:attempt', work);
    const doubleClick = attempts.once('sid:attempt', work);
    await vi.waitFor(() => expect(work).toHaveBeenCalled());
    release({ orderId: 'order-1' });
    expect(await Promise.all([first, doubleClick])).toEqual([{ orderId: 'order-1' }, { orderId: 'order-1' }]);
    expect(await attempts.once('sid:attempt', work)).toEqual({ orderId: 'order-1' });
    expect(work).toHaveBeenCalledTimes(1);
    expect(await attempts.once('sid:other', async () => ({ orderId: 'order-2' }))).toEqual({ orderId: 'order-2' });
  });

  it('runs an attempt sent to two instances at once only on one; the other waits for and returns its outcome', async () => {
    const state = shared();
    const { work, release } = held();
    // The repeat's third look at the store lets the first request finish.
    let looks = 0;
    const sleep = async () => {
      if (++looks === 3) release({ orderId: 'order-9' });
    };
    const [a, b] = [instance(state.instance(), sleep), instance(state.instance(), sleep)];
    const answers = await Promise.all([a.once('sid:x', work), b.once('sid:x', work)]);
    expect(answers).toEqual([{ orderId: 'order-9' }, { orderId: 'order-9' }]);
    expect(work).toHaveBeenCalledTimes(1);
    expect(await b.once('sid:x', work)).toEqual({ orderId: 'order-9' });
  });

  it('gives a repeat the pending outcome when the first request does not finish in time, and never runs it again', async () => {
    const state = shared();
    const { work } = held();
    const a = instance(state.instance());
    const b = instance(state.instance(), async () => undefined);
    void a.once('sid:stuck', work);
    await vi.waitFor(() => expect(work).toHaveBeenCalled());
    expect(await b.once('sid:stuck', work)).toEqual(PENDING);
    expect(work).toHaveBeenCalledTimes(1);
  });

  it('reads an outcome another instance stored through its schema: an unreadable one is pending, never a second run', async () => {
    const state = shared();
    const store = state.instance();
    const work = vi.fn(async () => ({ orderId: 'order-x' }));
    for (const [key, value] of [
      ['sid:bad-shape', JSON.stringify({ orderId: 42 })],
      ['sid:not-json', '{"orderId":'],
    ] as const) {
      expect(await store.claim(`attempt:${key}`, 60_000)).toBe(true);
      await store.set(`outcome:${key}`, value, 60_000);
      expect(await instance(state.instance(), async () => undefined).once(key, work)).toEqual(PENDING);
    }
    expect(work).not.toHaveBeenCalled();
  });
});

describe('attempts', () => {
  it('are forgotten after their time to live', async () => {
    const time = clock();
    const attempts = instance(new MemoryStore(time.now));
    expect(await attempts.once('a', async () => ({ orderId: '1' }))).toEqual({ orderId: '1' });
    time.advance(ATTEMPT_TTL_MS - 1);
    expect(await attempts.once('a', async () => ({ orderId: '2' }))).toEqual({ orderId: '1' });
    time.advance(1);
    expect(await attempts.once('a', async () => ({ orderId: '2' }))).toEqual({ orderId: '2' });
  });

  it('run nothing when the store cannot claim the attempt: the caller fails closed', async () => {
    const store = new RedisStore({ url: `redis://127.0.0.1:${await freePort()}`, timeoutMs: 200 });
    try {
      const work = vi.fn(async () => ({ orderId: 'never' }));
      await expect(instance(store).once('sid:down', work)).rejects.toBeInstanceOf(StoreUnavailableError);
      expect(work).not.toHaveBeenCalled();
    } finally {
      store.close();
    }
  });
});
