import { cookies, headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { COUNTRY_COOKIE, detectCountry } from '@/lib/catalog/country-detect';
import { toCountryCode } from '@/lib/countries';
import { getServerConfig } from '@/lib/env';

export const dynamic = 'force-dynamic';

// `/` sends the visitor to their country: saved choice, geo header, Accept-Language, configured default.
export default async function Root() {
  const [cookieStore, headerList] = await Promise.all([cookies(), headers()]);
  const country = detectCountry({
    saved: cookieStore.get(COUNTRY_COOKIE)?.value,
    geo: headerList.get('x-vercel-ip-country'),
    acceptLanguage: headerList.get('accept-language'),
    fallback: toCountryCode(getServerConfig().defaultCountry) ?? 'US',
  });
  redirect(`/${country}`);
}
