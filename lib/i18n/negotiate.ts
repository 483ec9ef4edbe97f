import { acceptedLanguageTags } from './accept-language';
import { DEFAULT_LOCALE, isLocale, type Locale } from './config';

/** The visitor's language: their saved choice, else the first Accept-Language match (by base language), else English. */
export function negotiateLocale(saved: string | undefined | null, acceptLanguage: string | null | undefined): Locale {
  if (isLocale(saved)) return saved;
  for (const tag of acceptedLanguageTags(acceptLanguage)) {
    const base = tag.toLowerCase().split('-')[0];
    // "in" is the deprecated code for Indonesian some older browsers still send.
    const candidate = base === 'in' ? 'id' : base;
    if (isLocale(candidate)) return candidate;
  }
  return DEFAULT_LOCALE;
}
