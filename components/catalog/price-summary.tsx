import { useLocale, useTranslations } from '@/lib/i18n/client';
import type { SummaryState } from '@/lib/catalog/picked';
import { formatCoinAmount } from '@/lib/order-display/amount-text';

const PROMPTS = { choose: 'choosePrompt', 'choose-plan': 'choosePlanPrompt', enter: 'enterPrompt' } as const;

/** What the buyer would pay, announced politely as it changes. */
export function PriceSummary({ state }: { state: SummaryState }) {
  const t = useTranslations('brandPage');
  const locale = useLocale();
  let text: string;
  let tone = 'text-muted';
  switch (state.kind) {
    case 'prompt':
      text = t(PROMPTS[state.prompt]);
      break;
    case 'pending':
      text = t('updating');
      break;
    case 'price':
      text = t('youPay', { price: t('priceIn', { amount: formatCoinAmount(state.coinAmount, locale), coin: state.coin }) });
      tone = 'text-fg text-lg font-semibold';
      break;
    case 'out-of-stock':
      text = t('outOfStock', { brand: state.brand });
      tone = 'text-danger font-medium';
      break;
    case 'error': {
      const key = `priceErrors.${state.code}`;
      const fallback = state.status === 0 || state.status >= 500 ? 'priceErrors.unavailable' : 'priceErrors.generic';
      text = t.has(key) ? t(key) : t(fallback);
      tone = 'text-danger font-medium';
      break;
    }
  }
  return (
    <p role="status" aria-live="polite" className={`min-h-7 ${tone}`}>
      {text}
    </p>
  );
}
