// Business rules of an order body: resolves each delivery against the catalog, prices it, and collects
// every problem (§9) at once. Suspended coins/networks are HTTP-level errors and are thrown instead.
import { isSupportedCountry } from '../lib/countries';
import type { Catalog, CatalogBrand, CatalogProduct } from './catalog/types';
import {
  findNetwork,
  isCoinSuspended,
  isNetworkSuspended,
  PAYMENT_VIA,
  supportedCombinations,
  type NetworkDef,
  type Suspensions,
} from './coins';
import { HttpError, type Json } from './http';
import { couponOf, fullName, type DeliveryInput, type OrderBody } from './order-schema';
import { discount, MAX_ORDER_USD, parseAtomic, type UsdPerUnit } from './pricing';
import { emailTrigger, evaluateCoupon, isE164, isEmail, isRefusedEmailDomain, reasonFor, type Problem, type ProblemCode } from './problems';
import { isOnStep, priceOf } from './wire';

export const MAX_DELIVERIES = 10;

export interface ResolvedLine {
  index: number;
  input: DeliveryInput;
  brand?: CatalogBrand;
  product?: CatalogProduct;
  /** Face value in the product's currency. */
  faceValue?: number;
  usd: number;
  originalAtomic: number;
  atomic: number;
  points: string;
}

export interface Evaluation {
  coin: string;
  network?: NetworkDef;
  lines: ResolvedLine[];
  problems: Problem[];
  coupon?: { code: string; percent: number };
  atomic: number;
  originalAtomic: number;
  usd: number;
}

export interface RuleDeps {
  catalog: Catalog;
  usdPerUnit: UsdPerUnit;
  suspensions: Suspensions;
  /** Per brand (lowercase name), a price move in percent since the catalog was read (`POST /sandbox/prices`). */
  priceMoves?: ReadonlyMap<string, number>;
}

type Details = { [key: string]: Json | undefined };

class Collector {
  readonly problems: Problem[] = [];
  private readonly seen = new Set<string>();

