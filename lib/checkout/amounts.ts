import { formatDecimal, isDecimal } from '@/lib/order-display/amounts';

/** "101.50" and "101.5" are the same amount; compared exactly, without floating point. */
export function sameDecimal(a: string, b: string): boolean {
  return canonical(a) === canonical(b);
}

function canonical(value: string): string {
  const [whole = '0', fraction = ''] = value.trim().split('.');
  const int = whole.replace(/^0+(?=\d)/, '');
  const frac = fraction.replace(/0+$/, '');
  return frac ? `${int}.${frac}` : int;
}

/**
 * A coin amount for people, one rule everywhere at checkout (each line, the discount, the total): the exact digits,
 * never rounded (the buyer pays exactly this), trailing zeros dropped but at least two decimals, like money
 * ("50.750000" → "50.75", "45.675" → "45.675", "12" → "12.00"), with the locale's separators. Not a decimal → unchanged.
 */
export function coinAmountText(value: string, locale: string): string {
  if (!isDecimal(value)) return value;
  const [whole = '0', fraction = ''] = value.split('.');
  const digits = fraction.replace(/0+$/, '').padEnd(2, '0');
  return formatDecimal(`${whole.replace(/^0+(?=\d)/, '')}.${digits}`, locale);
}
