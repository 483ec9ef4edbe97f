import { describe, expect, it } from 'vitest';
import { OrderStreamHub } from '@/lib/order-stream/hub';
import { readAsIs } from './upstream-events';
import { relayOrderStream, type RelayOptions, type RelayTimers } from '@/lib/order-stream/sse-relay';

const encoder = new TextEncoder();

/** An upstream body fed by hand; `cancelled` resolves when the relay lets go of it. */
function upstream() {
  let controller!: ReadableStreamDefaultController<Uint8Array>;
  let onCancel!: () => void;
  const cancelled = new Promise<void>((resolve) => (onCancel = resolve));
  const stream = new ReadableStream<Uint8Array>({
    start: (c) => void (controller = c),
    cancel: () => onCancel(),
  });
  return {
    stream,
    cancelled,
    send: (text: string) => controller.enqueue(encoder.encode(text)),
    end: () => controller.close(),
  };
}

/** Timers that fire only when the test advances its clock, in due order (equal times: first set, first fired). */
function manualTimers() {
  let now = 0;
  let next = 0;
  const pending = new Map<number, { at: number; callback: () => void }>();
  const timers: RelayTimers = {
    set(callback, ms) {
      pending.set(++next, { at: now + ms, callback });
      return next;
    },
    clear: (handle) => void pending.delete(handle as number),
  };
  function advance(ms: number) {
    const target = now + ms;
    for (;;) {
      const due = [...pending].filter(([, t]) => t.at <= target).sort(([a, x], [b, y]) => x.at - y.at || a - b)[0];
      if (!due) break;
      pending.delete(due[0]);
      now = due[1].at;
      due[1].callback();
    }
    now = target;
  }
  return { timers, advance };
}

/** A browser's relay on a hub of its own, reading `source` as the order's upstream stream. */
function relay(
  source: ReadableStream<Uint8Array>,
  overrides: Omit<Partial<RelayOptions>, 'transform'> & { transform?: (data: string) => string | null } = {},
) {
  const client = new AbortController();
  let upstreamAborted = 0;
  const { transform = (data: string) => data, timers, keepAliveMs = 60_000, ...rest } = overrides;
  const hub = new OrderStreamHub({ read: readAsIs((data) => ({ data })), silenceMs: 2 * keepAliveMs, timers });
  const relayed = relayOrderStream({
    maxDurationMs: 60_000,
    keepAliveMs,
    signal: client.signal,
    timers,
    ...rest,
    transform: (order) => transform((order as { data: string }).data),
  });
  const opened = hub.join(
    'order-1',
    async (signal) => {
      signal.addEventListener('abort', () => void upstreamAborted++);
      return source;
    },
    relayed,
  );
  void opened.then(relayed.attach);
  const body = relayed.body;
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let text = '';
  return {
    client,
    reader,
    upstreamAborted: () => upstreamAborted,
    /** Reads until `marker` has arrived (or the stream ended); returns everything so far. */
    async until(marker: string) {
      while (!text.includes(marker)) {
        const { value, done } = await reader.read();
        if (done) break;
        text += decoder.decode(value, { stream: true });
      }
      return text;
    },
    async rest() {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) return text;
        text += decoder.decode(value, { stream: true });
      }
    },
  };
}

