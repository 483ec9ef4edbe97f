import { describe, expect, it } from 'vitest';
import { OrderStreamHub, type HubEvent } from '@/lib/order-stream/hub';
import { readAsIs } from './upstream-events';

const encoder = new TextEncoder();

/** Upstream streams made by hand: each `open` call makes one, counted, with its abort recorded. */
function upstreams() {
  const made: { send(text: string): void; end(): void; aborted: () => boolean; cancelled: Promise<void> }[] = [];
  let fail: Error | undefined;
  const open = async (signal: AbortSignal) => {
    if (fail) throw fail;
    let controller!: ReadableStreamDefaultController<Uint8Array>;
    let onCancel!: () => void;
    const cancelled = new Promise<void>((resolve) => (onCancel = resolve));
    const stream = new ReadableStream<Uint8Array>({ start: (c) => void (controller = c), cancel: () => onCancel() });
    made.push({
      send: (text) => controller.enqueue(encoder.encode(text)),
      end: () => controller.close(),
      aborted: () => signal.aborted,
      cancelled,
    });
    return stream;
  };
  return { open, made, failWith: (error: Error | undefined) => void (fail = error) };
}

function viewer() {
  const events: HubEvent[] = [];
  let wake: (() => void) | undefined;
  return {
    events,
    deliver(event: HubEvent) {
      events.push(event);
      wake?.();
    },
    /** Resolves once `count` events have arrived. */
    async received(count: number) {
      while (events.length < count) await new Promise<void>((resolve) => (wake = resolve));
      return events;
    },
  };
}

const hub = () => new OrderStreamHub({ read: readAsIs((data) => JSON.parse(data) as object), silenceMs: 60_000 });
const order = (state: string) => ({ kind: 'order', value: { state } });

describe('OrderStreamHub', () => {
  it('opens one upstream stream for every viewer of an order, and gives a late viewer the latest order at once', async () => {
    const h = hub();
    const up = upstreams();
    const first = viewer();
    const second = viewer();
    await Promise.all([h.join('A', up.open, first), h.join('A', up.open, second)]);
    expect(up.made).toHaveLength(1);
    up.made[0]!.send('data: {"state":"WaitingForPayment"}\n\n');
    expect(await first.received(1)).toEqual([order('WaitingForPayment')]);
    expect(await second.received(1)).toEqual([order('WaitingForPayment')]);
    // Both viewers get the very same parsed object: each event is parsed once, whoever watches.
    expect((first.events[0] as { value: object }).value).toBe((second.events[0] as { value: object }).value);

    const late = viewer();
    await h.join('A', up.open, late);
    expect(late.events).toEqual([order('WaitingForPayment')]);
    up.made[0]!.send(': ping\n\ndata: {"state":"PaymentStarted"}\n\n');
    expect(await late.received(3)).toEqual([order('WaitingForPayment'), { kind: 'alive' }, order('PaymentStarted')]);
    expect(up.made).toHaveLength(1);
    expect(h.size).toBe(1);
  });

  it('keeps the upstream open while anyone watches and closes it the moment the last viewer leaves', async () => {
    const h = hub();
    const up = upstreams();
    const leaveFirst = await h.join('A', up.open, viewer());
    const leaveSecond = await h.join('A', up.open, viewer());
    await h.join('B', up.open, viewer());
    expect(up.made).toHaveLength(2);
    leaveFirst();
    expect(up.made[0]!.aborted()).toBe(false);
    leaveSecond();
    expect(up.made[0]!.aborted()).toBe(true);
    await up.made[0]!.cancelled;
    expect(up.made[1]!.aborted()).toBe(false);
    expect(h.size).toBe(1);
    // The next viewer of A opens a new upstream stream.
    await h.join('A', up.open, viewer());
    expect(up.made).toHaveLength(3);
  });

  it('passes a stop on to every viewer and ends; an upstream that closes ends every viewer too', async () => {
    const h = hub();
    const up = upstreams();
    const [a, b] = [viewer(), viewer()];
    await h.join('A', up.open, a);
    await h.join('A', up.open, b);
    up.made[0]!.send('event: stop\ndata: {"error":"not found","extra":1}\n\n');
    const stop = { kind: 'stop', data: '{"error":"not found"}' };
    expect(await a.received(1)).toEqual([stop]);
    expect(await b.received(1)).toEqual([stop]);
    expect(h.size).toBe(0);

    const c = viewer();
    await h.join('A', up.open, c);
    up.made[1]!.end();
    expect(await c.received(1)).toEqual([{ kind: 'end' }]);
  });

  it('fails every viewer waiting for an upstream that refuses, and tries again for the next one', async () => {
    const h = hub();
    const up = upstreams();
    up.failWith(new Error('refused'));
    await expect(Promise.all([h.join('A', up.open, viewer()), h.join('A', up.open, viewer())])).rejects.toThrow('refused');
    expect(h.size).toBe(0);
    up.failWith(undefined);
    await h.join('A', up.open, viewer());
    expect(up.made).toHaveLength(1);
  });
});
