// @vitest-environment jsdom
// The checkout's price check (useCheckoutValidation, by hand since SWR left the page): asked once the form rests,
// only the answer about the form as it is now is shown, and the buyer can ask again after an error.
import { act, useEffect } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { QuoteRequestInput } from '@/lib/checkout/request';
import { ApiError, useCheckoutValidation } from '@/lib/checkout/use-validation';

declare global {
  var IS_REACT_ACT_ENVIRONMENT: boolean;
}

type Validation = ReturnType<typeof useCheckoutValidation>;
const quote = (coin: string) => ({ coin, network: 'Solana', items: [] }) as unknown as QuoteRequestInput;
const answer = (coinAmount: string) => ({ valid: true, coinAmount, lines: [], problems: [] });

/** Each fetch of /api/checkout/validate, answered when the test says. */
let asked: { body: string; answer: (status: number, json: unknown) => void }[] = [];
let latest: Validation | undefined;
function Probe({ request }: { request: QuoteRequestInput | null }) {
  const validation = useCheckoutValidation(request);
  useEffect(() => {
    latest = validation;
  });
  return null;
}

async function answerRequest(index: number, status: number, json: unknown) {
  await act(async () => asked[index]!.answer(status, json));
}

describe('useCheckoutValidation', () => {
  beforeEach(() => {
    globalThis.IS_REACT_ACT_ENVIRONMENT = true;
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    asked = [];
    latest = undefined;
    vi.stubGlobal('fetch', (_url: string, init: RequestInit) => {
      return new Promise<Response>((resolve) => {
        asked.push({ body: String(init.body), answer: (status, json) => resolve(Response.json(json, { status })) });
      });
    });
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('asks once the form rests, and shows only the answer about the form as it is now', async () => {
    const root = createRoot(document.createElement('div'));
    await act(() => root.render(<Probe request={quote('USDC')} />));
    expect(asked).toHaveLength(1);
    expect(latest?.settled).toBe(false);
    // The coin changes twice quickly: one request, for the last one.
    await act(() => root.render(<Probe request={quote('USDT')} />));
    await act(() => root.render(<Probe request={quote('DAI')} />));
    await act(() => vi.advanceTimersByTime(400));
    expect(asked.map((a) => JSON.parse(a.body).coin)).toEqual(['USDC', 'DAI']);
    // The first form's answer comes last: never shown for the form as it is now.
    await answerRequest(1, 200, answer('3'));
    await answerRequest(0, 200, answer('1'));
    expect(latest).toMatchObject({ settled: true, data: { coinAmount: '3' }, error: undefined });
    await act(() => root.render(<Probe request={null} />));
    await act(() => vi.advanceTimersByTime(400));
    expect(latest).toMatchObject({ settled: true, data: undefined, isValidating: false });
    expect(asked).toHaveLength(2);
  });

  it('keeps the error code of a refusal, and asks again when the buyer says so', async () => {
    const root = createRoot(document.createElement('div'));
    await act(() => root.render(<Probe request={quote('USDC')} />));
    await answerRequest(0, 503, { error: { code: 'STORE_UNAVAILABLE', message: 'Down.' } });
    expect(latest?.settled).toBe(true);
    expect(latest?.error).toBeInstanceOf(ApiError);
    expect(latest?.error).toMatchObject({ code: 'STORE_UNAVAILABLE', status: 503 });
    await act(() => latest!.recheck());
    expect(asked).toHaveLength(2);
    expect(latest?.settled).toBe(false);
    await answerRequest(1, 200, answer('2'));
    expect(latest).toMatchObject({ settled: true, data: { coinAmount: '2' }, error: undefined });
    // An answer that is not ours is an error too, never a price.
    await act(() => latest!.recheck());
    await answerRequest(2, 200, { valid: 'yes' });
    expect(latest).toMatchObject({ settled: true, data: undefined, error: { code: 'UNREADABLE' } });
  });
});
