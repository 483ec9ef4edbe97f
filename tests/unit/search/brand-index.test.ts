import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Brand } from '@/lib/cryptorefills/types';
import { decodeBrandIndex, encodeBrandIndex, toCardBrand } from '@/lib/search/brand-index';

const getBrands = vi.fn();
vi.mock('@/lib/cryptorefills', () => ({ getBrands }));
const { GET } = await import('@/app/api/catalog/[country]/brands/route');

const CDN = 'https://cdn.example.com/logos_v2/';
const brands: Brand[] = [
  {
    name: 'Steam',
    logoBaseUrl: `${CDN}steam`,
    bgColor: '#000000',
    category: 'games',
    additionalCategories: [],
    kind: 'giftcard',
    min: '$5',
    max: '$100',
  },
  {
    name: 'Claro Credits',
    family: 'Claro',
    logoUrl: 'https://other.example.com/claro.png',
    category: 'mobile_credits',
    additionalCategories: ['other_products'],
    kind: 'mobile_recharge',
    min: '$10',
    max: '$10',
    outOfStock: true,
  },
  { name: 'Roam eSIM', category: 'e-sim', additionalCategories: [], kind: 'giftcard' },
];

const call = (country: string) =>
  GET(new Request(`http://store.test/api/catalog/${country}/brands`), { params: Promise.resolve({ country }) });

describe('the compact brand index', () => {
  it('decodes to the same cards, kinds and categories the server renders, with the logo folder sent once', () => {
    const index = encodeBrandIndex(brands);
    expect(index.logoBase).toBe(CDN);
    expect(JSON.stringify(index).split(CDN)).toHaveLength(2);
    const decoded = decodeBrandIndex(JSON.parse(JSON.stringify(index)));
    expect(
      decoded.map(({ name, slug, logoBaseUrl, logoUrl, bgColor, range, outOfStock }) => ({
        name,
        slug,
        logoBaseUrl,
        logoUrl,
        bgColor,
        range,
        outOfStock,
      })),
    ).toEqual(brands.map((b) => ({ ...toCardBrand(b), outOfStock: b.outOfStock === true })));
    expect(decoded.map((b) => b.kind)).toEqual(['giftcard', 'topup', 'esim']);
    expect(decoded[1]?.categories).toEqual(['mobile_credits', 'other_products']);
    expect(decoded[0]?.search.name).toBe('steam');
  });
});

describe('GET /api/catalog/{CC}/brands', () => {
  beforeEach(() => getBrands.mockReset());

  it('answers the index, cacheable', async () => {
    getBrands.mockResolvedValue({ brands });
    const response = await call('US');
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toMatch(/^public, max-age=\d+/);
    expect(((await response.json()) as { brands: unknown[] }).brands).toHaveLength(3);
    expect(getBrands).toHaveBeenCalledWith('US');
  });

  it('answers 404 in the API error shape for an unknown or non-canonical country, without asking upstream', async () => {
    for (const country of ['XX', 'us', 'USA', '../x']) {
      const response = await call(country);
      expect(response.status).toBe(404);
      expect(await response.json()).toEqual({ error: { code: 'COUNTRY_NOT_FOUND', message: expect.any(String) } });
    }
    expect(getBrands).not.toHaveBeenCalled();
  });
});
