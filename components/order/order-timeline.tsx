'use client';

import clsx from 'clsx';
import { useTranslations } from 'next-intl';
import { memo } from 'react';
import { isKnownOrderState } from '@/lib/cryptorefills/shared';
import type { TimelineStep } from '@/lib/order-display/states';

const MARK: Record<TimelineStep['status'], string> = {
  done: 'bg-success border-success',
  current: 'bg-primary border-primary-ink',
  upcoming: 'bg-surface border-border',
};

/** The states the order went through and the ones still ahead, in the buyer's words; drawn again when `steps` changes. */
export const OrderTimeline = memo(function OrderTimeline({ steps }: { steps: TimelineStep[] }) {
  const t = useTranslations('order.timeline');
  return (
    <section aria-labelledby="timeline-heading" className="rounded-card border border-border bg-surface p-5">
      <h2 id="timeline-heading" className="mb-3 font-semibold">
        {t('heading')}
      </h2>
      <ol className="flex flex-col gap-3" data-testid="timeline">
        {steps.map((step) => (
          <li
            key={step.state}
            aria-current={step.status === 'current' ? 'step' : undefined}
            data-status={step.status}
            className="flex items-center gap-3"
          >
            <span
              aria-hidden="true"
              // Delivered is a success once reached; ahead of the order it looks like any step still to come.
              className={clsx(
                'size-3 shrink-0 rounded-full border-2',
                MARK[step.state === 'Done' && step.status === 'current' ? 'done' : step.status],
              )}
            />
            <span className={clsx(step.status === 'upcoming' ? 'text-muted' : 'text-fg', step.status === 'current' && 'font-semibold')}>
              {t(`steps.${isKnownOrderState(step.state) ? step.state : 'Unknown'}`)}
            </span>
            <span className="sr-only">({t(step.status)})</span>
          </li>
        ))}
      </ol>
    </section>
  );
});
