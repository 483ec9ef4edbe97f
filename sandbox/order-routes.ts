// Order endpoints: POST /v5/orders/validations, POST /v5/orders, GET /v5/orders/{id}.
import { randomUUID } from 'node:crypto';
import { qrText, walletAddress } from './addresses';
import type { SandboxContext } from './context';
import { HttpError, readBody, sendJson, UUID_PATTERN, type Router } from './http';
import type { OrderLine } from './order-model';
import { buyerEmail, OrderBody } from './order-schema';
import { orderWire, validationWire } from './order-wire';
import type { NewOrder } from './orders';
import { localizedAmount } from './pricing';
import { createErrorStatus, evaluateOrder, type Evaluation, type ResolvedLine } from './validation';

function orderLine(line: ResolvedLine): OrderLine {
  const { brand, product, faceValue } = line;
  if (!brand || !product || faceValue === undefined) throw new HttpError(500, 'INTERNAL_ERROR');
  const isRange = product.isDynamic;
  return {
    id: randomUUID(),
    kind: brand.kind,
    category: brand.category,
    isEsim: brand.category === 'e-sim' || (!product.isDynamic && product.esim !== undefined),
    brandId: brand.brandId,
    brand: brand.brand,
    family: brand.family,
    countryCode: brand.countryCode,
    deliveryType: product.deliveryType,
    denomination: isRange ? 'range' : product.denomination,
    localizedDenomination: isRange ? localizedAmount(faceValue, product.currency) : product.localizedDenomination,
    ...(isRange ? { productValue: faceValue } : {}),
    beneficiary: line.input.beneficiary_account,
    currency: product.currency,
    faceValue,
    usd: line.usd,
    atomic: line.atomic,
    points: line.points,
    ...(brand.howToRedeem !== undefined ? { howToRedeem: brand.howToRedeem } : {}),
  };
}

function newOrder(evaluation: Evaluation, body: OrderBody, email: string): NewOrder {
  const network = evaluation.network;
  if (!network) throw new HttpError(500, 'INTERNAL_ERROR');
  const address = walletAddress(network, evaluation.atomic);
  return {
    id: randomUUID(),
    network,
    atomic: evaluation.atomic,
    originalAtomic: evaluation.originalAtomic,
    walletAddress: address,
    qrText: qrText(network, address, evaluation.atomic),
    paymentId: randomUUID(),
    usd: evaluation.usd,
    email,
    ...(evaluation.coupon ? { couponCode: evaluation.coupon.code } : {}),
    ...(body.refund_wallet_address ? { refundWalletAddress: body.refund_wallet_address } : {}),
    lang: body.lang ?? 'en',
    lines: evaluation.lines.map(orderLine),
  };
}

export function orderIdParam(value: string | undefined): string {
  if (!value || !UUID_PATTERN.test(value)) {
    throw new HttpError(400, 'INVALID_ORDER_ID', { reason: 'The order id must be a UUID.' });
  }
  return value.toLowerCase();
}

export function orderRoutes(router: Router, ctx: SandboxContext): void {
  router.on('POST', '/v5/orders/validations', async ({ req, res }) => {
    ctx.counters.validations += 1;
    const body = await readBody(req, OrderBody);
    const evaluation = evaluateOrder(body, ctx);
    sendJson(res, 200, validationWire(evaluation));
  });

  router.on('POST', '/v5/orders', async ({ req, res, origin }) => {
    ctx.counters.createRequests += 1;
    const body = await readBody(req, OrderBody);
    const email = buyerEmail(body);
    if (!email) throw new HttpError(400, 'INVALID_REQUEST', { reason: 'user.email is required to create an order.' });
    const evaluation = evaluateOrder(body, ctx);
    if (evaluation.problems.length > 0) {
      const status = createErrorStatus(evaluation.problems);
      sendJson(res, status, { status, detail: evaluation.problems[0]?.problem ?? 'INVALID_ORDER', ...validationWire(evaluation) });
      return;
    }
    const order = ctx.store.create(newOrder(evaluation, body, email));
    ctx.counters.ordersCreated += 1;
    sendJson(res, 200, orderWire(order, origin));
  });

  router.on('GET', '/v5/orders/:id', ({ res, params, origin }) => {
    const order = ctx.store.get(orderIdParam(params.id));
    if (!order) throw new HttpError(404, 'ORDER_NOT_FOUND');
    sendJson(res, 200, orderWire(order, origin));
  });
}
