// Order amounts written for people, in the buyer's language: exact digits, the locale's separators. Client-safe.
import { isDecimal } from './decimal';

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
