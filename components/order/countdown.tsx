'use client';

import clsx from 'clsx';
import { useTranslations } from 'next-intl';
import { deadlineMs, formatRemaining, isoDuration, remainingMs, urgencyOf } from '@/lib/order-display/countdown';
import { useCorrectedNow } from '@/lib/order-feed/use-corrected-now';
import type { Order } from '@/lib/cryptorefills/types';

/** Time left in the payment window: calm until the last minutes, corrected for the browser's clock. */
export function Countdown({ order, serverNow }: { order: Order; serverNow: number }) {
  const t = useTranslations('order.pay');
  const now = useCorrectedNow(serverNow);
  const deadline = deadlineMs(order);
  if (deadline === undefined) return null;
  const remaining = remainingMs(deadline, now, 0);
  const urgency = urgencyOf(remaining);
  return (
    <div className="flex flex-col gap-1">
      <p className="flex items-baseline gap-2">
        <span className="text-sm text-muted">{t('timeLeft')}</span>
        <time
          dateTime={isoDuration(remaining)}
          data-testid="countdown"
          className={clsx('font-mono text-lg tabular-nums', urgency === 'calm' ? 'text-fg' : 'font-semibold text-danger')}
        >
          {formatRemaining(remaining)}
        </time>
      </p>
      <p role="status" className={clsx('text-sm', urgency === 'calm' ? 'sr-only' : 'text-danger')}>
        {urgency === 'urgent' ? t('timeLeftUrgent') : urgency === 'over' ? t('windowClosed') : ''}
      </p>
    </div>
  );
}
