import 'server-only';
import { cookies } from 'next/headers';
import { requestContextFrom, toUpstreamLang } from '@/lib/cryptorefills';
import { getServerConfig } from '@/lib/env';
import { LOCALE_COOKIE } from '@/lib/i18n/config';
import { negotiateLocale } from '@/lib/i18n/negotiate';
import type { OrderContext } from './place-order';
import { parseUtmCookie, UTM_COOKIE } from '../utm';

/** Everything an order call needs besides the form: language, attribution and the buyer's IP and UA. */
export async function orderContextFrom(request: Request): Promise<OrderContext> {
  const jar = await cookies();
  return {
    lang: toUpstreamLang(negotiateLocale(jar.get(LOCALE_COOKIE)?.value, request.headers.get('accept-language'))),
    acquisition: { utmSource: getServerConfig().utmSource, visitor: parseUtmCookie(jar.get(UTM_COOKIE)?.value) },
    ctx: requestContextFrom(request.headers),
    signal: request.signal,
  };
}
