// Read-only upstream endpoints: payment vias, brands, homepage, products, price quotes, logos, barcodes.
import { isSupportedCountry } from '../lib/countries';
import type { CatalogBrand, CatalogProduct } from './catalog/types';
import { findPaymentMethod, paymentViasWire } from './coins';
import type { SandboxContext } from './context';
import { barcodeSvg } from './deliverables';
import { parseLogoFileName } from './logos';
import { HttpError, sendJson, type RequestContext, type Router } from './http';
import { isCoinSymbol } from './pricing';
import { evaluateCoupon } from './problems';
import { brandsResponse, familyWire, homepageResponse, isOnStep, priceWire, type PriceContext } from './wire';

function countryParam(value: string | null | undefined): string {
  const code = value?.trim() ?? '';
  if (code === '') throw new HttpError(400, 'COUNTRY_CODE_REQUIRED', { reason: 'country_code is required.' });
  if (!isSupportedCountry(code)) {
    throw new HttpError(400, 'INVALID_COUNTRY_CODE', {
      reason: `${code} is not a supported country; use an uppercase ISO 3166-1 alpha-2 code such as US.`,
    });
  }
  return code;
}

function required(url: URL, name: string): string {
  const value = url.searchParams.get(name)?.trim();
  if (!value) throw new HttpError(400, `${name.toUpperCase()}_REQUIRED`, { reason: `${name} is required.` });
  return value;
}

/** Coin (default USDC), network from `payment_method` or the coin's default, coupon discount. */
function priceContext(ctx: SandboxContext, url: URL): PriceContext {
  const coin = (url.searchParams.get('coin')?.trim() || 'USDC').toUpperCase();
  if (!isCoinSymbol(coin)) {
    throw new HttpError(400, 'UNSUPPORTED_COIN', { reason: `${coin} is not offered; use USDC, USDT or BTC.` });
  }
  const network = findPaymentMethod(coin, url.searchParams.get('payment_method') ?? undefined);
  if (!network) throw new HttpError(500, 'INTERNAL_ERROR');
  const promo = url.searchParams.get('promo_code');
  const coupon = promo ? evaluateCoupon(promo) : undefined;
  return { network, usdPerUnit: ctx.usdPerUnit, discountPercent: coupon && 'percent' in coupon ? coupon.percent : 0 };
}

/** The range product when the value fits it (upstream quotes the range SKU), else the exact fixed product. */
function pickPriced(brand: CatalogBrand, faceValue: number): CatalogProduct {
  const range = brand.products.find((p) => p.isDynamic);
  const fixed = brand.products.find((p) => !p.isDynamic && Math.abs(p.faceValue - faceValue) < 1e-9);
  if (range?.isDynamic) {
    const { min, max, step } = range.range;
    const fits = faceValue >= min && faceValue <= max;
    if (fits && isOnStep(faceValue, min, step)) return range;
    if (fixed) return fixed;
    if (!fits) {
      throw new HttpError(400, 'FACE_VALUE_OUT_OF_RANGE', { reason: `face_value must be between ${min} and ${max}.`, min, max });
    }
    throw new HttpError(400, 'FACE_VALUE_OFF_STEP', { reason: `face_value must be ${min} plus a multiple of ${step}.`, step_size: step });
  }
  if (fixed) return fixed;
  const available = brand.products.flatMap((p) => (p.isDynamic ? [] : [p.faceValue]));
  throw new HttpError(400, 'FACE_VALUE_NOT_AVAILABLE', { reason: `${brand.brand} has no ${faceValue} product.`, available });
}

export function catalogRoutes(router: Router, ctx: SandboxContext): void {
  router.on('GET', '/v3/payment_vias', ({ res }) => sendJson(res, 200, paymentViasWire(ctx.suspensions)));

  router.on('GET', '/v2/brands', ({ res, url, origin }) => {
    const country = countryParam(url.searchParams.get('country_code'));
    const body = brandsResponse(country, ctx.catalog.brands(country), ctx.catalog.homepage(country), origin);
    sendJson(res, 200, body);
  });

  router.on('GET', '/v2/homepage', ({ res, url, origin }) => {
    const country = countryParam(url.searchParams.get('country_code'));
    sendJson(res, 200, homepageResponse(country, ctx.catalog.homepage(country), origin));
  });

  router.on('GET', '/v5/products/country/:cc', ({ res, url, params, origin }) => {
    const country = countryParam(params.cc);
    const familyName = url.searchParams.get('family_name')?.trim() || undefined;
    const brandName = url.searchParams.get('brand_name')?.trim() || undefined;
    if (!familyName && !brandName) {
      throw new HttpError(400, 'FAMILY_OR_BRAND_REQUIRED', { reason: 'family_name or brand_name is required.' });
    }
    const price = priceContext(ctx, url);
    const lang = url.searchParams.get('lang')?.trim() || 'en';
    const brands = ctx.catalog.findBrands(country, { familyName, brandName });
    sendJson(
      res,
      200,
      brands.map((brand) => familyWire(brand, price, origin, lang)),
    );
  });

  router.on('GET', '/v4/products/price', ({ res, url }) => {
    const country = countryParam(url.searchParams.get('country_code'));
    const brandName = required(url, 'brand_name');
    const rawFace = required(url, 'face_value');
    const faceValue = Number(rawFace);
    if (!/^\d+(\.\d+)?$/.test(rawFace) || !Number.isFinite(faceValue)) {
      throw new HttpError(400, 'INVALID_FACE_VALUE', { reason: 'face_value must be a positive number.' });
    }
    const price = priceContext(ctx, url);
    const brand = ctx.catalog.findBrand(country, brandName);
    if (!brand) throw new HttpError(400, 'NOT_AVAILABLE_PRODUCT', { reason: `No brand "${brandName}" in ${country}.` });
    sendJson(res, 200, priceWire(pickPriced(brand, faceValue), faceValue, price));
  });

  router.on('GET', '/logos_v2/:file', async ({ res, params }: RequestContext) => {
    const name = parseLogoFileName(params.file ?? '');
    const logo = name ? await ctx.renderLogo(name.slug, name.suffix) : undefined;
    if (!logo) throw new HttpError(404, 'NOT_FOUND', { reason: 'No such logo.' });
    res.writeHead(200, {
      'Content-Type': logo.contentType,
      'Content-Length': logo.body.length,
      'Cache-Control': 'public, max-age=31536000, immutable',
    });
    res.end(logo.body);
  });

  router.on('GET', '/barcodes/:file', ({ res, params }) => {
    const code = /^(\d{4,32})\.svg$/.exec(params.file ?? '')?.[1];
    if (!code) throw new HttpError(404, 'NOT_FOUND', { reason: 'No such barcode.' });
    const svg = barcodeSvg(code);
    res.writeHead(200, {
      'Content-Type': 'image/svg+xml',
      'Content-Length': Buffer.byteLength(svg),
      'Cache-Control': 'public, max-age=31536000, immutable',
    });
    res.end(svg);
  });
}
