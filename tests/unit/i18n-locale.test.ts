import { describe, expect, it } from 'vitest';
import { toUpstreamLang } from '@/lib/cryptorefills/constants';
import { negotiateLocale } from '@/lib/i18n/negotiate';
import { switchLocale } from '@/lib/i18n/switch';

describe('choosing the language', () => {
  it('keeps a saved choice, else takes the first Accept-Language match, else English', () => {
    expect(negotiateLocale('id', 'en-US')).toBe('id');
    expect(negotiateLocale(undefined, 'id-ID,id;q=0.9,en;q=0.8')).toBe('id');
    expect(negotiateLocale(undefined, 'fr-FR,fr;q=0.9,id;q=0.5,en;q=0.4')).toBe('id');
    expect(negotiateLocale(undefined, 'in')).toBe('id');
    expect(negotiateLocale('xx', 'de-DE')).toBe('en');
    expect(negotiateLocale(null, null)).toBe('en');
  });

  it('sends the upstream the closest language it supports, English otherwise', () => {
    expect(toUpstreamLang('en')).toBe('en');
    expect(toUpstreamLang('pt-BR')).toBe('pt');
    expect(toUpstreamLang('id')).toBe('en');
    expect(toUpstreamLang('zh-TW')).toBe('zh');
  });
});

describe('GET /api/locale', () => {
  it('remembers the language for a year and goes back to the page', () => {
    const res = switchLocale(new Request('https://shop.example/api/locale?lang=id&next=%2FID%2Fsteam%3Fa%3D1'));
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/ID/steam?a=1');
    expect(res.headers.get('set-cookie')).toBe('NEXT_LOCALE=id; Path=/; Max-Age=31536000; SameSite=Lax; Secure');
  });

  it('refuses an unknown language and any destination off the site with a 400', async () => {
    for (const query of [
      'lang=xx',
      'lang=id&next=%2F%2Fevil.example',
      'lang=id&next=https%3A%2F%2Fevil.example',
      'lang=id&next=%2F%5Cevil',
    ]) {
      const res = switchLocale(new Request(`http://127.0.0.1/api/locale?${query}`));
      expect(res.status, query).toBe(400);
      expect((await res.json()).error.code).toBe('INVALID_QUERY');
    }
  });
});

describe('country names', () => {
  it('are in the visitor’s language, from Intl, with the English table as the fallback', async () => {
    const { countryName, countriesIn } = await import('@/lib/countries');
    expect(countryName('US')).toBe('United States');
    expect(countryName('us', 'id')).toBe('Amerika Serikat');
    expect(countryName('XX', 'id')).toBeUndefined();
    const names = countriesIn('id').map((c) => c.name);
    expect(names).toHaveLength(233);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'id')));
  });
});

describe('GET /api/locale with a path in another script', () => {
  it('sends it back percent-encoded, since a header holds bytes', () => {
    const res = switchLocale(new Request('http://127.0.0.1/api/locale?lang=id&next=/%E6%97%A5%3Fq%3D%C3%A9'));
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/%E6%97%A5?q=%C3%A9');
  });
});

describe('GET /api/locale from the footer’s plain links (no `next`)', () => {
  const from = (referer?: string) =>
    switchLocale(new Request('http://127.0.0.1:3000/api/locale?lang=id', { headers: referer ? { referer } : {} })).headers.get('location');

  it('goes back to the page the Referer names, with its query, and only ever to a page of this site', () => {
    expect(from('http://localhost:3000/US/steam?denomination=10')).toBe('/US/steam?denomination=10');
    expect(from('https://elsewhere.example/US/steam')).toBe('/US/steam');
  });

  it('goes home without a Referer, or with one whose path would leave the site', () => {
    expect(from()).toBe('/');
    expect(from('http://127.0.0.1:3000//evil.example/x')).toBe('/');
    expect(from('not a url')).toBe('/');
  });
});
