import type { ServerResponse } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as fx from './fixtures';
import { type FakeUpstream, json, loadClient, startUpstream } from './upstream-server';

type Loaded = Awaited<ReturnType<typeof loadClient>>;

const ctx = { clientIp: '2001:db8::7', userAgent: 'Mozilla/5.0 Test' };
let upstream: FakeUpstream;
let api: Loaded['client'];
let errors: Loaded['errors'];

beforeAll(async () => {
  upstream = await startUpstream();
  ({ client: api, errors } = await loadClient(upstream.url));
});
afterAll(() => upstream.close());

function openStream(res: ServerResponse): void {
  res.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-cache' });
  res.flushHeaders();
}

async function readUntil(stream: ReadableStream<Uint8Array>, marker: string): Promise<string> {
  const reader = stream.getReader();
  const decoder = new TextDecoder();
  let text = '';
  while (!text.includes(marker)) {
    const { value, done } = await reader.read();
    if (done) break;
    text += decoder.decode(value, { stream: true });
  }
  reader.releaseLock();
  return text;
}

describe('subscribeOrder', () => {
  it('returns the upstream event stream, asking for it with the documented headers', async () => {
    upstream.handle((_req, res) => {
      openStream(res);
      res.end(`data: ${JSON.stringify(fx.waitingOrder)}\n\nevent: stop\ndata: {}\n\n`);
    });
    const stream = await api.subscribeOrder(fx.ORDER_ID, ctx, new AbortController().signal);
    const text = await readUntil(stream, 'event: stop');
    const payload =
      text
        .split('\n')
        .find((line) => line.startsWith('data: {"order_id"'))
        ?.slice('data: '.length) ?? '';
    expect(api.parseSseOrderEvent(payload)?.state).toBe('WaitingForPayment');
    expect(upstream.requests[0]?.url).toBe(`/v5/orders/${fx.ORDER_ID}/subscribe`);
    expect(upstream.requests[0]?.headers).toMatchObject({ accept: 'text/event-stream', 'x-forwarded-for': '2001:db8::7' });
  });

  it('keeps a quiet stream open past the request timeout', async () => {
    upstream.handle((_req, res) => {
      openStream(res);
      setTimeout(() => res.write(': still here\n\ndata: late\n\n'), 800);
    });
    const stream = await api.subscribeOrder(fx.ORDER_ID, ctx, new AbortController().signal);
    expect(await readUntil(stream, 'data: late')).toContain('data: late');
    await stream.cancel();
  });

  it('closes the upstream connection when the caller aborts', async () => {
    let closed!: () => void;
    const upstreamClosed = new Promise<void>((resolve) => (closed = resolve));
    upstream.handle((req, res) => {
      res.on('close', () => closed());
      openStream(res);
      res.write(': open\n\n');
    });
    const controller = new AbortController();
    const stream = await api.subscribeOrder(fx.ORDER_ID, ctx, controller.signal);
    await readUntil(stream, ': open');
    controller.abort();
    await expect(upstreamClosed).resolves.toBeUndefined();
  });

  it('times out while waiting for the response headers', async () => {
    upstream.handle(() => undefined);
    await expect(api.subscribeOrder(fx.ORDER_ID, ctx, new AbortController().signal)).rejects.toMatchObject({ reason: 'timeout' });
  });

  it('turns an HTTP error into UpstreamHttpError', async () => {
    upstream.handle((_req, res) => json(res, 404, { status: 404, detail: 'ORDER_NOT_FOUND' }));
    const error = await api.subscribeOrder(fx.ORDER_ID, ctx, new AbortController().signal).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(errors.UpstreamHttpError);
    expect(error).toMatchObject({ status: 404, code: 'ORDER_NOT_FOUND' });
  });

  it('rejects a response that is not an event stream', async () => {
    upstream.handle((_req, res) => json(res, 200, fx.waitingOrder));
    await expect(api.subscribeOrder(fx.ORDER_ID, ctx, new AbortController().signal)).rejects.toMatchObject({
      name: 'UpstreamShapeError',
      reason: 'unexpected_content_type',
    });
  });

  it('refuses an order id that is not a UUID', async () => {
    await expect(api.subscribeOrder('ord_abc123xyz', ctx, new AbortController().signal)).rejects.toMatchObject({
      code: 'INVALID_ORDER_ID',
    });
  });
});
