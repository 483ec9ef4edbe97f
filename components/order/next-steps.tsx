'use client';

import Link from 'next/link';
import { useTranslations } from 'next-intl';
import type { NextStep } from '@/lib/order-display/states';
import { supportMailto } from '@/lib/order-display/support';
import { useSite } from '@/components/layout/site-context';

/** After an expiry, a failure, a refund or during a review: what to do, and support with the order number. */
export function NextSteps({ next, orderId }: { next: Exclude<NextStep, 'pay' | null>; orderId: string }) {
  const t = useTranslations('order.next');
  const site = useSite();
  const mailto = supportMailto(site.supportEmail, t('supportSubject', { id: orderId }), t('supportBody', { id: orderId }));
  return (
    <section aria-labelledby="next-heading" className="flex flex-col gap-3 rounded-card border border-border bg-surface p-5">
      <h2 id="next-heading" className="text-lg font-semibold">
        {t('heading')}
      </h2>
      <p>{t(next)}</p>
      <div className="flex flex-wrap gap-3">
        <a
          href={mailto}
          className="rounded-lg border border-border px-4 py-2 font-medium hover:border-primary-ink"
          data-testid="support-link"
        >
          {t('contactSupport')}
        </a>
        {site.supportUrl ? (
          <a href={site.supportUrl} className="rounded-lg border border-border px-4 py-2 font-medium hover:border-primary-ink">
            {t('helpCentre')}
          </a>
        ) : null}
        {next === 'order_again' || next === 'contact_support' ? (
          <Link href="/" className="rounded-lg bg-primary px-4 py-2 font-medium text-primary-fg">
            {t('newOrder')}
          </Link>
        ) : null}
      </div>
    </section>
  );
}
