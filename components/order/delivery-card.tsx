'use client';

import { useTranslations } from 'next-intl';
import { isDeliveredState } from '@/lib/cryptorefills/shared';
import type { Deliverable, OrderDelivery } from '@/lib/cryptorefills/types';
import { deliveryTitle, isWebUrl } from '@/lib/order-display/format';
import { CodeField } from './code-field';
import { QrTile } from './qr-tile';

const PROSE =
  'flex flex-col gap-2 leading-relaxed [&_a]:text-primary-ink [&_a]:underline [&_ol]:list-decimal [&_ol]:pl-5 [&_ul]:list-disc [&_ul]:pl-5';

/**
 * One delivery's codes once delivered: code or claim link, serial, security code, barcode, eSIM QR, steps; and
 * the address they were e-mailed to when the order's lines went to different ones.
 */
export function DeliveryCard({ delivery, orderDone, emailedTo }: { delivery: OrderDelivery; orderDone: boolean; emailedTo?: string }) {
  const t = useTranslations('order.codes');
  const d: Partial<Deliverable> = delivery.deliverable ?? {};
  const title = deliveryTitle(d);
  const esim = d.qrImageUrl !== undefined;
  const hasCode = Boolean(d.pinCode || d.pinSerial || d.securityCode || d.qrImageUrl || d.operatorReference);
  const delivered = isDeliveredState(delivery.state) || (orderDone && hasCode);
  // Upstream HTML, sanitised on the server before it left (lib/orders/browser-order.ts).
  const instructions = d.redeemInstructions ?? d.howToRedeem;

  return (
    <article className="flex flex-col gap-4 rounded-card border border-border bg-surface p-5" data-testid="delivery">
      <h3 className="text-lg font-semibold">{title}</h3>
      {!delivered ? <p className="text-muted">{t('pending')}</p> : null}
      {emailedTo ? <p className="text-sm text-muted">{t('emailedTo', { email: emailedTo })}</p> : null}
      <dl className="flex flex-col gap-4">
        {isWebUrl(d.pinCode) ? (
          <CodeField label={t('claimLink')} value={d.pinCode}>
            <a
              href={d.pinCode}
              target="_blank"
              rel="noopener noreferrer"
              className="self-start font-medium text-primary-ink underline underline-offset-2"
            >
              {t('openClaimLink')}
            </a>
          </CodeField>
        ) : d.pinCode ? (
          <CodeField label={esim ? t('esimActivation') : t('code')} value={d.pinCode} />
        ) : null}
        {d.pinSerial ? <CodeField label={t('serial')} value={d.pinSerial} /> : null}
        {d.securityCode ? <CodeField label={t('securityCode')} value={d.securityCode} /> : null}
        {d.operatorReference ? <CodeField label={t('operatorReference')} value={d.operatorReference} /> : null}
        {d.qrImageUrl ? (
          <CodeField label={t('esimQrImage')} value={d.qrImageUrl}>
            {isWebUrl(d.qrImageUrl) ? (
              // eslint-disable-next-line @next/next/no-img-element -- an upstream image of unknown size, not ours to optimise
              <img src={d.qrImageUrl} alt={t('esimQr')} className="size-52 rounded-lg bg-white p-2" />
            ) : (
              <QrTile value={d.qrImageUrl} label={t('esimQr')} size={176} />
            )}
          </CodeField>
        ) : null}
      </dl>
      {isWebUrl(d.barcodeImageUrl) ? (
        // eslint-disable-next-line @next/next/no-img-element -- an upstream image of unknown size, not ours to optimise
        <img src={d.barcodeImageUrl} alt={t('barcode')} className="h-24 w-auto self-start rounded bg-white p-1" />
      ) : null}
      {delivered && !hasCode && d.deliveryType === 'by_phone' ? <p>{t('topUpNoCode')}</p> : null}
      {instructions ? (
        <section className="flex flex-col gap-2">
          <h4 className="font-semibold">{t('instructions')}</h4>
          <div className={PROSE} dangerouslySetInnerHTML={{ __html: instructions }} />
        </section>
      ) : null}
    </article>
  );
}
