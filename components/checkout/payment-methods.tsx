import { getTranslations } from 'next-intl/server';
import { USER_WALLET_VIA, type PaymentVia } from '@/lib/cryptorefills/shared';

/** The coins and networks a buyer can pay with from their own wallet. */
export async function PaymentMethods({ vias }: { vias: PaymentVia[] }) {
  const t = await getTranslations('catalog');
  const wallet = vias.find((via) => via.name === USER_WALLET_VIA && via.available);
  if (!wallet) return null;
  return (
    <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
      {wallet.currencies.map((currency) => (
        <li key={currency.name} className="rounded-card border border-border bg-surface p-4">
          <p className="font-semibold">
            {currency.name}
            {currency.isSuspended ? <span className="ml-2 text-sm font-normal text-danger">{t('suspended')}</span> : null}
          </p>
          <ul className="mt-2 flex flex-wrap gap-2" aria-label={currency.name}>
            {currency.networks.map((network) => (
              <li
                key={network.name}
                className={`rounded-full border border-border px-2.5 py-0.5 text-sm ${network.isSuspended ? 'text-muted line-through' : ''}`}
              >
                {network.name}
                {network.isSuspended ? <span className="sr-only"> ({t('suspended')})</span> : null}
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ul>
  );
}
