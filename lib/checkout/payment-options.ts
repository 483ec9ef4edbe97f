// Coins and networks the buyer can choose, from /v3/payment_vias (USER_WALLET): suspended ones stay
// listed, disabled, with the reason. Pure and client-safe.
import { USER_WALLET_VIA, type PaymentVia } from '@/lib/cryptorefills/shared';

export interface NetworkOption {
  name: string;
  suspended: boolean;
  /** Minimum coin amount on this network, when the upstream says. */
  threshold?: string;
}

export interface CoinOption {
  coin: string;
  suspended: boolean;
  networks: NetworkOption[];
}

/** Stablecoins on Tron need the buyer's full name (FULLNAME_MISSING otherwise). */
export function needsFullName(coin: string, network: string): boolean {
  return network.toLowerCase() === 'tron' && /^(USDT|USDC)/.test(coin);
}

export function paymentOptions(vias: readonly PaymentVia[]): CoinOption[] {
  const wallet = vias.find((via) => via.name === USER_WALLET_VIA && via.available);
  return (wallet?.currencies ?? []).map((currency) => ({
    coin: currency.name,
    suspended: currency.isSuspended,
    networks: currency.networks.map((network) => ({
      name: network.name,
      suspended: currency.isSuspended || network.isSuspended,
      ...(network.threshold ? { threshold: network.threshold } : {}),
    })),
  }));
}

/** The preselection: the first usable wish (the coin the items were chosen in, the remembered choice), else the configured default (USDC on Solana), else the first usable one. */
export function initialPayment(
  options: readonly CoinOption[],
  preferred: readonly { coin: string; network?: string }[],
): { coin: string; network: string } | undefined {
  for (const wish of preferred) {
    const coin = options.find((o) => o.coin === wish.coin && !o.suspended);
    // A wish without a network (a coin chosen on a brand page) takes the coin's first usable network.
    const network = coin?.networks.find((n) => (wish.network === undefined || n.name === wish.network) && !n.suspended);
    if (coin && network) return { coin: coin.coin, network: network.name };
  }
  for (const coin of options) {
    const network = coin.networks.find((n) => !n.suspended);
    if (!coin.suspended && network) return { coin: coin.coin, network: network.name };
  }
  return undefined;
}

/**
 * What to preselect, best first: the coin (and network) the items were chosen with on a brand page (the last
 * such item), on the remembered network or the default one when it has them, then the remembered choice,
 * then the configured default.
 */
export function paymentWishes(
  items: readonly { coin?: string; network?: string }[],
  saved: { coin: string; network: string } | null,
  defaults: { coin: string; network: string },
): { coin: string; network?: string }[] {
  const chosen = items.findLast((item) => item.coin !== undefined);
  const remembered = saved ? [saved] : [];
  if (!chosen?.coin) return [...remembered, defaults];
  const { coin, network } = chosen;
  return [
    ...(network ? [{ coin, network }] : []),
    ...remembered.map((wish) => ({ coin, network: wish.network })),
    { coin, network: defaults.network },
    { coin },
    ...remembered,
    defaults,
  ];
}
