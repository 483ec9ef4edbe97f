'use client';

import { useLocale, useTranslations } from 'next-intl';
import type { Order } from '@/lib/cryptorefills/types';
import { amountDue, formatDecimal, isPartlyPaid } from '@/lib/order-display/amounts';
import { paymentUri, type PaymentToken } from '@/lib/order-display/payment-uri';
import { CopyButton } from './copy-button';
import { Countdown } from './countdown';
import { QrTile } from './qr-tile';

interface Props {
  order: Order & { walletAddress: string };
  token?: PaymentToken;
  serverNow: number;
}

/** Everything needed to pay: the exact amount due, the address, the QR, the wallet link and the countdown. */
export function PaymentPanel({ order, token, serverNow }: Props) {
  const t = useTranslations('order.pay');
  const locale = useLocale();
  // The exact string (`due`) is what is copied and encoded; people read it with the locale's separators.
  const due = amountDue(order);
  const shown = (amount: string) => formatDecimal(amount, locale);
  const partial = isPartlyPaid(order);
  const uri = paymentUri({
    address: order.walletAddress,
    coin: order.coin,
    network: order.network,
    paymentMethod: order.paymentMethod,
    protocol: order.protocol,
    totalAmount: order.coinAmount,
    amount: due,
    qrText: order.qrText,
    token,
  });
  const sendOnly = order.network
    ? t('sendOnly', { coin: order.coin, network: order.network })
    : t('sendOnlyNoNetwork', { coin: order.coin });

  return (
    <section aria-labelledby="pay-heading" className="flex flex-col gap-5 rounded-card border border-border bg-surface p-5">
      <h2 id="pay-heading" className="text-lg font-semibold">
        {t('heading')}
      </h2>
      {partial ? (
        <div className="flex flex-col gap-2 rounded-lg border-l-4 border-accent-ink bg-bg p-3">
          <p>{t('partialNote')}</p>
          <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
            <dt className="text-muted">{t('paid')}</dt>
            <dd className="font-mono" data-testid="paid-amount">
              {shown(order.sentCoinAmount ?? '0')} {order.coin}
            </dd>
            <dt className="text-muted">{t('due')}</dt>
            <dd className="font-mono" data-testid="due-amount">
              {shown(due)} {order.coin}
            </dd>
          </dl>
        </div>
      ) : null}
      <div className="flex flex-col gap-2">
        <p className="text-sm text-muted">{t('sendExactly')}</p>
        <p className="font-mono text-3xl font-semibold break-all sm:text-4xl" data-testid="pay-amount">
          {shown(due)} <span className="text-2xl">{order.coin}</span>
        </p>
        <CopyButton value={due} label={t('copyAmount')} />
      </div>
      <div className="flex flex-col gap-5 sm:flex-row sm:items-start">
        <QrTile value={uri} label={t('qrLabel', { amount: shown(due), coin: order.coin })} />
        <div className="flex min-w-0 flex-1 flex-col gap-3">
          <div>
            <h3 className="text-sm text-muted">{t('address')}</h3>
            <p className="font-mono break-all" data-testid="pay-address">
              {order.walletAddress}
            </p>
          </div>
          <CopyButton value={order.walletAddress} label={t('copyAddress')} />
          <p className="font-medium">{sendOnly}</p>
          <a href={uri} className="self-start rounded-lg bg-primary px-4 py-2 font-medium text-primary-fg" data-testid="open-in-wallet">
            {t('openInWallet')}
          </a>
        </div>
      </div>
      <Countdown order={order} serverNow={serverNow} />
    </section>
  );
}
