'use client';

// The live price of an open amount, from /api/price. Typing settles for DEBOUNCE_MS before a request goes
// out, and SWR keys each answer on its query, so a slow answer for an old amount never shows.
import { useEffect, useState } from 'react';
import useSWR from 'swr';
import type { z as zod } from 'zod/mini';

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

function makeSchemas(z: typeof zod) {
  return {
    price: z.object({ coin: z.string(), coinAmount: z.string() }),
    error: z.object({ error: z.object({ code: z.string() }) }),
  };
}

// zod/mini (~15 KB gzip) arrives with the first quote, in parallel with it, not with the page.
let schemas: Promise<ReturnType<typeof makeSchemas>> | undefined;
function loadSchemas() {
  schemas ??= import('zod/mini').then(
    ({ z }) => makeSchemas(z),
    (error: unknown) => {
      schemas = undefined; // a failed chunk load is retried with the next quote
      throw error;
    },
  );
  return schemas;
}

function priceKey(query: PriceQuery | null): string | null {
  if (!query) return null;
  const params = new URLSearchParams({ country: query.country, brand: query.brand, value: query.value, coin: query.coin });
  return `/api/price?${params.toString()}`;
}

async function fetchPrice(url: string): Promise<LivePrice> {
  let response: Response;
  let schema: ReturnType<typeof makeSchemas>;
  try {
    [response, schema] = await Promise.all([fetch(url, { cache: 'no-store', headers: { accept: 'application/json' } }), loadSchemas()]);
  } catch {
    throw new PriceError('NETWORK_ERROR', 0);
  }
  const json: unknown = await response.json().catch(() => undefined);
  if (!response.ok) {
    const body = schema.error.safeParse(json);
    throw new PriceError(body.success ? body.data.error.code : 'UNKNOWN', response.status);
  }
  const body = schema.price.safeParse(json);
  if (!body.success) throw new PriceError('BAD_RESPONSE', response.status);
  return body.data;
}

function useDebounced<T>(value: T, delayMs: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, delayMs]);
  return settled;
}

/** `pending` covers both the debounce wait and the request in flight; `null` asks for nothing. */
export function usePrice(query: PriceQuery | null): { price?: LivePrice; error?: PriceError; pending: boolean } {
  const key = priceKey(query);
  const settledKey = useDebounced(key, DEBOUNCE_MS);
  const activeKey = key === settledKey ? key : null;
  // Quotes are short-lived: never reused from a cache, refreshed while the buyer looks at them.
  const { data, error, isLoading } = useSWR<LivePrice, PriceError>(activeKey, fetchPrice, {
    revalidateOnFocus: false,
    shouldRetryOnError: false,
    refreshInterval: 30_000,
  });
  if (!key) return { pending: false };
  if (key !== settledKey || isLoading) return { pending: true };
  return { ...(data ? { price: data } : {}), ...(error ? { error } : {}), pending: false };
}
