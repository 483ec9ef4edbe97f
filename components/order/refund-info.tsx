'use client';

import { useTranslations } from 'next-intl';
import { useSite } from '@/components/layout/site-context';
import type { Order } from '@/lib/cryptorefills/types';
import { refundAddress, refundScreen } from '@/lib/order-display/refund';
import { supportMailto } from '@/lib/order-display/support';
import { CopyButton } from './copy-button';

/**
 * Where a refund goes, on the partial-payment, expired and refunded screens: the refund address given at checkout,
 * or, when none was given, how to get one to support. Only for a session that may see the order's private
 * details (a visitor's copy of the order carries no refund address, and "none given" would not be true for it).
 */
export function RefundInfo({ order }: { order: Order }) {
  const t = useTranslations('order.refundInfo');
  const site = useSite();
  const screen = refundScreen(order.state);
  if (!screen) return null;
  const address = refundAddress(order);
  const asset = order.network ? t('asset', { coin: order.coin, network: order.network }) : t('assetNoNetwork', { coin: order.coin });
  return (
    <section
      aria-labelledby="refund-heading"
      className="flex flex-col gap-3 rounded-card border border-border bg-surface p-5"
      data-testid="refund-info"
    >
      <h2 id="refund-heading" className="text-lg font-semibold">
        {t('heading')}
      </h2>
      {address ? (
        <>
          <p>{t(`given.${screen}`)}</p>
          <dl className="flex flex-col gap-1">
            <dt className="text-sm text-muted">{t('address')}</dt>
            <dd className="flex flex-col gap-2">
              <span className="font-mono break-all" data-testid="refund-address">
                {address}
              </span>
              <CopyButton value={address} label={t('copyAddress')} />
            </dd>
          </dl>
        </>
      ) : (
        <>
          <p>{t(`none.${screen}`, { asset })}</p>
          <a
            href={supportMailto(site.supportEmail, t('supportSubject', { id: order.id }), t('supportBody', { id: order.id, asset }))}
            className="self-start rounded-lg border border-border px-4 py-2 font-medium hover:border-primary-ink"
          >
            {t('emailSupport')}
          </a>
        </>
      )}
    </section>
  );
}
