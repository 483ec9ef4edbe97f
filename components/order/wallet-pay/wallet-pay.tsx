'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useState } from 'react';
import {
  WalletPayError,
  type DiscoveredWallet,
  type DiscoverWallets,
  type WalletFamily,
  type WalletPayFailure,
  type WalletPayment,
} from '@/lib/wallet/types';
import { whenWalletPresent } from './presence';
import { rememberSent, useWalletSent } from './sent-store';

// Each family's wallet code loads only once a wallet of that family is present in the browser.
const LOADERS: Partial<Record<WalletFamily, () => Promise<DiscoverWallets>>> = {
  evm: () => import('@/lib/wallet/evm/discover').then((m) => m.discoverEvmWallets),
  solana: () => import('@/lib/wallet/solana/discover').then((m) => m.discoverSolanaWallets),
  tron: () => import('@/lib/wallet/tron/discover').then((m) => m.discoverTronWallets),
};

interface Props {
  orderId: string;
  payment: WalletPayment;
  /** The network's explorer with {txId} where the transaction id goes. */
  explorerTxUrl?: string;
}

/** "Pay with <wallet>" for each wallet in the browser that can pay this order; nothing when there is none. */
export function WalletPay({ orderId, payment, explorerTxUrl }: Props) {
  const t = useTranslations('walletPay');
  const [wallets, setWallets] = useState<DiscoveredWallet[]>([]);
  const [busy, setBusy] = useState<string | null>(null);
  const [failure, setFailure] = useState<WalletPayFailure | null>(null);
  const sent = useWalletSent(orderId);
  const { family } = payment;

  useEffect(() => {
    const load = LOADERS[family];
    if (!load) return;
    let stopDiscovery: (() => void) | undefined;
    let cancelled = false;
    const stopWatching = whenWalletPresent(family, () => {
      load().then(
        (discover) => {
          if (!cancelled) stopDiscovery = discover(setWallets);
        },
        () => undefined, // The chunk did not load: the QR path is still there.
      );
    });
    return () => {
      cancelled = true;
      stopWatching();
      stopDiscovery?.();
    };
  }, [family]);

  if (sent || wallets.length === 0) return null;

  async function pay(wallet: DiscoveredWallet) {
    setBusy(wallet.id);
    setFailure(null);
    try {
      const { txId } = await wallet.pay(payment);
      const url = explorerTxUrl?.replace('{txId}', encodeURIComponent(txId));
      rememberSent(orderId, { txId, ...(url ? { url } : {}) });
    } catch (error) {
      setFailure(error instanceof WalletPayError ? error.reason : 'failed');
    } finally {
      setBusy(null);
    }
  }

  const values = { coin: payment.coin, network: payment.network };
  return (
    <div className="flex flex-col gap-2 border-t border-border pt-3" data-testid="wallet-pay">
      <p className="text-sm text-muted">{t('intro')}</p>
      <ul className="flex flex-col gap-2">
        {wallets.map((wallet) => {
          const name = wallet.id === 'injected' ? t('browserWallet') : wallet.name;
          return (
            <li key={wallet.id}>
              <button
                type="button"
                onClick={() => void pay(wallet)}
                disabled={busy !== null}
                aria-busy={busy === wallet.id}
                className="inline-flex items-center gap-2 rounded-lg border border-primary-ink bg-surface px-4 py-2 font-medium disabled:opacity-60"
              >
                {/* eslint-disable-next-line @next/next/no-img-element -- a wallet's own data: URI icon, not an optimisable asset */}
                {wallet.icon ? <img src={wallet.icon} alt="" width={20} height={20} className="size-5" /> : null}
                {busy === wallet.id ? t('sending', { name }) : t('payWith', { name })}
              </button>
            </li>
          );
        })}
      </ul>
      <p role="alert" className="text-sm text-danger empty:hidden">
        {failure ? t(`failure.${failure}`, values) : ''}
      </p>
    </div>
  );
}
