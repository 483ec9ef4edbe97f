import { locale as rootLocale } from 'next/root-params';
import { getRequestConfig } from 'next-intl/server';
import { toLocale } from './config';

// The language is the `[locale]` segment every page lives under (proxy.ts rewrites `/US` to `/en/US` from the
// visitor's cookie or Accept-Language), so a page never reads a cookie and stays one shared cache entry per
// language. Route handlers (share images, the manifest) cannot read root params: they pass their locale in.
export default getRequestConfig(async ({ locale: given }) => {
  const locale = toLocale(given ?? (await rootLocale()));
  const messages = (await import(`./messages/${locale}.json`)).default;
  return { locale, messages };
});
