'use client';

import { useTranslations } from 'next-intl';
import { isDeliveredState } from '@/lib/cryptorefills/schemas/order-states';
import type { Deliverable, OrderDelivery } from '@/lib/cryptorefills/types';
import { isWebUrl } from '@/lib/order-display/format';
import { CodeField } from './code-field';
import { QrTile } from './qr-tile';

const PROSE =
  'flex flex-col gap-2 leading-relaxed [&_a]:text-primary-ink [&_a]:underline [&_ol]:list-decimal [&_ol]:pl-5 [&_ul]:list-disc [&_ul]:pl-5';

/** One delivery's codes once delivered: code or claim link, serial, security code, barcode, eSIM QR, steps. */
export function DeliveryCard({ delivery, orderDone }: { delivery: OrderDelivery; orderDone: boolean }) {
  const t = useTranslations('order.codes');
  const d: Partial<Deliverable> = delivery.deliverable ?? {};
  const title = [d.brand_name ?? d.family, d.localized_denomination ?? d.denomination].filter(Boolean).join(' · ');
  const esim = d.qr_image_url !== undefined;
  const hasCode = Boolean(d.pin_code || d.pin_serial || d.security_code || d.qr_image_url || d.operator_reference);
  const delivered = isDeliveredState(delivery.delivery_state) || (orderDone && hasCode);
  // Upstream HTML, sanitised on the server before it left (lib/orders/browser-order.ts).
  const instructions = d.redeem_instructions ?? d.how_to_redeem;

  return (
    <article className="flex flex-col gap-4 rounded-card border border-border bg-surface p-5" data-testid="delivery">
      <h3 className="text-lg font-semibold">{title}</h3>
      {!delivered ? <p className="text-muted">{t('pending')}</p> : null}
      <dl className="flex flex-col gap-4">
        {isWebUrl(d.pin_code) ? (
          <CodeField label={t('claimLink')} value={d.pin_code}>
            <a
              href={d.pin_code}
              target="_blank"
              rel="noopener noreferrer"
              className="self-start font-medium text-primary-ink underline underline-offset-2"
            >
              {t('openClaimLink')}
            </a>
          </CodeField>
        ) : d.pin_code ? (
          <CodeField label={esim ? t('esimActivation') : t('code')} value={d.pin_code} />
        ) : null}
        {d.pin_serial ? <CodeField label={t('serial')} value={d.pin_serial} /> : null}
        {d.security_code ? <CodeField label={t('securityCode')} value={d.security_code} /> : null}
        {d.operator_reference ? <CodeField label={t('operatorReference')} value={d.operator_reference} /> : null}
        {d.qr_image_url ? (
          <CodeField label={t('esimQrImage')} value={d.qr_image_url}>
            {isWebUrl(d.qr_image_url) ? (
              // eslint-disable-next-line @next/next/no-img-element -- an upstream image of unknown size, not ours to optimise
              <img src={d.qr_image_url} alt={t('esimQr')} className="size-52 rounded-lg bg-white p-2" />
            ) : (
              <QrTile value={d.qr_image_url} label={t('esimQr')} size={176} />
            )}
          </CodeField>
        ) : null}
      </dl>
      {isWebUrl(d.barcode_image_url) ? (
        // eslint-disable-next-line @next/next/no-img-element -- an upstream image of unknown size, not ours to optimise
        <img src={d.barcode_image_url} alt={t('barcode')} className="h-24 w-auto self-start rounded bg-white p-1" />
      ) : null}
      {delivered && !hasCode && d.delivery_type === 'by_phone' ? <p>{t('topUpNoCode')}</p> : null}
      {instructions ? (
        <section className="flex flex-col gap-2">
          <h4 className="font-semibold">{t('instructions')}</h4>
          <div className={PROSE} dangerouslySetInnerHTML={{ __html: instructions }} />
        </section>
      ) : null}
    </article>
  );
}
