// Face value (local currency) → USD → coin, plus the sandbox fee. Coin amounts are kept as integer atomic units
// (6 decimals for stablecoins, 8 for BTC) so sums and EIP-681 `uint256` values are exact.

export type CoinSymbol = 'USDC' | 'USDT' | 'BTC';

interface CoinRate {
  decimals: number;
  /** USD per coin. A fixed BTC rate keeps quotes reproducible. */
  usd: number;
  /** Digits kept after trimming trailing zeros ("101.50", "0.00032833"). */
  minFractionDigits: number;
}

export const COIN_RATES: Record<CoinSymbol, CoinRate> = {
  USDC: { decimals: 6, usd: 1, minFractionDigits: 2 },
  USDT: { decimals: 6, usd: 1, minFractionDigits: 2 },
  BTC: { decimals: 8, usd: 100_000, minFractionDigits: 8 },
};

/** Service fee on top of the face value (1.5 %). */
export const FEE_RATE = 0.015;
/** Per-order ceiling, in USD, behind MAXIMUM_AMOUNT_PER_ORDER_EXCEEDED. */
export const MAX_ORDER_USD = 10_000;

export function isCoinSymbol(value: string): value is CoinSymbol {
  return Object.hasOwn(COIN_RATES, value);
}

export type UsdPerUnit = (currency: string) => number;

export interface Quote {
  /** Face value in USD (no fee). */
  usd: number;
  /** Price in the coin's atomic units, fee included, rounded up. */
  atomic: number;
}

export function quote(faceValue: number, currency: string, coin: CoinSymbol, usdPerUnit: UsdPerUnit): Quote {
  const usd = faceValue * usdPerUnit(currency);
  const rate = COIN_RATES[coin];
  const exact = ((usd * (1 + FEE_RATE)) / rate.usd) * 10 ** rate.decimals;
  // The epsilon keeps float noise (e.g. 101.50000000001) from adding one atomic unit.
  return { usd, atomic: Math.ceil(exact - 1e-6) };
}

/** Applies a percentage discount to an atomic amount (the buyer never pays less than one unit). */
export function discount(atomic: number, percent: number): number {
  if (percent <= 0) return atomic;
  return Math.max(1, atomic - Math.floor((atomic * percent) / 100));
}

/** "101.50", "25.375", "0.00032833"; nothing at all is plain "0" (as upstream's `sent_coin_amount`). */
export function formatAtomic(atomic: number, coin: CoinSymbol): string {
  if (atomic <= 0) return '0';
  const { decimals, minFractionDigits } = COIN_RATES[coin];
  const digits = Math.max(0, Math.round(atomic))
    .toString()
    .padStart(decimals + 1, '0');
  const whole = digits.slice(0, -decimals);
  let fraction = digits.slice(-decimals);
  while (fraction.length > minFractionDigits && fraction.endsWith('0')) fraction = fraction.slice(0, -1);
  return fraction ? `${whole}.${fraction}` : whole;
}

/** "12.5" → atomic units; undefined when not a plain non-negative decimal or finer than the coin allows. */
export function parseAtomic(text: string, coin: CoinSymbol): number | undefined {
  const found = /^(\d{1,12})(?:\.(\d+))?$/.exec(text.trim());
  if (!found) return undefined;
  const { decimals } = COIN_RATES[coin];
  const fraction = (found[2] ?? '').replace(/0+$/, '');
  if (fraction.length > decimals) return undefined;
  return Number(found[1]) * 10 ** decimals + Number(fraction.padEnd(decimals, '0') || '0');
}

/** Loyalty points for a purchase: roughly 9 per 100 USD, as observed upstream. */
export function pointsFor(usd: number): string {
  return String(Math.floor(usd * 0.09));
}

/** Two-decimal fiat value for fields such as `payment_value`. */
export function fiat(value: number): number {
  return Math.round(value * 100) / 100;
}

/** Face values as the wire prints them: "10", "12.5", "25.00" style is for `face_value.amount.min/max`. */
export function plainNumber(value: number): string {
  return Number.isInteger(value) ? String(value) : String(Math.round(value * 100) / 100);
}

/** "$25", "€12.50": the label of a range value, like the catalog's localized denominations. */
export function localizedAmount(value: number, currency: string): string {
  try {
    return new Intl.NumberFormat('en-US', {
      style: 'currency',
      currency,
      minimumFractionDigits: Number.isInteger(value) ? 0 : 2,
      maximumFractionDigits: 2,
    }).format(value);
  } catch {
    return `${plainNumber(value)} ${currency}`;
  }
}
