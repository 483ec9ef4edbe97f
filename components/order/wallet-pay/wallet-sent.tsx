'use client';

import { useTranslations } from 'next-intl';
import { memo } from 'react';
import { useWalletSent } from './sent-store';

/** "Sent from your wallet" with the transaction, for as long as this browser remembers it for the order. */
export const WalletSent = memo(function WalletSent({ orderId }: { orderId: string }) {
  const t = useTranslations('walletPay');
  const sent = useWalletSent(orderId);
  return (
    <div role="status" className="empty:hidden">
      {sent ? (
        <div
          className="flex flex-col gap-1 rounded-card border border-border border-l-4 border-l-success bg-surface p-4"
          data-testid="wallet-sent"
        >
          <p className="font-semibold">{t('sent')}</p>
          <p className="text-sm">
            <span className="text-muted">{t('transaction')}</span> <span className="font-mono break-all">{sent.txId}</span>
          </p>
          {sent.url ? (
            <a href={sent.url} target="_blank" rel="noopener noreferrer" className="self-start text-sm underline">
              {t('viewOnExplorer')}
            </a>
          ) : null}
        </div>
      ) : null}
    </div>
  );
});
