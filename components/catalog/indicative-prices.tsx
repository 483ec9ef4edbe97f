import { getFormatter, getTranslations } from 'next-intl/server';

/**
 * Under a catalog page's prices: they are the price as of when they were read (the page is shared and cached),
 * and the checkout quotes the exact amount again before anything is paid.
 */
export async function IndicativePrices({ pricedAt }: { pricedAt: string }) {
  const [t, format] = await Promise.all([getTranslations('brandPage'), getFormatter()]);
  // UTC, named: the page is the same for every visitor, wherever they are.
  const time = format.dateTime(new Date(pricedAt), { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' });
  return (
    <p className="text-sm text-muted" data-testid="indicative-prices">
      {t.rich('indicative', { time: () => <time dateTime={pricedAt}>{`${time} UTC`}</time> })}
    </p>
  );
}
