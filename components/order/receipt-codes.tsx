import { getTranslations } from 'next-intl/server';
import type { Deliverable, Order } from '@/lib/cryptorefills/types';
import { deliveryTitle, isWebUrl } from '@/lib/order-display/format';
import { ServerQrTile } from './drawn-qr';

function Field({ label, value }: { label: string; value: string }) {
  return (
    <div className="flex flex-col gap-0.5">
      <dt className="text-sm text-muted">{label}</dt>
      <dd className="font-mono break-all">{value}</dd>
    </div>
  );
}

/** Each line's codes, plain and printable (no copy buttons): only rendered for a session that may see them. */
export async function ReceiptCodes({ order }: { order: Order }) {
  const t = await getTranslations('order');
  return (
    <section aria-labelledby="receipt-codes-heading" className="flex flex-col gap-3">
      <h2 id="receipt-codes-heading" className="text-lg font-semibold">
        {t('receipt.codes')}
      </h2>
      {order.deliveries.map((delivery, index) => {
        const d: Partial<Deliverable> = delivery.deliverable ?? {};
        const title = deliveryTitle(d);
        const esim = d.qrImageUrl !== undefined;
        return (
          <article key={delivery.id ?? index} className="flex flex-col gap-2 border-t border-border pt-3" data-testid="receipt-codes">
            <h3 className="font-semibold">{title}</h3>
            <dl className="flex flex-col gap-2">
              {d.pinCode ? (
                <Field
                  label={isWebUrl(d.pinCode) ? t('codes.claimLink') : esim ? t('codes.esimActivation') : t('codes.code')}
                  value={d.pinCode}
                />
              ) : null}
              {d.pinSerial ? <Field label={t('codes.serial')} value={d.pinSerial} /> : null}
              {d.securityCode ? <Field label={t('codes.securityCode')} value={d.securityCode} /> : null}
              {d.operatorReference ? <Field label={t('codes.operatorReference')} value={d.operatorReference} /> : null}
              {d.qrImageUrl ? (
                <div className="flex flex-col gap-1">
                  <dt className="text-sm text-muted">{t('codes.esimQrImage')}</dt>
                  <dd>
                    {isWebUrl(d.qrImageUrl) ? (
                      // eslint-disable-next-line @next/next/no-img-element -- an upstream image of unknown size, not ours to optimise
                      <img src={d.qrImageUrl} alt={t('codes.esimQr')} className="size-36 bg-white p-1" />
                    ) : (
                      <ServerQrTile value={d.qrImageUrl} label={t('codes.esimQr')} size={144} />
                    )}
                  </dd>
                </div>
              ) : null}
            </dl>
            {!d.pinCode && d.deliveryType === 'by_phone' ? <p className="text-sm">{t('codes.topUpNoCode')}</p> : null}
          </article>
        );
      })}
    </section>
  );
}
