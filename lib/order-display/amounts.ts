// Exact arithmetic on decimal amount strings ("101.48"): amounts are never rounded through floats. Writing them
// for people is amount-text.ts (kept apart so the catalog pages, which only write prices, do not ship this).
// Client-safe.
import { isDecimal } from './decimal';

function decimalsOf(value: string): number {
  return value.split('.')[1]?.length ?? 0;
}

function toScaled(value: string, scale: number): bigint {
  const [whole = '0', fraction = ''] = value.split('.');
  return BigInt(whole + fraction.padEnd(scale, '0').slice(0, scale));
}

function fromScaled(value: bigint, scale: number): string {
  const digits = value.toString().padStart(scale + 1, '0');
  if (scale === 0) return digits;
  const whole = digits.slice(0, -scale);
  const fraction = digits.slice(-scale).replace(/0+$/, '');
  return fraction ? `${whole}.${fraction}` : whole;
}

/** -1, 0 or 1; undefined when either side is not a plain non-negative decimal. */
export function compareDecimals(a: string, b: string): number | undefined {
  if (!isDecimal(a) || !isDecimal(b)) return undefined;
  const scale = Math.max(decimalsOf(a), decimalsOf(b));
  const diff = toScaled(a, scale) - toScaled(b, scale);
  return diff === 0n ? 0 : diff > 0n ? 1 : -1;
}

/** `a - b`, never below zero; undefined for a value that is not a decimal. */
export function subtractDecimals(a: string, b: string): string | undefined {
  if (!isDecimal(a) || !isDecimal(b)) return undefined;
  const scale = Math.max(decimalsOf(a), decimalsOf(b));
  const diff = toScaled(a, scale) - toScaled(b, scale);
  return fromScaled(diff > 0n ? diff : 0n, scale);
}

/** Half of an amount, rounded down at its own precision (at least cents). */
export function halfOf(value: string): string | undefined {
  if (!isDecimal(value)) return undefined;
  const scale = Math.max(decimalsOf(value), 2);
  return fromScaled(toScaled(value, scale) / 2n, scale);
}

/** The amount in the token's smallest unit ("1.5", 6 → "1500000"); undefined if it has more decimals. */
export function toAtomic(value: string, decimals: number): string | undefined {
  if (!isDecimal(value) || decimalsOf(value) > decimals) return undefined;
  return toScaled(value, decimals).toString();
}

/** What is still to pay: the order's amount minus what was sent so far. */
export function amountDue(order: { coinAmount: string; sentCoinAmount?: string }): string {
  return subtractDecimals(order.coinAmount, order.sentCoinAmount ?? '0') ?? order.coinAmount;
}

export function isPartlyPaid(order: { coinAmount: string; sentCoinAmount?: string }): boolean {
  const sent = order.sentCoinAmount ?? '0';
  return compareDecimals(sent, '0') === 1 && compareDecimals(sent, order.coinAmount) === -1;
}
