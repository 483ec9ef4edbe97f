// What the brand page shows of a product family: fixed choices, an open range, eSIM plans. Pure, client-safe.
import type { Product, ProductFamily } from '@/lib/cryptorefills/types';
import { productKindOf, type ProductKind } from './kinds';

export interface DataPlan {
  /** 'unlimited', or the allowance as written upstream ("5 GB", "500 MB"). */
  data: 'unlimited' | string;
  validity: { amount: number; unit: 'day' | 'month' };
}

export interface FixedChoice {
  productId: string;
  /** The exact upstream string, sent back when ordering ("100 USD", "5 GB 30 days"). */
  denomination: string;
  /** What a buyer reads: the localized denomination ("$100", "5 GB · 30 days"). */
  label: string;
  /** Price in the page's coin, exactly as the upstream wrote it (never rounded). */
  coinAmount?: string;
  plan?: DataPlan;
  /** The plan in the page's language, as the brand page's server hands it to the picker (components/catalog/plan-text.ts). */
  planText?: string;
}

// Shaped like an AmountRange so that checkRangeAmount reads it as is.
export interface RangeOption {
  productId: string;
  min: number;
  max: number;
  stepSize?: number;
  /** Face-value currency ("USD", "COP"). */
  currency?: string;
}

export interface BrandOffer {
  /** The exact brand name (what price and order requests name it by). */
  brand: string;
  kind: ProductKind;
  /** Where the product goes: an e-mail address, or a phone number for top-ups. */
  deliveryType: 'by_email' | 'by_phone';
  outOfStock: boolean;
  fixed: FixedChoice[];
  range?: RangeOption;
}

const PLAN_PATTERN = /^\s*(unlimited|\d+(?:[.,]\d+)?\s*[KMGT]B)\s+(\d+)\s*(days?|months?)\s*$/i;

/** "5 GB 30 days" → 5 GB for 30 days; "Unlimited 3 days" → unlimited for 3 days; anything else → undefined. */
export function parseDataPlan(label: string | undefined): DataPlan | undefined {
  const match = label ? PLAN_PATTERN.exec(label) : null;
  if (!match?.[1] || !match[2] || !match[3]) return undefined;
  const data = match[1].toLowerCase() === 'unlimited' ? 'unlimited' : match[1].replace(/\s+/g, ' ').toUpperCase();
  const unit = match[3].toLowerCase().startsWith('month') ? 'month' : 'day';
  return { data, validity: { amount: Number(match[2]), unit } };
}

function toFixedChoice(product: Product, isEsim: boolean): FixedChoice | undefined {
  if (!product.denomination) return undefined;
  const plan = isEsim ? parseDataPlan(product.denomination) : undefined;
  return {
    productId: product.id,
    denomination: product.denomination,
    label: product.localizedDenomination ?? product.denomination,
    ...(product.coinAmount === undefined ? {} : { coinAmount: product.coinAmount }),
    ...(plan ? { plan } : {}),
  };
}

function toRangeOption(product: Product, fallbackCurrency: string | undefined): RangeOption | undefined {
  const range = product.range;
  if (!range || !(range.min > 0) || !(range.max >= range.min)) return undefined;
  const currency = range.currency ?? fallbackCurrency;
  return {
    productId: product.id,
    min: range.min,
    max: range.max,
    ...(range.stepSize !== undefined && range.stepSize > 0 ? { stepSize: range.stepSize } : {}),
    ...(currency ? { currency } : {}),
  };
}

export function toBrandOffer(family: ProductFamily): BrandOffer {
  const kind = productKindOf(family);
  const fixed: FixedChoice[] = [];
  let range: RangeOption | undefined;
  for (const product of family.products) {
    if (product.isRange) range ??= toRangeOption(product, product.faceValue?.currency);
    else {
      const choice = toFixedChoice(product, kind === 'esim');
      if (choice) fixed.push(choice);
    }
  }
  const declared = family.products.find((product) => product.deliveryType)?.deliveryType;
  const deliveryType = declared === 'by_phone' || (!declared && kind === 'topup') ? 'by_phone' : 'by_email';
  return { brand: family.name, kind, deliveryType, outOfStock: family.outOfStock ?? false, fixed, ...(range ? { range } : {}) };
}

/** A face value for people: "$25", "COP 1,000", "€2.50"; a bare number when the currency is not an ISO code. */
export function formatFaceValue(value: number, currency: string | undefined, locale: string): string {
  const fraction = Number.isInteger(value) ? 0 : 2;
  if (!currency || !/^[A-Z]{3}$/.test(currency)) {
    return new Intl.NumberFormat(locale, { minimumFractionDigits: fraction, maximumFractionDigits: 8 }).format(value);
  }
  return new Intl.NumberFormat(locale, {
    style: 'currency',
    currency,
    minimumFractionDigits: fraction,
    maximumFractionDigits: Math.max(fraction, 2),
  }).format(value);
}
