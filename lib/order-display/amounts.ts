// Exact arithmetic on decimal amount strings ("101.48"): amounts are never rounded through floats.
// Client-safe.
const DECIMAL = /^\d+(\.\d+)?$/;

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

export function isDecimal(value: string | undefined): value is string {
  return value !== undefined && DECIMAL.test(value);
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

interface NumberStyle {
  /** The whole part (0-9 digits, no leading zeros) with the locale's grouping and digits. */
  whole: (digits: string) => string;
  decimal: string;
  /** The locale's ten digits, 0 to 9. */
  digits: readonly string[];
}

const LATIN = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'] as const;

/** `digits` in groups of three from the right, joined by `group`. */
function byThrees(group: string): (digits: string) => string {
  return (digits) => {
    const head = digits.length % 3 || 3;
    let out = digits.slice(0, head);
    for (let i = head; i < digits.length; i += 3) out += group + digits.slice(i, i + 3);
    return out;
  };
}

/**
 * The storefront's own languages, written out: the first Intl.NumberFormat a page builds costs a phone about
 * 25 ms of main thread (ICU's locale data, loaded on first use), and the payment screen formats an amount while it
 * hydrates. A unit test holds these to what Intl writes; other locales ask Intl.
 */
const styles = new Map<string, NumberStyle>([
  ['en', { whole: byThrees(','), decimal: '.', digits: LATIN }],
  ['id', { whole: byThrees('.'), decimal: ',', digits: LATIN }],
]);

function numberStyle(locale: string): NumberStyle {
  let style = styles.get(locale);
  if (!style) {
    const whole = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
    const decimal =
      new Intl.NumberFormat(locale, { minimumFractionDigits: 1 }).formatToParts(1.5).find((part) => part.type === 'decimal')?.value ?? '.';
    style = {
      whole: (digits) => whole.format(BigInt(digits)),
      decimal,
      digits: Array.from({ length: 10 }, (_, digit) => whole.format(digit)),
    };
    styles.set(locale, style);
  }
  return style;
}

/**
 * An order amount for people, in `locale`: "1234.50" → "1,234.50" (en), "1.234,50" (id). Exact: the digits are
 * the amount's own (no float, no rounding, trailing zeros kept); only separators and digit shapes follow the
 * locale. For display only: copy buttons and payment URIs keep the exact string. Not a decimal → unchanged.
 */
export function formatDecimal(value: string, locale: string): string {
  if (!isDecimal(value)) return value;
  const style = numberStyle(locale);
  const [whole = '0', fraction] = value.split('.');
  const head = style.whole(BigInt(whole).toString());
  if (fraction === undefined) return head;
  return `${head}${style.decimal}${fraction.replace(/\d/g, (digit) => style.digits[Number(digit)] ?? digit)}`;
}

/**
 * A coin amount for people, one rule everywhere (brand page, checkout lines, discount and total, payment screen,
 * order summary, receipt, recent orders): the exact digits, never rounded (the buyer pays exactly this), trailing
 * zeros dropped but at least two decimals, like money ("50.750000" → "50.75", "0.00050750" → "0.0005075",
 * "12" → "12.00"), with the locale's separators. Not a decimal → unchanged.
 */
export function formatCoinAmount(value: string, locale: string): string {
  if (!isDecimal(value)) return value;
  const [whole = '0', fraction = ''] = value.split('.');
  const digits = fraction.replace(/0+$/, '').padEnd(2, '0');
  return formatDecimal(`${whole.replace(/^0+(?=\d)/, '')}.${digits}`, locale);
}
