import { beforeEach, describe, expect, it, vi } from 'vitest';
import { InvalidRequestError, UpstreamHttpError, UpstreamShapeError, UpstreamUnavailableError } from '@/lib/cryptorefills/errors';
import type { PriceQuote } from '@/lib/cryptorefills/types';
import { PEER_HEADER, setPeerToken } from '@/lib/net/peer';

const getPrice = vi.fn();

vi.mock('@/lib/cryptorefills', async () => {
  const headers = await import('@/lib/cryptorefills/headers');
  return { getPrice, requestContextFrom: headers.requestContextFrom };
});

const { GET } = await import('@/app/api/price/route');

const quote: PriceQuote = {
  productId: '1b2c3d4e-0000-4000-8000-00000000a001',
  isRange: true,
  coin: 'USDC',
  coinAmount: '101.48',
  originalCoinAmount: '101.48',
};

function call(query: string, headers: Record<string, string> = {}) {
  return GET(new Request(`http://store.test/api/price?${query}`, { headers }));
}

async function errorOf(response: Response) {
  return ((await response.json()) as { error: { code: string; message: string } }).error;
}

describe('GET /api/price', () => {
  beforeEach(() => {
    getPrice.mockReset();
  });

  it('answers the live quote, uncached, and forwards the buyer (their socket address) and the abort signal', async () => {
    setPeerToken('price-test-token');
    getPrice.mockResolvedValue(quote);
    const response = await call('country=us&brand=Airbnb&value=100&coin=usdc', {
      'x-forwarded-for': '6.6.6.6, 10.0.0.1',
      [PEER_HEADER]: 'price-test-token 203.0.113.7',
      'user-agent': 'Buyer/1.0',
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(await response.json()).toEqual({
      productId: quote.productId,
      coin: 'USDC',
      coinAmount: '101.48',
      originalCoinAmount: '101.48',
    });
    expect(getPrice).toHaveBeenCalledWith(
      { countryCode: 'US', brandName: 'Airbnb', faceValue: '100', coin: 'USDC' },
      { clientIp: '203.0.113.7', userAgent: 'Buyer/1.0' },
      expect.any(AbortSignal),
    );
  });

  it('sends the canonical form of an amount', async () => {
    getPrice.mockResolvedValue(quote);
    await call('country=US&brand=Airbnb&value=0100.50&coin=USDC');
    expect(getPrice.mock.calls[0]?.[0]).toMatchObject({ faceValue: '100.5' });
  });

  it.each([
    ['value=-5', 'country=US&brand=Airbnb&value=-5&coin=USDC', 'INVALID_VALUE'],
    ['value=0', 'country=US&brand=Airbnb&value=0&coin=USDC', 'INVALID_VALUE'],
    ['three decimals', 'country=US&brand=Airbnb&value=1.005&coin=USDC', 'INVALID_VALUE'],
    ['value above 1e9', 'country=US&brand=Airbnb&value=1000000001&coin=USDC', 'INVALID_VALUE'],
    ['value=1e3', 'country=US&brand=Airbnb&value=1e3&coin=USDC', 'INVALID_VALUE'],
    ['missing value', 'country=US&brand=Airbnb&coin=USDC', 'INVALID_VALUE'],
    ['country=XX', 'country=XX&brand=Airbnb&value=100&coin=USDC', 'INVALID_COUNTRY'],
    ['country=USA', 'country=USA&brand=Airbnb&value=100&coin=USDC', 'INVALID_COUNTRY'],
    ['missing brand', 'country=US&value=100&coin=USDC', 'INVALID_BRAND'],
    ['brand too long', `country=US&brand=${'a'.repeat(101)}&value=100&coin=USDC`, 'INVALID_BRAND'],
    ['coin with a slash', 'country=US&brand=Airbnb&value=100&coin=US%2FDC', 'INVALID_COIN'],
    ['missing coin', 'country=US&brand=Airbnb&value=100', 'INVALID_COIN'],
  ])('rejects %s with a 400 and never calls the upstream', async (_name, query, code) => {
    const response = await call(query);
    expect(response.status).toBe(400);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const error = await errorOf(response);
    expect(error.code).toBe(code);
    expect(error.message).toMatch(/\w+/);
    expect(getPrice).not.toHaveBeenCalled();
  });

  it('passes an upstream refusal on as a 422 with the upstream code and a sentence', async () => {
    getPrice.mockRejectedValue(
      UpstreamHttpError.fromBody(400, 'GET /v4/products/price', JSON.stringify({ status: 400, detail: 'FACE_VALUE_OUT_OF_RANGE' })),
    );
    const response = await call('country=US&brand=Airbnb&value=1000&coin=USDC');
    expect(response.status).toBe(422);
    expect(await errorOf(response)).toEqual({
      code: 'FACE_VALUE_OUT_OF_RANGE',
      message: 'This amount is outside the range this card allows.',
    });
  });

  it('keeps an upstream 404 a 404, and a rate limit a 429 with Retry-After', async () => {
    getPrice.mockRejectedValueOnce(new UpstreamHttpError({ status: 404, endpoint: 'GET /v4/products/price', detail: 'NOT_FOUND' }));
    expect((await call('country=US&brand=Airbnb&value=10&coin=USDC')).status).toBe(404);

    getPrice.mockRejectedValueOnce(new UpstreamHttpError({ status: 429, endpoint: 'GET /v4/products/price', retryAfterSeconds: 3 }));
    const limited = await call('country=US&brand=Airbnb&value=10&coin=USDC');
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('3');
  });

  it.each([
    ['an upstream 503', new UpstreamHttpError({ status: 503, endpoint: 'GET /v4/products/price' }), 502, 'UPSTREAM_ERROR'],
    ['refused credentials', new UpstreamHttpError({ status: 401, endpoint: 'GET /v4/products/price' }), 502, 'UPSTREAM_ERROR'],
    ['an unreachable upstream', new UpstreamUnavailableError('unreachable', 'GET /v4/products/price'), 502, 'UPSTREAM_UNREACHABLE'],
    ['an upstream timeout', new UpstreamUnavailableError('timeout', 'GET /v4/products/price'), 504, 'UPSTREAM_TIMEOUT'],
    ['an unreadable answer', new UpstreamShapeError('schema_mismatch', 'GET /v4/products/price'), 502, 'UPSTREAM_BAD_RESPONSE'],
    [
      'a rejected country',
      new InvalidRequestError('INVALID_COUNTRY_CODE', 'A country code must be two letters.'),
      400,
      'INVALID_COUNTRY_CODE',
    ],
  ])('maps %s to %i', async (_name, error, status, code) => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    getPrice.mockRejectedValue(error);
    const response = await call('country=US&brand=Airbnb&value=100&coin=USDC');
    expect(response.status).toBe(status);
    expect((await errorOf(response)).code).toBe(code);
  });

  it('answers 500 without details for a bug, never leaking the error text', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    getPrice.mockRejectedValue(new TypeError('secret internals'));
    const response = await call('country=US&brand=Airbnb&value=100&coin=USDC');
    expect(response.status).toBe(500);
    const text = await response.text();
    expect(text).not.toContain('secret internals');
    expect(JSON.parse(text)).toMatchObject({ error: { code: 'INTERNAL_ERROR' } });
  });
});

describe('GET /api/price when the browser goes away', () => {
  it('answers 499 and logs nothing, whatever the abort was rejected with', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    error.mockClear();
    warn.mockClear();
    // Next aborts the request's signal with its own error, named ResponseAborted; fetch rejects with that reason.
    const gone = Object.assign(new Error('The client went away'), { name: 'ResponseAborted' });
    for (const reason of [gone, new DOMException('aborted', 'AbortError'), 'a plain string']) {
      const client = new AbortController();
      getPrice.mockImplementationOnce(async () => {
        client.abort(reason);
        throw reason;
      });
      const response = await GET(
        new Request('http://store.test/api/price?country=US&brand=Airbnb&value=10&coin=USDC', { signal: client.signal }),
      );
      expect(response.status).toBe(499);
      expect((await errorOf(response)).code).toBe('REQUEST_ABORTED');
    }
    expect(error).not.toHaveBeenCalled();
    expect(warn).not.toHaveBeenCalled();
  });
});
