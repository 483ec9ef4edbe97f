import { toCountryCode, type CountryCode } from '@/lib/countries';
import { acceptedLanguageTags } from '@/lib/i18n/accept-language';

export { COUNTRY_COOKIE } from './country-cookie';

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
  return acceptedLanguageTags(header)
    .map((tag) =>
      tag
        .split('-')
        .slice(1)
        .find((sub) => /^[A-Za-z]{2}$/.test(sub)),
    )
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