describe('relayOrderStream', () => {
  it('passes each event on as soon as it is complete, even when split mid-line', async () => {
    const up = upstream();
    const r = relay(up.stream);
    up.send('da');
    up.send('ta: {"order_state":"Waiting');
    up.send('ForPayment"}\n');
    up.send('\n');
    expect(await r.until('WaitingForPayment"}\n\n')).toBe(': connected\n\ndata: {"order_state":"WaitingForPayment"}\n\n');
    up.send('data: {"order_state":"Done"}\r\n\r\nevent: stop\r\ndata: {}\r\n\r\n');
    expect(await r.rest()).toMatch(/data: \{"order_state":"Done"\}\n\nevent: stop\ndata: \{\}\n\n$/);
    expect(r.upstreamAborted()).toBe(1);
  });

  it('stamps each order event with the time it was written only when asked to (the latency bench)', async () => {
    const plain = upstream();
    const unstamped = relay(plain.stream);
    plain.send('data: {"n":1}\n\n');
    plain.end();
    expect(await unstamped.rest()).not.toContain('id:');

    const up = upstream();
    const r = relay(up.stream, { stampWrites: true });
    const before = performance.timeOrigin + performance.now();
    up.send('data: {"n":1}\n\n: ping\n\nevent: stop\ndata: {}\n\n');
    const text = await r.rest();
    const after = performance.timeOrigin + performance.now();
    const stamps = [...text.matchAll(/^id: (\d+\.\d{3})\ndata: \{"n":1\}\n\n/gm)].map((m) => Number(m[1]));
    expect(stamps).toHaveLength(1);
    expect(stamps[0]).toBeGreaterThanOrEqual(before - 1);
    expect(stamps[0]).toBeLessThanOrEqual(after + 1);
    expect(text.match(/id:/g)).toHaveLength(1);
  });

  it('sends each payload through transform, dropping the ones it refuses', async () => {
    const up = upstream();
    const r = relay(up.stream, { transform: (data) => (data.includes('secret') ? null : data.replace('CODE-1', '[hidden]')) });
    up.send('data: {"pin_code":"CODE-1"}\n\ndata: {"secret":true}\n\ndata: {"next":1}\n\n');
    up.end();
    const text = await r.rest();
    expect(text).toContain('data: {"pin_code":"[hidden]"}');
    expect(text).not.toContain('secret');
    expect(text).toContain('data: {"next":1}');
  });

  it('keeps only the documented error in the stop data, and drops unknown named events', async () => {
    const up = upstream();
    const r = relay(up.stream);
    up.send('event: promo\ndata: {"x":1}\n\nevent: stop\ndata: {"error":"not found","code":"ABCD"}\n\n');
    const text = await r.rest();
    expect(text).not.toContain('promo');
    expect(text).toContain('event: stop\ndata: {"error":"not found"}\n\n');
  });

  it('sends keep-alive comments while the order is quiet, and passes the upstream ones', async () => {
    const up = upstream();
    const clock = manualTimers();
    const r = relay(up.stream, { keepAliveMs: 15_000, timers: clock.timers });
    await r.until(': connected\n\n');
    clock.advance(15_000);
    expect(await r.until(': keep-alive\n\n')).toBe(': connected\n\n: keep-alive\n\n');
    up.send(': ping\n\n');
    expect(await r.until(': keep-alive\n\n: keep-alive\n\n')).toBe(': connected\n\n: keep-alive\n\n: keep-alive\n\n');
    up.end();
    expect(await r.rest()).not.toContain('reconnect');
  });

  it('ends with event: reconnect once the upstream has sent nothing for twice the keep-alive', async () => {
    const up = upstream();
    const clock = manualTimers();
    const r = relay(up.stream, { keepAliveMs: 15_000, maxDurationMs: 240_000, timers: clock.timers });
    await r.until(': connected\n\n');
    clock.advance(10_000);
    up.send(': keep-alive\n\n'); // the upstream's own comment counts as a sign of life
    await r.until(': keep-alive\n\n');
    clock.advance(29_999); // our keep-alives go on meanwhile, but they are not the upstream's
    expect(r.upstreamAborted()).toBe(0);
    const rest = r.rest();
    clock.advance(1);
    expect(await rest).toMatch(/^: connected\n\n(: keep-alive\n\n)+event: reconnect\ndata: \{\}\n\n$/);
    await up.cancelled;
    expect(r.upstreamAborted()).toBe(1);
  });

  it('ends with event: reconnect before the maximum duration and closes the upstream', async () => {
    const up = upstream();
    const r = relay(up.stream, { maxDurationMs: 30 });
    expect(await r.rest()).toMatch(/event: reconnect\ndata: \{\}\n\n$/);
    await up.cancelled;
    expect(r.upstreamAborted()).toBe(1);
  });

  it('closes the upstream when the browser aborts or cancels', async () => {
    const first = upstream();
    const aborted = relay(first.stream);
    await aborted.until(': connected');
    aborted.client.abort();
    await first.cancelled;
    expect(aborted.upstreamAborted()).toBe(1);

    const second = upstream();
    const cancelled = relay(second.stream);
    await cancelled.until(': connected');
    await cancelled.reader.cancel();
    await second.cancelled;
    expect(cancelled.upstreamAborted()).toBe(1);
  });

  it('drops an event too long to be an order and relays the ones after it', async () => {
    const up = upstream();
    const r = relay(up.stream);
    up.send(`data: {"junk":"${'x'.repeat(1_100_000)}`);
    up.send(`${'x'.repeat(1000)}"}\n\n`);
    up.send('data: {"order_state":"Done"}\n\n');
    up.end();
    expect(await r.rest()).toBe(': connected\n\ndata: {"order_state":"Done"}\n\n');
  });

  it('reads a stop, a multi-line event and a lone CR the way a browser would', async () => {
    const up = upstream();
    const r = relay(up.stream, { transform: (data) => JSON.stringify(data) });
    up.send('data:one\rdata: two\r\revent: stop\ndata: {}\n\n');
    expect(await r.rest()).toBe(': connected\n\ndata: "one\\ntwo"\n\nevent: stop\ndata: {}\n\n');
  });

  it('ends cleanly when the upstream drops, so the browser reconnects', async () => {
    const up = upstream();
    const r = relay(up.stream);
    up.send('data: {"a":1}\n\n');
    up.end();
    expect(await r.rest()).toBe(': connected\n\ndata: {"a":1}\n\n');
  });
});
