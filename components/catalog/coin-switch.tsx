'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useTranslations } from '@/lib/i18n/client';
import { useId, type MouseEvent } from 'react';

/**
 * Links to the same page priced in another coin. A click carries the current choice along (the URL holds it,
 * see lib/catalog/selection.ts); the links themselves name only the coin, so the shared page renders them the
 * same for every visitor.
 */
export function CoinSwitch({ path, coin, coins }: { path: string; coin: string; coins: readonly string[] }) {
  const t = useTranslations('brandPage');
  const router = useRouter();
  const labelId = useId();
  const go = (event: MouseEvent<HTMLAnchorElement>, next: string) => {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    const params = new URLSearchParams(window.location.search);
    params.set('coin', next);
    router.push(`${path}?${params.toString()}`, { scroll: false });
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
              href={`${path}?coin=${encodeURIComponent(option)}`}
              scroll={false}
              prefetch={false}
              onClick={(event) => go(event, option)}
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
