'use client';

import { useTranslations } from 'next-intl';
import { FIELD_IDS } from '@/lib/checkout/blocking';
import type { CoinOption } from '@/lib/checkout/payment-options';

interface Props {
  options: CoinOption[];
  coin: string;
  network: string;
  onChange: (choice: { coin: string; network: string }) => void;
  problem?: React.ReactNode;
}

const option =
  'flex cursor-pointer items-center gap-2 rounded-lg border border-border bg-surface px-3 py-2 has-[:checked]:border-primary-ink has-[:checked]:ring-2 has-[:checked]:ring-primary-ink has-[:disabled]:cursor-not-allowed has-[:disabled]:opacity-60';

/** Coin first, then the networks that coin can be sent on; suspended ones disabled with the reason. */
export function PaymentChoice({ options, coin, network, onChange, problem }: Props) {
  const t = useTranslations('checkout');
  const selected = options.find((o) => o.coin === coin);
  return (
    <div className="flex flex-col gap-4">
      <fieldset>
        <legend className="mb-2 font-medium">{t('coinLegend')}</legend>
        <div className="flex flex-wrap gap-2">
          {options.map((o) => (
            <label key={o.coin} className={option}>
              <input
                id={o.coin === coin ? FIELD_IDS.payment : undefined}
                type="radio"
                name="coin"
                value={o.coin}
                checked={o.coin === coin}
                disabled={o.suspended}
                onChange={() => onChange({ coin: o.coin, network: o.networks.find((n) => !n.suspended)?.name ?? '' })}
              />
              <span className="font-semibold">{o.coin}</span>
              {o.suspended ? <span className="text-sm text-muted">{t('suspended')}</span> : null}
            </label>
          ))}
        </div>
      </fieldset>
      {selected ? (
        <fieldset>
          <legend className="mb-2 font-medium">{t('networkLegend', { coin })}</legend>
          <div className="flex flex-wrap gap-2">
            {selected.networks.map((n) => (
              <label key={n.name} className={option}>
                <input
                  type="radio"
                  name="network"
                  value={n.name}
                  checked={n.name === network}
                  disabled={n.suspended}
                  onChange={() => onChange({ coin, network: n.name })}
                />
                <span>{n.name}</span>
                {n.suspended ? <span className="text-sm text-muted">{t('suspended')}</span> : null}
              </label>
            ))}
          </div>
        </fieldset>
      ) : null}
      {problem}
    </div>
  );
}
