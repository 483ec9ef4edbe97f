import type { DataPlan } from '@/lib/catalog/products';
import { formatDecimal } from '@/lib/order-display/amount-text';

type Translate = (key: string, values?: Record<string, string | number>) => string;

/**
 * An eSIM plan as a buyer reads it ("5 GB · 30 days", "1,5 GB · 30 hari"), written by the brand page's server in
 * the page's language (`t` of the brandPage namespace), so the browser's picker carries no plan formatting.
 */
export function planText(plan: DataPlan, t: Translate, locale: string): string {
  // "1.5 GB" → "1,5 GB" in Indonesian; anything else as the upstream wrote it.
  const data =
    plan.data === 'unlimited'
      ? t('unlimited')
      : plan.data.replace(/^\d+(?:\.\d+)?(?= [KMGT]B$)/, (amount) => formatDecimal(amount, locale));
  const count = plan.validity.amount;
  const validity = plan.validity.unit === 'month' ? t('validityMonths', { count }) : t('validityDays', { count });
  return t('plan', { data, validity });
}
