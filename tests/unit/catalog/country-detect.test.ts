import { describe, expect, it } from 'vitest';
import { detectCountry, regionsFromAcceptLanguage } from '@/lib/catalog/country-detect';

describe('the visitor’s country', () => {
  it('prefers the saved choice, then the geo header, then Accept-Language, then the default', () => {
    const all = { saved: 'fr', geo: 'DE', acceptLanguage: 'es-MX', fallback: 'US' as const };
    expect(detectCountry(all)).toBe('FR');
    expect(detectCountry({ ...all, saved: null })).toBe('DE');
    expect(detectCountry({ ...all, saved: null, geo: undefined })).toBe('MX');
    expect(detectCountry({ fallback: 'US' })).toBe('US');
  });

  it('skips unsupported or malformed values at each step', () => {
    expect(detectCountry({ saved: 'XX', geo: 'T1', acceptLanguage: 'en-ZZ, pt-BR;q=0.5', fallback: 'US' })).toBe('BR');
    expect(detectCountry({ saved: '<script>', geo: '', acceptLanguage: 'de', fallback: 'GB' })).toBe('GB');
  });

  it('reads Accept-Language regions by quality, then order', () => {
    expect(regionsFromAcceptLanguage('de-AT,de;q=0.9,en-US;q=0.8')).toEqual(['AT', 'US']);
    expect(regionsFromAcceptLanguage('en-GB;q=0.2, fr-CA;q=0.7, zh-Hant-TW')).toEqual(['TW', 'CA', 'GB']);
    expect(regionsFromAcceptLanguage('es-419, pt-BR;q=0')).toEqual([]);
    expect(regionsFromAcceptLanguage(undefined)).toEqual([]);
  });
});
