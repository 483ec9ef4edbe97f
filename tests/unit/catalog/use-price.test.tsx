// @vitest-environment jsdom
import { act, useEffect, useState } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type PriceQuery, usePrice } from '@/lib/catalog/use-price';

declare global {
  var IS_REACT_ACT_ENVIRONMENT: boolean;
}

type Result = ReturnType<typeof usePrice>;
let latest: Result = { pending: false };
let ask: (query: PriceQuery | null) => void = () => {};

const record = (result: Result) => {
  latest = result;
};
const expose = (set: (query: PriceQuery | null) => void) => {
  ask = set;
};
function Probe() {
  const [query, setQuery] = useState<PriceQuery | null>(null);
  const result = usePrice(query);
  useEffect(() => expose(setQuery), []);
  useEffect(() => record(result));
  return null;
}

const query = (value: string): PriceQuery => ({ country: 'US', brand: 'Steam', value, coin: 'USDC' });

/** Each request's value, and its answer to give when the test says so. */
const requests: { value: string; answer: (body: unknown, status?: number) => Promise<void> }[] = [];

let root: Root;
beforeEach(() => {
  globalThis.IS_REACT_ACT_ENVIRONMENT = true;
  vi.useFakeTimers();
  requests.length = 0;
  vi.stubGlobal(
    'fetch',
    vi.fn((url: string) => {
      const value = new URL(url, 'http://shop.test').searchParams.get('value') ?? '';
      return new Promise<Response>((resolve) => {
        requests.push({
          value,
          answer: async (body, status = 200) => {
            await act(async () => resolve(new Response(JSON.stringify(body), { status })));
          },
        });
      });
    }),
  );
  root = createRoot(document.createElement('div'));
  act(() => root.render(<Probe />));
});

afterEach(() => {
  act(() => root.unmount());
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

const settle = () => act(() => vi.advanceTimersByTime(300));

describe('usePrice', () => {
  it('asks once typing settles, and never shows the answer for an amount no longer asked', async () => {
    act(() => ask(query('10')));
    expect(latest.pending).toBe(true);
    expect(requests).toHaveLength(0);
    settle();
    act(() => ask(query('20')));
    settle();
    expect(requests.map((r) => r.value)).toEqual(['10', '20']);
    await requests[0]!.answer({ coin: 'USDC', coinAmount: '10.10' });
    expect(latest).toEqual({ pending: true });
    await requests[1]!.answer({ coin: 'USDC', coinAmount: '20.20' });
    expect(latest).toEqual({ pending: false, price: { coin: 'USDC', coinAmount: '20.20' } });
  });

  it("refreshes a shown quote every 30 s, not after an error, and reads the server's error code", async () => {
    act(() => ask(query('10')));
    settle();
    await requests[0]!.answer({ coin: 'USDC', coinAmount: '10.10' });
    act(() => vi.advanceTimersByTime(30_000));
    expect(requests).toHaveLength(2);
    await requests[1]!.answer({ error: { code: 'OUT_OF_RANGE', message: 'no' } }, 400);
    expect(latest.error).toMatchObject({ code: 'OUT_OF_RANGE', status: 400 });
    expect(latest.pending).toBe(false);
    act(() => vi.advanceTimersByTime(60_000));
    expect(requests).toHaveLength(2);
  });

  it('takes an answer of the wrong shape as a bad response', async () => {
    act(() => ask(query('10')));
    settle();
    await requests[0]!.answer({ coin: 'USDC', coinAmount: 10.1 });
    expect(latest.error).toMatchObject({ code: 'BAD_RESPONSE' });
  });
});
