'use client';

import { useTranslations } from 'next-intl';
import type { Order } from '@/lib/cryptorefills/types';
import { DeliveryCard } from './delivery-card';

/** Every delivery's codes, shown only to a session that may see them. */
export function DeliveryCodes({ order }: { order: Order }) {
  const t = useTranslations('order.codes');
  const email = order.user?.email;
  return (
    <section aria-labelledby="codes-heading" className="flex flex-col gap-4">
      <h2 id="codes-heading" className="text-lg font-semibold">
        {t('heading')}
      </h2>
      <p className="text-muted">{email ? t('emailed', { email }) : t('emailedNoAddress')}</p>
      {order.deliveries.map((delivery, index) => (
        <DeliveryCard key={delivery.id ?? index} delivery={delivery} orderDone={order.state === 'Done'} />
      ))}
    </section>
  );
}
