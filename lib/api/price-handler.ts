// GET /api/price: a live quote for an amount of a brand, in a coin. Bad input never reaches the upstream.
import 'server-only';
import { clientGone, errorResponse, NO_STORE, toErrorResponse } from '@/lib/api/errors';
import { getPrice, requestContextFrom } from '@/lib/cryptorefills';
import { PRICE_ERROR_MESSAGES, parsePriceQuery, toPriceResponseBody } from './price';

export async function quotePrice(request: Request): Promise<Response> {
  const parsed = parsePriceQuery(new URL(request.url).searchParams);
  if (!parsed.ok) return errorResponse(parsed.code, parsed.message, 400);
  const { country, brand, value, coin } = parsed.query;
  try {
    const quote = await getPrice(
      { countryCode: country, brandName: brand, faceValue: value, coin },
      requestContextFrom(request.headers),
      request.signal,
    );
    return Response.json(toPriceResponseBody(quote), { headers: NO_STORE });
  } catch (error) {
    // The browser left (a new keystroke cancels the last quote): nobody reads this, and nothing went wrong.
    if (request.signal.aborted) return clientGone();
    return toErrorResponse(error, PRICE_ERROR_MESSAGES);
  }
}
