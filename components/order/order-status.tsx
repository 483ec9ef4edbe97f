'use client';

import clsx from 'clsx';
import { useTranslations } from 'next-intl';
import { memo } from 'react';
import type { FeedMode } from '@/lib/order-feed/order-feed';
import { useConnection } from '@/lib/order-feed/use-connection';
import type { StateInfo } from '@/lib/order-display/states';

const TONE: Record<StateInfo['tone'], string> = {
  waiting: 'border-primary-ink',
  progress: 'border-primary-ink',
  success: 'border-success',
  attention: 'border-accent-ink',
  failure: 'border-danger',
};

/**
 * The state in words, announced politely whenever it changes, and how the page keeps itself current. Drawn again
 * only when one of them changes (`info` is the same object for the same state: describeState).
 */
export const OrderStatus = memo(function OrderStatus({ info, mode }: { info: StateInfo; mode: FeedMode }) {
  const t = useTranslations('order');
  const connection = useConnection();
  return (
    <section aria-labelledby="status-heading" className={clsx('rounded-card border-l-4 bg-surface p-4 shadow-sm sm:p-5', TONE[info.tone])}>
      <div role="status" aria-live="polite" aria-atomic="true" data-testid="order-status">
        <h2 id="status-heading" className="text-xl font-semibold">
          {t(`state.${info.key}.title`)}
        </h2>
        <p className="mt-1">{t(`state.${info.key}.body`)}</p>
      </div>
      {mode === 'stopped' ? null : (
        <p
          aria-live="polite"
          data-testid="feed-note"
          className={clsx('mt-2 text-xs sm:mt-3', connection === 'offline' ? 'text-danger' : 'text-muted')}
        >
          {connection === 'offline'
            ? t('feed.offline')
            : connection === 'back'
              ? `${t('feed.back')} ${t(`feed.${mode}`)}`
              : t(`feed.${mode}`)}
        </p>
      )}
    </section>
  );
});