  add(problem: ProblemCode, moreDetails?: Details) {
    const key = `${problem}${JSON.stringify(moreDetails ?? {})}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.problems.push(moreDetails ? { problem, moreDetails } : { problem });
  }

  /** An e-mail trigger: suspension codes are HTTP-level, the rest are problems. */
  trigger(email: string, details: Details) {
    const code = emailTrigger(email);
    if (code === 'SUSPENDED_COIN' || code === 'SUSPENDED_NETWORK') throw suspended(code);
    if (code) this.add(code, { reason: reasonFor(code), ...details });
  }
}

function suspended(code: 'SUSPENDED_COIN' | 'SUSPENDED_NETWORK', what = 'This payment option'): HttpError {
  return new HttpError(400, code, { reason: `${what} is temporarily suspended.` });
}

function pickProduct(brand: CatalogBrand, input: DeliveryInput, out: Collector, i: number) {
  if (input.denomination.toLowerCase() === 'range') {
    const product = brand.products.find((p) => p.isDynamic);
    if (!product || !product.isDynamic) {
      out.add('NOT_AVAILABLE_PRODUCT', { delivery_index: i, reason: `${brand.brand} has no open-value product.` });
      return undefined;
    }
    const value = input.product_value;
    if (value === undefined || value === null) {
      out.add('OUT_OF_STOCK', { delivery_index: i, reason: 'A range delivery needs product_value.' });
      return undefined;
    }
    const { min, max, step } = product.range;
    if (value < min) {
      out.add('AMOUNT_LESS_THEN_MINIMUM_ALLOWED', { delivery_index: i, minimum: min, currency: product.currency });
    } else if (value > max) {
      out.add('MAXIMUM_AMOUNT_PER_ORDER_EXCEEDED', { delivery_index: i, maximum: max, currency: product.currency });
    } else if (!isOnStep(value, min, step)) {
      out.add('NOT_AVAILABLE_PRODUCT', { delivery_index: i, reason: `product_value must be ${min} plus a multiple of ${step}.` });
    } else {
      return { product, faceValue: value };
    }
    return undefined;
  }
  const wanted = input.denomination.toLowerCase();
  const product = brand.products.find((p) => !p.isDynamic && p.denomination.toLowerCase() === wanted);
  if (!product || product.isDynamic) {
    out.add('NOT_AVAILABLE_PRODUCT', { delivery_index: i, reason: `${brand.brand} has no "${input.denomination}" product.` });
    return undefined;
  }
  return { product, faceValue: product.faceValue };
}

function checkBeneficiary(input: DeliveryInput, product: CatalogProduct | undefined, out: Collector, i: number) {
  const account = input.beneficiary_account;
  const byPhone = product?.deliveryType === 'by_phone';
  if (product && byPhone && !isE164(account)) {
    out.add('INVALID_BENEFICIARY_ACCOUNT', { delivery_index: i, reason: 'Expected an E.164 phone number, e.g. +14155551234.' });
  } else if (product && !byPhone && !isEmail(account)) {
    out.add('INVALID_BENEFICIARY_ACCOUNT', { delivery_index: i, reason: 'Expected an e-mail address.' });
  }
  if (isEmail(account)) {
    if (isRefusedEmailDomain(account)) out.add('INVALID_EMAIL_DOMAIN', { delivery_index: i });
    out.trigger(account, { delivery_index: i });
  }
}

function resolveLine(input: DeliveryInput, i: number, deps: RuleDeps, network: NetworkDef | undefined, out: Collector): ResolvedLine {
  const line: ResolvedLine = { index: i, input, usd: 0, originalAtomic: 0, atomic: 0, points: '0' };
  const country = input.country_code;
  const brand = isSupportedCountry(country) ? deps.catalog.findBrand(country, input.brand_name) : undefined;
  if (!brand) {
    out.add('NOT_AVAILABLE_PRODUCT', { delivery_index: i, reason: `No brand "${input.brand_name}" in ${country}.` });
    checkBeneficiary(input, undefined, out, i);
    return line;
  }
  line.brand = brand;
  if (brand.isInactive) out.add('NOT_ACTIVE', { delivery_index: i });
  if (brand.isOutOfStock) out.add('OUT_OF_STOCK', { delivery_index: i });
  if (brand.requiresLogin) out.add('LOGIN_REQUIRED', { delivery_index: i, reason: `${brand.brand} requires a signed-in user.` });
  const picked = pickProduct(brand, input, out, i);
  checkBeneficiary(input, picked?.product ?? brand.products[0], out, i);
  if (!picked) return line;
  line.product = picked.product;
  line.faceValue = picked.faceValue;
  if (network) {
    const move = 1 + (deps.priceMoves?.get(brand.brand.toLowerCase()) ?? 0) / 100;
    const usdPerUnit = move === 1 ? deps.usdPerUnit : (currency: string) => deps.usdPerUnit(currency) * move;
    const price = priceOf(picked.faceValue, picked.product.currency, { network, usdPerUnit, discountPercent: 0 });
    Object.assign(line, { usd: price.usd, originalAtomic: price.originalAtomic, atomic: price.atomic, points: price.points });
  }
  return line;
}

export function evaluateOrder(body: OrderBody, deps: RuleDeps): Evaluation {
  const out = new Collector();
  const { coin, payment_via: via } = body.payment;
  if (via !== PAYMENT_VIA) out.add('NOT_ALLOWED_PAYMENT_VIA', { allowed: [PAYMENT_VIA] });
  const network = findNetwork(coin, body.payment.network);
  if (isCoinSuspended(deps.suspensions, coin)) throw suspended('SUSPENDED_COIN', coin.toUpperCase());
  if (network && isNetworkSuspended(deps.suspensions, network.coin, network.name)) {
    throw suspended('SUSPENDED_NETWORK', `${network.coin} on ${network.name}`);
  }
  if (!network) {
    out.add('UNSUPPORTED_PROTOCOL_COIN_COMBINATION', {
      reason: `${coin} on ${body.payment.network ?? 'the default network'} is not supported.`,
      supported: supportedCombinations(),
    });
  }
  for (const email of new Set([body.email, body.user?.email].filter((e): e is string => e !== undefined))) {
    if (isRefusedEmailDomain(email)) out.add('INVALID_EMAIL_DOMAIN', { field: 'email' });
    out.trigger(email, { field: 'email' });
  }
  if (body.deliveries.length > MAX_DELIVERIES) {
    out.add('PRODUCT_COUNT_EXCEEDED', { maximum: MAX_DELIVERIES, count: body.deliveries.length });
  }
  const lines = body.deliveries.map((input, i) => resolveLine(input, i, deps, network, out));
  const limited = lines.filter((l) => l.brand?.isLimited).map((l) => l.index);
  if (limited.length > 1) out.add('MULTIPLE_LIMITED_PRODUCT_SAME_ORDER', { delivery_indexes: limited });

  let coupon: Evaluation['coupon'];
  const couponInput = couponOf(body);
  if (couponInput !== undefined) {
    const result = evaluateCoupon(couponInput);
    if ('problem' in result) out.add(result.problem, { reason: reasonFor(result.problem) });
    else coupon = result;
  }
  if (network?.kind === 'tvm' && !fullName(body)) {
    out.add('FULLNAME_MISSING', { reason: 'Stablecoins on Tron need the buyer full name (user.full_name).' });
  }

  for (const line of lines) {
    if (coupon && line.originalAtomic > 0) line.atomic = discount(line.originalAtomic, coupon.percent);
  }
  const usd = lines.reduce((sum, l) => sum + l.usd, 0);
  const atomic = lines.reduce((sum, l) => sum + l.atomic, 0);
  const originalAtomic = lines.reduce((sum, l) => sum + l.originalAtomic, 0);
  if (usd > MAX_ORDER_USD) out.add('MAXIMUM_AMOUNT_PER_ORDER_EXCEEDED', { maximum: MAX_ORDER_USD, currency: 'USD' });
  if (network && atomic > 0) {
    const minimum = parseAtomic(network.threshold, network.coin) ?? 0;
    if (atomic < minimum) out.add('AMOUNT_LESS_THEN_MINIMUM_ALLOWED', { minimum: network.threshold, coin: network.coin });
  }
  const coinName = network?.coin ?? coin.toUpperCase();
  return { coin: coinName, network, lines, problems: out.problems, coupon, atomic, originalAtomic, usd };
}

/** Whether a create attempt with these problems answers 422 (login) rather than 400. */
export function createErrorStatus(problems: Problem[]): number {
  return problems.some((p) => p.problem === 'LOGIN_REQUIRED') ? 422 : 400;
}
