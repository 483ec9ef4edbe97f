import { describe, expect, it, vi } from 'vitest';
import { InvalidRequestError, UpstreamHttpError, UpstreamShapeError, UpstreamUnavailableError } from '@/lib/cryptorefills/errors';
import { isUpstreamTrouble, orUnavailable } from '@/lib/unavailable';
import { retryPath, unavailableUrl } from '@/lib/unavailable/paths';

const redirect = vi.hoisted(() =>
  vi.fn((url: string): never => {
    throw Object.assign(new Error('NEXT_REDIRECT'), { url });
  }),
);
vi.mock('next/navigation', () => ({ redirect }));
// Next's cache: the trouble render is kept one second (a read with that lifetime shortens the page's).
const cacheRead = vi.hoisted(() => vi.fn(async () => true));
const unstableCache = vi.hoisted(() =>
  vi.fn((_read: unknown, _key: string[], options: { revalidate: number }) => Object.assign(cacheRead, { options })),
);
vi.mock('next/cache', () => ({ unstable_cache: unstableCache }));

describe('upstream trouble on a page', () => {
  it('is the upstream down, hung, failing or unreadable, never a refusal the page handles itself', () => {
    const endpoint = 'GET /v2/brands';
    expect(isUpstreamTrouble(new UpstreamUnavailableError('timeout', endpoint))).toBe(true);
    expect(isUpstreamTrouble(new UpstreamUnavailableError('unreachable', endpoint))).toBe(true);
    expect(isUpstreamTrouble(new UpstreamShapeError('invalid_json', endpoint))).toBe(true);
    expect(isUpstreamTrouble(new UpstreamHttpError({ status: 503, endpoint }))).toBe(true);
    expect(isUpstreamTrouble(new UpstreamHttpError({ status: 429, endpoint }))).toBe(true);
    expect(isUpstreamTrouble(new UpstreamHttpError({ status: 408, endpoint }))).toBe(true);
    expect(isUpstreamTrouble(new UpstreamHttpError({ status: 403, endpoint }))).toBe(true);
    expect(isUpstreamTrouble(new UpstreamHttpError({ status: 404, endpoint }))).toBe(false);
    expect(isUpstreamTrouble(new UpstreamHttpError({ status: 400, endpoint }))).toBe(false);
    expect(isUpstreamTrouble(new InvalidRequestError('INVALID_COUNTRY_CODE', 'bad'))).toBe(false);
    expect(isUpstreamTrouble(new TypeError('a bug'))).toBe(false);
  });

  it('sends the visitor to the unavailable screen, which comes back to the page', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const down = Promise.reject(new UpstreamUnavailableError('unreachable', 'GET /v5/orders/x'));
    await expect(orUnavailable('/orders/x', down)).rejects.toMatchObject({ url: '/unavailable?from=%2Forders%2Fx' });
    expect(unstableCache.mock.calls[0]?.[2]).toEqual({ revalidate: 1 });
    expect(cacheRead).toHaveBeenCalledTimes(1);
    await expect(orUnavailable('/US', Promise.reject(new TypeError('a bug')))).rejects.toThrow('a bug');
    expect(await orUnavailable('/US', Promise.resolve(7))).toBe(7);
    // Only trouble shortens a page's life.
    expect(cacheRead).toHaveBeenCalledTimes(1);
  });

  it('retries only paths on this site', () => {
    expect(retryPath('/US/steam?coin=USDT')).toBe('/US/steam?coin=USDT');
    expect(retryPath('/%E6%97%A5')).toBe('/%E6%97%A5');
    for (const off of ['//evil.example', '/\\evil.example', 'https://evil.example', 'javascript:alert(1)', undefined]) {
      expect(retryPath(off), String(off)).toBe('/');
    }
    expect(unavailableUrl('/checkout?item=a&b')).toBe('/unavailable?from=%2Fcheckout%3Fitem%3Da%26b');
  });
});
