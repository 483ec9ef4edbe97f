'use client';
// Remembers the country a visitor shops in, so `/` sends them back to it next time. Written by the browser, not
// by the server: a catalog page's answer carries no Set-Cookie, so any cache may share it.
import { useEffect } from 'react';
import { COUNTRY_COOKIE } from '@/lib/catalog/country-cookie';

const ONE_YEAR_SECONDS = 60 * 60 * 24 * 365;

/** The country this browser last shopped in (its `sf_country` cookie), if any. Browser only. */
export function savedCountry(): string | undefined {
  return document.cookie
    .split('; ')
    .find((pair) => pair.startsWith(`${COUNTRY_COOKIE}=`))
    ?.slice(COUNTRY_COOKIE.length + 1);
}

export function RememberCountry({ country }: { country: string }) {
  useEffect(() => {
    if (savedCountry() === country) return;
    const secure = window.location.protocol === 'https:' ? '; Secure' : '';
    document.cookie = `${COUNTRY_COOKIE}=${country}; Path=/; Max-Age=${ONE_YEAR_SECONDS}; SameSite=Lax${secure}`;
  }, [country]);
  return null;
}
