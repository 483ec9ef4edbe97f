import { describe, expect, it } from 'vitest';
import { relayOrderStream, type RelayOptions } from '@/lib/order-stream/sse-relay';

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

function relay(source: ReadableStream<Uint8Array>, overrides: Partial<RelayOptions> = {}) {
  const client = new AbortController();
  let upstreamAborted = 0;
  const body = relayOrderStream(source, {
    transform: (data) => data,
    maxDurationMs: 60_000,
    keepAliveMs: 60_000,
    signal: client.signal,
    abortUpstream: () => void upstreamAborted++,
    ...overrides,
  });
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
    const r = relay(up.stream, { keepAliveMs: 15 });
    const text = await r.until(': keep-alive\n\n: keep-alive\n\n');
    expect(text.startsWith(': connected\n\n: keep-alive\n\n')).toBe(true);
    up.send(': ping\n\n');
    up.end();
    expect(await r.rest()).toContain(': keep-alive');
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

  it('ends cleanly when the upstream drops, so the browser reconnects', async () => {
    const up = upstream();
    const r = relay(up.stream);
    up.send('data: {"a":1}\n\n');
    up.end();
    expect(await r.rest()).toBe(': connected\n\ndata: {"a":1}\n\n');
  });
});
