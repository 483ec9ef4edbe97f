// GET /api/price: the query a browser may send, and the sentences for the upstream's price refusals.
import { z } from 'zod';
import { isSupportedCountry } from '@/lib/countries';
import type { PriceQuote } from '@/lib/cryptorefills/types';
import type { ErrorMessages } from './errors';

const MAX_FACE_VALUE = 1e9;

const FIELD_ERRORS = {
  country: { code: 'INVALID_COUNTRY', message: 'Give a supported two-letter country code, e.g. US.' },
  brand: { code: 'INVALID_BRAND', message: 'Give a brand name of 1 to 100 characters.' },
  value: { code: 'INVALID_VALUE', message: 'Give a positive amount with at most two decimals.' },
  coin: { code: 'INVALID_COIN', message: 'Give a coin code such as USDC.' },
} as const;

export const PriceQuerySchema = z.object({
  country: z.string().trim().toUpperCase().refine(isSupportedCountry),
  brand: z.string().trim().min(1).max(100),
  value: z
    .string()
    .trim()
    .regex(/^\d{1,10}(\.\d{1,2})?$/)
    .refine((value) => Number(value) > 0 && Number(value) <= MAX_FACE_VALUE)
    // "007.50" and "7.5" are one amount: the upstream gets the canonical form.
    .transform((value) => String(Number(value))),
  coin: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z0-9.]{2,10}$/),
});

export type PriceQueryInput = z.output<typeof PriceQuerySchema>;

export type ParsedPriceQuery = { ok: true; query: PriceQueryInput } | { ok: false; code: string; message: string };

/** Reads the query string; the first bad field decides the error, so the message names it. */
export function parsePriceQuery(params: URLSearchParams): ParsedPriceQuery {
  const parsed = PriceQuerySchema.safeParse({
    country: params.get('country') ?? undefined,
    brand: params.get('brand') ?? undefined,
    value: params.get('value') ?? undefined,
    coin: params.get('coin') ?? undefined,
  });
  if (parsed.success) return { ok: true, query: parsed.data };
  const field = parsed.error.issues[0]?.path[0];
  const error = typeof field === 'string' && field in FIELD_ERRORS ? FIELD_ERRORS[field as keyof typeof FIELD_ERRORS] : FIELD_ERRORS.value;
  return { ok: false, ...error };
}

/** What /api/price answers: the quote, in the app's own names. */
export interface PriceResponseBody {
  productId: string;
  coin: string;
  /** Exactly the upstream's decimal string: display it, never round it. */
  coinAmount: string;
  originalCoinAmount?: string;
}

export function toPriceResponseBody(quote: PriceQuote): PriceResponseBody {
  return {
    productId: quote.productId,
    coin: quote.coin,
    coinAmount: quote.coinAmount,
    ...(quote.originalCoinAmount === undefined ? {} : { originalCoinAmount: quote.originalCoinAmount }),
  };
}

export const PRICE_ERROR_MESSAGES: ErrorMessages = {
  FACE_VALUE_OUT_OF_RANGE: 'This amount is outside the range this card allows.',
  FACE_VALUE_OFF_STEP: 'This amount is not one of the steps this card allows.',
  FACE_VALUE_NOT_AVAILABLE: 'This amount is not available for this card.',
  INVALID_FACE_VALUE: 'This amount is not valid.',
  NOT_AVAILABLE_PRODUCT: 'This product is not available in this country.',
  OUT_OF_STOCK: 'This product is out of stock right now.',
  UNSUPPORTED_COIN: 'Prices are not available in this coin.',
  SUSPENDED_COIN: 'Payments in this coin are suspended for now. Please choose another coin.',
};
