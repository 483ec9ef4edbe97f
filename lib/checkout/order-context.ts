import 'server-only';
import { cookies } from 'next/headers';
import { requestContextFrom, SUPPORTED_LANGS } from '@/lib/cryptorefills';
import { getServerConfig } from '@/lib/env';
import { LOCALE_COOKIE, toLocale } from '@/lib/i18n/config';
import type { OrderContext } from './place-order';
import { parseUtmCookie, UTM_COOKIE } from './utm';

/** The upstream language closest to the visitor's: one it supports, else English. */
export function upstreamLang(locale: string): string {
  const base = locale.toLowerCase().split('-')[0] ?? 'en';
  return (SUPPORTED_LANGS as readonly string[]).includes(base) ? base : 'en';
}

/** Everything an order call needs besides the form: language, attribution and the buyer's IP and UA. */
export async function orderContextFrom(request: Request): Promise<OrderContext> {
  const jar = await cookies();
  return {
    lang: upstreamLang(toLocale(jar.get(LOCALE_COOKIE)?.value)),
    acquisition: { utmSource: getServerConfig().utmSource, visitor: parseUtmCookie(jar.get(UTM_COOKIE)?.value) },
    ctx: requestContextFrom(request.headers),
    signal: request.signal,
  };
}
