'use client';

// The live price of an open amount, from /api/price. Typing settles for DEBOUNCE_MS before a request goes
// out, and each answer is kept with the query it answers, so a slow answer for an old amount never shows. A few
// lines of our own rather than SWR (about 5 KB gzip on the brand page's first load) for one request.
import { useEffect, useState } from 'react';
import { useDebounced } from '@/lib/use-debounced';

export interface PriceQuery {
  country: string;
  brand: string;
  /** The face value as validated ("100", "12.5"). */
  value: string;
  coin: string;
}

export interface LivePrice {
  coin: string;
  coinAmount: string;
}

export class PriceError extends Error {
  override name = 'PriceError';
  constructor(
    readonly code: string,
    readonly status: number,
  ) {
    super(code);
  }
}

const DEBOUNCE_MS = 300;
/** A shown quote is asked again this often while the page is visible (and not after an error). */
const REFRESH_MS = 30_000;

// Our own server's answer (it validated the upstream's with zod): checked by hand for its two shapes, without
// shipping zod to the browser for them.
function field(json: unknown, name: string): unknown {
  return typeof json === 'object' && json !== null ? (json as Record<string, unknown>)[name] : undefined;
}

function asPrice(json: unknown): LivePrice | undefined {
  const coin = field(json, 'coin');
  const coinAmount = field(json, 'coinAmount');
  return typeof coin === 'string' && typeof coinAmount === 'string' ? { coin, coinAmount } : undefined;
}

function errorCode(json: unknown): string | undefined {
  const code = field(field(json, 'error'), 'code');
  return typeof code === 'string' ? code : undefined;
}

function priceKey(query: PriceQuery | null): string | null {
  if (!query) return null;
  const params = new URLSearchParams({ country: query.country, brand: query.brand, value: query.value, coin: query.coin });
  return `/api/price?${params.toString()}`;
}

async function fetchPrice(url: string): Promise<LivePrice> {
  let response: Response;
  try {
    response = await fetch(url, { cache: 'no-store', headers: { accept: 'application/json' } });
  } catch {
    throw new PriceError('NETWORK_ERROR', 0);
  }
  const json: unknown = await response.json().catch(() => undefined);
  if (!response.ok) throw new PriceError(errorCode(json) ?? 'UNKNOWN', response.status);
  const price = asPrice(json);
  if (!price) throw new PriceError('BAD_RESPONSE', response.status);
  return price;
}

interface Answer {
  key: string;
  price?: LivePrice;
  error?: PriceError;
}

/** Fetches `key` now and, after each good answer, every REFRESH_MS while the page is visible; none for null. */
function useQuote(key: string | null): Answer | undefined {
  const [answer, setAnswer] = useState<Answer>();
  useEffect(() => {
    if (!key) return;
    let live = true;
    let timer: number | undefined;
    const refresh = () => {
      timer = window.setTimeout(() => (document.hidden ? refresh() : ask()), REFRESH_MS);
    };
    const ask = () =>
      fetchPrice(key).then(
        (price) => {
          if (!live) return;
          setAnswer({ key, price });
          refresh();
        },
        (error: unknown) => {
          if (live) setAnswer({ key, error: error instanceof PriceError ? error : new PriceError('UNKNOWN', 0) });
        },
      );
    void ask();
    return () => {
      live = false;
      window.clearTimeout(timer);
    };
  }, [key]);
  return answer;
}

/** `pending` covers both the debounce wait and the request in flight; `null` asks for nothing. */
export function usePrice(query: PriceQuery | null): { price?: LivePrice; error?: PriceError; pending: boolean } {
  const key = priceKey(query);
  const settledKey = useDebounced(key, DEBOUNCE_MS);
  // Quotes are short-lived: never reused from an earlier query, refreshed while the buyer looks at them.
  const answer = useQuote(key === settledKey ? key : null);
  if (!key) return { pending: false };
  if (key !== settledKey || answer?.key !== key) return { pending: true };
  return { ...(answer.price ? { price: answer.price } : {}), ...(answer.error ? { error: answer.error } : {}), pending: false };
}
