'use client';

import { useTranslations } from 'next-intl';
import type { Order } from '@/lib/cryptorefills/types';
import { emailedNote, emailedTo } from '@/lib/order-display/emailed';
import { DeliveryCard } from './delivery-card';

/** Every delivery's codes, shown only to a session that may see them. */
export function DeliveryCodes({ order }: { order: Order }) {
  const t = useTranslations('order.codes');
  const note = emailedNote(order);
  return (
    <section aria-labelledby="codes-heading" className="flex flex-col gap-4">
      <h2 id="codes-heading" className="text-lg font-semibold">
        {t('heading')}
      </h2>
      {note.kind === 'none' ? null : (
        <p className="text-muted" data-testid="emailed-note">
          {note.kind === 'one'
            ? t('emailed', { email: note.email })
            : note.kind === 'each'
              ? t('emailedEach')
              : note.email
                ? t('emailed', { email: note.email })
                : t('emailedNoAddress')}
        </p>
      )}
      {order.deliveries.map((delivery, index) => (
        <DeliveryCard
          key={delivery.id ?? index}
          delivery={delivery}
          orderDone={order.state === 'Done'}
          emailedTo={note.kind === 'each' ? emailedTo(delivery) : undefined}
        />
      ))}
    </section>
  );
}
