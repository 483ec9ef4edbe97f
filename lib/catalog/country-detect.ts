import { toCountryCode, type CountryCode } from '@/lib/countries';

export const COUNTRY_COOKIE = 'sf_country';

export interface CountrySignals {
  /** The visitor's earlier choice (cookie). */
  saved?: string | null;
  /** The hosting platform's geo header, e.g. Vercel's `x-vercel-ip-country`. */
  geo?: string | null;
  acceptLanguage?: string | null;
  fallback: CountryCode;
}

/** Region subtags of Accept-Language in preference order: "de-AT,de;q=0.9,en-US;q=0.8" → AT, US. */
export function regionsFromAcceptLanguage(header: string | null | undefined): string[] {
  if (!header) return [];
  return header
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find(Boolean);
      return { tag, q: q === undefined ? 1 : Number(q), index };
    })
    .filter((entry) => entry.q > 0 && Number.isFinite(entry.q))
    .sort((a, b) => b.q - a.q || a.index - b.index)
    .map((entry) => entry.tag.split('-').slice(1).find((sub) => /^[A-Za-z]{2}$/.test(sub)))
    .filter((region): region is string => Boolean(region));
}

/** The visitor's country: saved choice, else geo header, else Accept-Language, else the configured default. */
export function detectCountry(signals: CountrySignals): CountryCode {
  return (
    toCountryCode(signals.saved) ??
    toCountryCode(signals.geo) ??
    regionsFromAcceptLanguage(signals.acceptLanguage).map(toCountryCode).find(Boolean) ??
    signals.fallback
  );
}
