'use client';

import { useLocale, useTranslations } from 'next-intl';
import type { Order } from '@/lib/cryptorefills/types';
import { amountDue, isPartlyPaid } from '@/lib/order-display/amounts';
import { formatCoinAmount } from '@/lib/order-display/amount-text';
import { networkFamily, orderPaymentUri, type PaymentToken } from '@/lib/order-display/payment-uri';
import { CopyButton } from './copy-button';
import { Countdown } from './countdown';
import { NetworkWarning } from './network-warning';
import { QrTile, type DrawnCode } from './qr-tile';
import { WalletPay } from './wallet-pay/wallet-pay';
import { dueNow, type WalletOffer } from '@/lib/wallet/due-now';

interface Props {
  order: Order & { walletAddress: string };
  token?: PaymentToken;
  wallet?: WalletOffer;
  serverNow: number;
  /** The code as the server drew it for the order it rendered. */
  drawnQr?: DrawnCode;
}

/**
 * Everything needed to pay, in the order a phone needs it: the time left and the exact amount first, then the QR,
 * then the address (or Lightning invoice), the network warning and the wallet link.
 */
export function PaymentPanel({ order, token, wallet, serverNow, drawnQr }: Props) {
  const t = useTranslations('order.pay');
  const locale = useLocale();
  // Every amount read the way the summary and the checkout write it (formatCoinAmount); the exact wire string
  // (`due`) is what is copied and encoded.
  const due = amountDue(order);
  const shown = (amount: string) => formatCoinAmount(amount, locale);
  const partial = isPartlyPaid(order);
  const lightning = networkFamily(order) === 'lightning';
  const uri = orderPaymentUri(order, token);
  const sendOnly = order.network
    ? t('sendOnly', { coin: order.coin, network: order.network })
    : t('sendOnlyNoNetwork', { coin: order.coin });
  const qrValues = { amount: shown(due), coin: order.coin };
  // The live order's remainder, should a partial payment arrive while the page is open.
  const walletPayment = wallet ? dueNow(wallet.payment, order) : null;

  return (
    <section aria-labelledby="pay-heading" className="flex flex-col gap-3 rounded-card border border-border bg-surface p-4 sm:gap-5 sm:p-5">
      {/* On a phone the card's heading is only for screen readers: the status just above already says "pay". */}
      <h2 id="pay-heading" className="text-lg font-semibold max-sm:sr-only">
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
      <div className="flex flex-col gap-1">
        <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
          <p className="text-sm text-muted">{t('sendExactly')}</p>
          <Countdown order={order} serverNow={serverNow} />
        </div>
        <p className="font-mono text-3xl font-semibold break-all sm:text-4xl" data-testid="pay-amount">
          {shown(due)} <span className="text-2xl">{order.coin}</span>
        </p>
      </div>
      <div className="flex flex-col gap-5 sm:flex-row sm:items-start">
        <QrTile value={uri} label={lightning ? t('qrLabelInvoice', qrValues) : t('qrLabel', qrValues)} drawn={drawnQr} />
        <div className="flex min-w-0 flex-1 flex-col gap-3">
          <CopyButton value={due} label={t('copyAmount')} />
          <div>
            <h3 className="text-sm text-muted">{lightning ? t('invoice') : t('address')}</h3>
            <p className={lightning ? 'font-mono text-sm break-all' : 'font-mono break-all'} data-testid="pay-address">
              {order.walletAddress}
            </p>
          </div>
          <CopyButton value={order.walletAddress} label={lightning ? t('copyInvoice') : t('copyAddress')} />
          <NetworkWarning>{sendOnly}</NetworkWarning>
          <a href={uri} className="self-start rounded-lg bg-primary px-4 py-2 font-medium text-primary-fg" data-testid="open-in-wallet">
            {t('openInWallet')}
          </a>
          {walletPayment ? <WalletPay orderId={order.id} payment={walletPayment} explorerTxUrl={wallet?.explorerTxUrl} /> : null}
        </div>
      </div>
    </section>
  );
}
