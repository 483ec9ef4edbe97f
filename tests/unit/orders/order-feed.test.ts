import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startOrderFeed, type FeedEnv, type FeedState } from '@/lib/order-feed/order-feed';
import { doneOrder, ORDER_ID, orderAt, waitingOrder } from './fixtures';

/** A stand-in EventSource the test drives by hand. */
class FakeSource {
  static all: FakeSource[] = [];
  readyState = 0;
  closed = false;
  onmessage: ((event: MessageEvent<string>) => void) | null = null;
  onerror: ((event: Event) => void) | null = null;
  private readonly listeners = new Map<string, () => void>();
  constructor(readonly url: string) {
    FakeSource.all.push(this);
  }
  addEventListener(type: string, listener: () => void) {
    this.listeners.set(type, listener);
  }
  close() {
    this.closed = true;
  }
  message(payload: unknown) {
    this.onmessage?.({ data: typeof payload === 'string' ? payload : JSON.stringify(payload) } as MessageEvent<string>);
  }
  emit(type: string) {
    this.listeners.get(type)?.();
  }
  fail() {
    this.onerror?.(new Event('error'));
  }
}

const latest = () => FakeSource.all[FakeSource.all.length - 1];

let states: FeedState[];
let fetchMock: ReturnType<typeof vi.fn>;
let resume: () => void;

function env(overrides: Partial<FeedEnv> = {}): FeedEnv {
  return {
    EventSource: FakeSource as unknown as FeedEnv['EventSource'],
    fetch: fetchMock as unknown as typeof fetch,
    setTimeout: (fn, ms) => setTimeout(fn, ms),
    clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
    onResume: (fn) => {
      resume = fn;
      return () => undefined;
    },
    ...overrides,
  };
}

const start = (overrides: Partial<FeedEnv> = {}, initial = waitingOrder) =>
  startOrderFeed(ORDER_ID, initial, (state) => states.push(state), env(overrides));
const last = () => states[states.length - 1];

beforeEach(() => {
  vi.useFakeTimers();
  FakeSource.all = [];
  states = [];
  fetchMock = vi.fn(async () => new Response(JSON.stringify(orderAt('PaymentStarted', 1767225700))));
});
afterEach(() => vi.useRealTimers());

describe('startOrderFeed', () => {
  it('subscribes to the local relay and delivers every valid order, ignoring bad payloads', () => {
    start();
    expect(latest()?.url).toBe(`/api/orders/${ORDER_ID}/subscribe`);
    latest()?.message('not json');
    latest()?.message({ id: ORDER_ID });
    expect(states).toEqual([]);
    latest()?.message(orderAt('PaymentStarted', 1767225700));
    expect(last()).toMatchObject({ mode: 'live', seen: ['WaitingForPayment', 'PaymentStarted'], order: { state: 'PaymentStarted' } });
  });

  it('stops for good at a terminal state', () => {
    start();
    latest()?.message(doneOrder);
    expect(last()?.mode).toBe('stopped');
    expect(latest()?.closed).toBe(true);
    vi.advanceTimersByTime(120_000);
    expect(FakeSource.all).toHaveLength(1);
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('stops for good on the stop event', async () => {
    fetchMock.mockResolvedValueOnce(new Response(JSON.stringify(doneOrder)));
    start();
    latest()?.emit('stop');
    await vi.advanceTimersByTimeAsync(0);
    expect(last()).toMatchObject({ mode: 'stopped', order: { state: 'Done' } });
    vi.advanceTimersByTime(120_000);
    expect(FakeSource.all).toHaveLength(1);
  });

  it('reconnects with exponential backoff from 1 s to 30 s, polling every 5 s after three failures', async () => {
    start();
    const openedAt: number[] = [];
    for (let attempt = 0; attempt < 8; attempt++) {
      latest()?.fail();
      const count = FakeSource.all.length;
      const before = Date.now();
      while (FakeSource.all.length === count) await vi.advanceTimersByTimeAsync(100);
      openedAt.push(Date.now() - before);
    }
    expect(openedAt).toEqual([1000, 2000, 4000, 8000, 16000, 30000, 30000, 30000]);
    expect(last()?.mode).toBe('polling');
    expect(fetchMock.mock.calls.length).toBeGreaterThanOrEqual(Math.floor((8000 + 16000 + 90000) / 5000));
    expect(fetchMock.mock.calls[0]?.[0]).toBe(`/api/orders/${ORDER_ID}`);
  });

  it('leaves polling and resets the backoff once the stream delivers again', async () => {
    start();
    for (let i = 0; i < 3; i++) {
      latest()?.fail();
      await vi.advanceTimersByTimeAsync(2 ** i * 1000);
    }
    expect(last()?.mode).toBe('polling');
    latest()?.message(orderAt('PaymentStarted', 1767225800));
    expect(last()?.mode).toBe('live');
    const calls = fetchMock.mock.calls.length;
    await vi.advanceTimersByTimeAsync(20_000);
    expect(fetchMock.mock.calls.length).toBe(calls);
    latest()?.fail();
    await vi.advanceTimersByTimeAsync(1000);
    expect(FakeSource.all).toHaveLength(5);
  });

  it('polls every 5 s when the browser has no EventSource', async () => {
    start({ EventSource: undefined });
    await vi.advanceTimersByTimeAsync(0);
    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(last()).toMatchObject({ mode: 'polling', order: { state: 'PaymentStarted' } });
    await vi.advanceTimersByTimeAsync(15_000);
    expect(fetchMock).toHaveBeenCalledTimes(4);
    fetchMock.mockResolvedValue(new Response(JSON.stringify(doneOrder)));
    await vi.advanceTimersByTimeAsync(5000);
    expect(last()?.mode).toBe('stopped');
    await vi.advanceTimersByTimeAsync(60_000);
    expect(fetchMock).toHaveBeenCalledTimes(5);
  });

  it('reconnects at once when the tab becomes visible or the network returns', async () => {
    start();
    for (let i = 0; i < 2; i++) {
      latest()?.fail();
      await vi.advanceTimersByTimeAsync(2 ** i * 1000);
    }
    latest()?.fail();
    expect(FakeSource.all).toHaveLength(3);
    resume();
    expect(FakeSource.all).toHaveLength(4);
    await vi.advanceTimersByTimeAsync(0);
    expect(fetchMock).toHaveBeenCalled();
  });

  it('reconnects at once, without backoff, when the relay ends a stream on time', () => {
    start();
    latest()?.emit('reconnect');
    expect(FakeSource.all).toHaveLength(2);
    expect(FakeSource.all[0]?.closed).toBe(true);
  });

  it('never goes back to an older state', () => {
    start();
    latest()?.message(orderAt('WaitingForDelivery', 1767225900));
    latest()?.message(orderAt('PaymentStarted', 1767225700));
    expect(last()?.order.state).toBe('WaitingForDelivery');
  });

  it('does not subscribe for an order that is already final', () => {
    start({}, doneOrder);
    expect(FakeSource.all).toHaveLength(0);
  });
});
