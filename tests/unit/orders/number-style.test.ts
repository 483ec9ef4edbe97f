// The storefront's own languages write numbers from a table (no Intl on the page's first render); the table must
// say what Intl says, for every amount. Other locales still ask Intl.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDecimal } from '@/lib/order-display/amount-text';
import { LOCALES } from '@/lib/i18n/config';

/** The amount as Intl writes it: the whole part grouped by Intl, the fraction's digits kept as they are. */
function byIntl(value: string, locale: string): string {
  const [whole = '0', fraction] = value.split('.');
  const head = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(BigInt(whole));
  if (fraction === undefined) return head;
  const decimal = new Intl.NumberFormat(locale, { minimumFractionDigits: 1 }).formatToParts(1.5).find((p) => p.type === 'decimal')?.value;
  const digit = new Intl.NumberFormat(locale, { useGrouping: false });
  return `${head}${decimal}${fraction.replace(/\d/g, (d) => digit.format(Number(d)))}`;
}

const amounts = fc
  .tuple(fc.stringMatching(/^(0|[1-9]\d{0,17})$/), fc.option(fc.stringMatching(/^\d{1,18}$/), { nil: undefined }))
  .map(([whole, fraction]) => (fraction === undefined ? whole : `${whole}.${fraction}`));

describe('formatDecimal', () => {
  it.each([...LOCALES, 'de-CH', 'ar-EG', 'hi-IN-u-nu-deva'])('writes %s amounts as Intl does', (locale) => {
    fc.assert(
      fc.property(amounts, (value) => formatDecimal(value, locale) === byIntl(value, locale)),
      { numRuns: 300 },
    );
  });

  it('groups by threes with the language’s own separators', () => {
    expect(formatDecimal('1234567.50', 'en')).toBe('1,234,567.50');
    expect(formatDecimal('1234567.50', 'id')).toBe('1.234.567,50');
    expect(formatDecimal('999', 'en')).toBe('999');
    expect(formatDecimal('1000', 'id')).toBe('1.000');
  });
});
