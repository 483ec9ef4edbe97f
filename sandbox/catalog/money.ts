import { usdPerUnit } from '../fx';

// Symbols for display labels ("$100", "€25", "50 zł"); other currencies read "100 XYZ".
const SYMBOLS: Record<string, string> = {
  USD: '$',
  EUR: '€',
  GBP: '£',
  JPY: '¥',
  INR: '₹',
  BRL: 'R$',
  CAD: 'C$',
  AUD: 'A$',
  NZD: 'NZ$',
  MXN: 'MX$',
  KRW: '₩',
  PHP: '₱',
  VND: '₫',
  THB: '฿',
  TRY: '₺',
  NGN: '₦',
  IDR: 'Rp',
  ZAR: 'R',
  SGD: 'S$',
  MYR: 'RM',
  HKD: 'HK$',
  CHF: 'CHF ',
  KES: 'KSh',
  GHS: 'GH₵',
  EGP: 'E£',
  ILS: '₪',
  UAH: '₴',
  PKR: 'Rs',
  COP: 'COL$',
  ARS: 'AR$',
  CLP: 'CLP$',
  PEN: 'S/',
};
const TRAILING: Record<string, string> = { PLN: 'zł', SEK: 'kr', NOK: 'kr', DKK: 'kr', CZK: 'Kč', HUF: 'Ft' };

/** Display label of an amount, e.g. "$100", "€25", "Rp100,000", "50 zł", "150 AED". */
export function formatMoney(amount: number, currency: string): string {
  const symbol = SYMBOLS[currency];
  return symbol ? `${symbol}${grouped(amount)}` : `${grouped(amount)} ${TRAILING[currency] ?? currency}`;
}

// Hand-rolled rather than Intl.NumberFormat, which was the hot spot when generating thousands of brands.
function grouped(amount: number): string {
  const [whole = '0', fraction] = String(round2(amount)).split('.');
  const withCommas = whole.length <= 3 ? whole : whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return fraction ? `${withCommas}.${fraction.padEnd(2, '0')}` : withCommas;
}

/** Wire denomination the upstream expects back, e.g. "100 USD", "100000 IDR" (no grouping). */
export function denominationOf(amount: number, currency: string): string {
  return `${round2(amount)} ${currency}`;
}

const NICE_MANTISSAS = [1, 1.5, 2, 2.5, 3, 4, 5, 7.5, 10];

/** Rounds to a "shop shelf" value: 1, 1.5, 2, 2.5, 3, 4, 5, 7.5 × 10^n (never below `floor`). */
export function niceRound(value: number, floor = 1): number {
  if (value <= floor) return floor;
  const magnitude = 10 ** Math.floor(Math.log10(value));
  const mantissa = value / magnitude;
  let best = 1;
  for (const m of NICE_MANTISSAS) if (Math.abs(m - mantissa) < Math.abs(best - mantissa)) best = m;
  return round2(best * magnitude);
}

/**
 * Converts a USD amount into a nice amount of `currency`. Currencies worth roughly a dollar keep the
 * number, as real cards do (a £25 or €25 card, not £19): only far-off currencies are converted.
 */
export function fromUsd(usd: number, currency: string): number {
  const unitsPerUsd = 1 / usdPerUnit(currency);
  if (unitsPerUsd >= 0.5 && unitsPerUsd <= 2) return usd;
  return niceRound(usd * unitsPerUsd);
}

/** Step of an open range in `currency`: 1 for dollar-like units, coarser for small units (IDR → 1,000). */
export function rangeStep(currency: string): number {
  const unitsPerUsd = 1 / usdPerUnit(currency);
  return Math.max(1, 10 ** (Math.floor(Math.log10(unitsPerUsd)) - 1));
}

export function round2(value: number): number {
  return Math.round(value * 100) / 100;
}
