'use client';

import Link from 'next/link';
import { usePathname, useSearchParams } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useId } from 'react';

/** Links to the same page priced in another coin; they carry the current choice along (the URL holds it). */
export function CoinSwitch({ coin, coins }: { coin: string; coins: readonly string[] }) {
  const t = useTranslations('brandPage');
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const labelId = useId();
  const hrefFor = (next: string) => {
    const params = new URLSearchParams(searchParams.toString());
    params.set('coin', next);
    return `${pathname}?${params.toString()}`;
  };
  return (
    <div role="group" aria-labelledby={labelId} className="flex flex-wrap items-center gap-2">
      <span id={labelId} className="text-sm text-muted">
        {t('coinLabel')}
      </span>
      <ul className="flex gap-1">
        {coins.map((option) => (
          <li key={option}>
            <Link
              href={hrefFor(option)}
              scroll={false}
              aria-current={option === coin ? 'true' : undefined}
              className="inline-block rounded-full border border-border px-3 py-1 text-sm font-medium hover:border-primary-ink aria-[current]:border-primary-ink aria-[current]:bg-primary aria-[current]:text-primary-fg"
            >
              {option}
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
