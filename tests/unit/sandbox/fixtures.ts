// Shared test helpers for the sandbox: a small catalog with every flag, and a fake clock + timers.
import type { Catalog, CatalogBrand, CatalogProduct } from '../../../sandbox/catalog/types';
import { findNetwork } from '../../../sandbox/coins';
import type { OrderLine } from '../../../sandbox/order-model';
import type { NewOrder, Timers } from '../../../sandbox/orders';

let ids = 0;
const uuid = () => `00000000-0000-4000-8000-${String(++ids).padStart(12, '0')}`;

const fixed = (faceValue: number, currency = 'USD', deliveryType: 'by_email' | 'by_phone' = 'by_email'): CatalogProduct => ({
  productId: uuid(),
  isDynamic: false,
  denomination: `${faceValue} ${currency}`,
  localizedDenomination: currency === 'USD' ? `$${faceValue}` : `${faceValue} ${currency}`,
  faceValue,
  currency,
  deliveryType,
});

const range = (min: number, max: number, step = 1): CatalogProduct => ({
  productId: uuid(),
  isDynamic: true,
  range: { min, max, step, default: min * 2 },
  currency: 'USD',
  deliveryType: 'by_email',
});

function brand(name: string, products: CatalogProduct[], extra: Partial<CatalogBrand> = {}): CatalogBrand {
  return {
    brandId: uuid(),
    brand: name,
    family: name,
    logoSlug: name.toLowerCase().replace(/[^a-z0-9]+/g, '-'),
    kind: 'giftcard',
    category: 'e-commerce',
    additionalCategories: [],
    bgColor: '#123456',
    countryCode: 'US',
    minLabel: '$10',
    maxLabel: '$100',
    isOutOfStock: false,
    requiresLogin: false,
    isInactive: false,
    isLimited: false,
    description: '<p>Shop online.</p>',
    howToRedeem: '<ol><li>Redeem.</li></ol>',
    terms: '<p>Terms.</p>',
    productTc: 'Terms apply.',
    products,
    ...extra,
  };
}

export function fixtureCatalog(): Catalog {
  const us: CatalogBrand[] = [
    brand('Amazon.com', [fixed(10), fixed(25), fixed(100), fixed(2000)], { additionalCategories: ['entertainment'] }),
    brand('Airbnb', [range(25, 500, 5)], { category: 'travel_flights' }),
    brand('Big Range', [range(1, 5000)]),
    brand('Claro Credits', [fixed(10, 'USD', 'by_phone')], { kind: 'mobile_recharge', category: 'mobile_credits' }),
    brand(
      'Global eSIM',
      [
        {
          ...(fixed(5) as Extract<CatalogProduct, { isDynamic: false }>),
          denomination: '1 GB 7 days',
          esim: { dataGb: 1, validityDays: 7 },
        },
      ],
      { kind: 'mobile_recharge', category: 'e-sim' },
    ),
    brand('Sold Out', [fixed(10)], { isOutOfStock: true }),
    brand('Paused', [fixed(10)], { isInactive: true }),
    brand('E-Money', [fixed(10)], { requiresLogin: true, category: 'e-money' }),
    brand('Limited A', [fixed(10)], { isLimited: true }),
    brand('Limited B', [fixed(10)], { isLimited: true }),
  ];
  const de: CatalogBrand[] = [brand('Zalando', [fixed(25, 'EUR')], { countryCode: 'DE' })];
  const byCountry: Record<string, CatalogBrand[]> = { US: us, DE: de };
  const list = (cc: string) => byCountry[cc] ?? [];
  return {
    brands: list,
    findBrands: (cc, { familyName, brandName }) =>
      list(cc).filter(
        (b) =>
          (!familyName || b.family.toLowerCase() === familyName.toLowerCase()) &&
          (!brandName || b.brand.toLowerCase() === brandName.toLowerCase()),
      ),
    findBrand: (cc, name) => list(cc).find((b) => b.brand.toLowerCase() === name.trim().toLowerCase()),
    homepage: (cc) => (list(cc).length ? [{ id: 'popular', title: 'Popular', brands: list(cc).slice(0, 3) }] : []),
  };
}

export const fixtureUsdPerUnit = (currency: string) => ({ USD: 1, EUR: 1.1 })[currency] ?? 1;

/** A manual clock with timers that fire only when the test advances time. */
export class FakeTime implements Timers {
  nowMs = Date.UTC(2026, 0, 1, 12, 0, 0);
  private nextId = 0;
  private queue: { id: number; at: number; fn: () => void }[] = [];

  readonly now = () => this.nowMs;

  set(fn: () => void, ms: number): unknown {
    const id = ++this.nextId;
    this.queue.push({ id, at: this.nowMs + ms, fn });
    return id;
  }

  clear(handle: unknown): void {
    this.queue = this.queue.filter((t) => t.id !== handle);
  }

  get pending(): number {
    return this.queue.length;
  }

  /** Moves the clock forward, firing every timer that falls due on the way, in order. */
  advance(ms: number): void {
    const target = this.nowMs + ms;
    for (;;) {
      const due = this.queue.filter((t) => t.at <= target).sort((a, b) => a.at - b.at || a.id - b.id)[0];
      if (!due) break;
      this.queue = this.queue.filter((t) => t !== due);
      this.nowMs = Math.max(this.nowMs, due.at);
      due.fn();
    }
    this.nowMs = target;
  }
}

/** One order line (a $100 Amazon.com card unless overridden) and a whole order for the store. */
export function line(overrides: Partial<OrderLine> = {}): OrderLine {
  return {
    id: crypto.randomUUID(),
    kind: 'giftcard',
    category: 'e-commerce',
    isEsim: false,
    brandId: '00000000-0000-4000-8000-000000000001',
    brand: 'Amazon.com',
    family: 'Amazon.com',
    countryCode: 'US',
    deliveryType: 'by_email',
    denomination: '100 USD',
    localizedDenomination: '$100',
    beneficiary: 'buyer@example.com',
    currency: 'USD',
    faceValue: 100,
    usd: 100,
    atomic: 101_500_000,
    points: '9',
    ...overrides,
  };
}

export function newOrder(lines: OrderLine[] = [line()]): NewOrder {
  const network = findNetwork('USDC', 'Solana');
  if (!network) throw new Error('fixture network');
  const atomic = lines.reduce((sum, l) => sum + l.atomic, 0);
  return {
    id: crypto.randomUUID(),
    network,
    atomic,
    originalAtomic: atomic,
    walletAddress: 'So1anaAddress1111111111111111111111111111111',
    qrText: 'solana:x',
    paymentId: crypto.randomUUID(),
    usd: 100,
    email: 'buyer@example.com',
    lang: 'en',
    lines,
  };
}
