// What a buyer calls a product: the upstream only has `kind` (giftcard | mobile_recharge) and `category`.
export const PRODUCT_KINDS = ['giftcard', 'topup', 'esim'] as const;
export type ProductKind = (typeof PRODUCT_KINDS)[number];

const ESIM_CATEGORY = 'e-sim';

export function productKindOf(brand: { kind?: string; category?: string; additionalCategories?: readonly string[] }): ProductKind {
  if (brand.category === ESIM_CATEGORY || brand.additionalCategories?.includes(ESIM_CATEGORY)) return 'esim';
  if (brand.kind === 'mobile_recharge') return 'topup';
  return 'giftcard';
}

export function isProductKind(value: unknown): value is ProductKind {
  return typeof value === 'string' && (PRODUCT_KINDS as readonly string[]).includes(value);
}
