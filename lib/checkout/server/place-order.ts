import 'server-only';
import { createOrder, UpstreamHttpError, validateOrder } from '@/lib/cryptorefills';
import type { Order, OrderAcquisition, OrderInput, OrderProblem, OrderValidation, RequestContext } from '@/lib/cryptorefills';
import { sameDecimal } from '../amounts';
import { isKnownProblemCode } from '../problems';
import type { CreateOrderRequest } from '../request';
import type { PricedRequest } from './quote';

export interface OrderContext {
  lang: string;
  acquisition: OrderAcquisition;
  ctx: RequestContext;
  signal?: AbortSignal;
}

export type PlaceOrderOutcome =
  | { kind: 'created'; order: Order }
  | { kind: 'problems'; problems: OrderProblem[] }
  | { kind: 'price_changed'; coinAmount: string }
  /** The create call's fate is unknown (timeout, 5xx, 429, unreadable answer): never re-sent by us. */
  | { kind: 'unconfirmed'; code: string }
  | { kind: 'error'; error: unknown };

/** Suspensions and LOGIN_REQUIRED arrive as top-level HTTP errors, but for the buyer they are problems too. */
function asProblems(error: unknown): OrderProblem[] | undefined {
  if (!(error instanceof UpstreamHttpError) || error.status >= 500 || error.status === 429) return undefined;
  if (error.problems && error.problems.length > 0) return error.problems;
  return isKnownProblemCode(error.code) ? [{ code: error.code }] : undefined;
}

function orderInput<R extends PricedRequest>(request: R, context: OrderContext): R & OrderInput {
  return { ...request, lang: context.lang, acquisition: context.acquisition };
}

/** Validates the checkout; problems (also top-level ones) are a result, other failures are thrown. */
export async function checkOrder(request: PricedRequest, context: OrderContext): Promise<OrderValidation> {
  try {
    return await validateOrder(orderInput(request, context), context.ctx, context.signal);
  } catch (error) {
    const problems = asProblems(error);
    if (!problems) throw error;
    return { valid: false, problems, deliveries: [], httpStatus: error instanceof UpstreamHttpError ? error.status : 400 };
  }
}

/**
 * Re-validates right before creating (the price the buyer accepted must still hold), then sends ONE
 * create call. Called once per checkout attempt (see AttemptStore).
 */
export async function placeOrder(request: CreateOrderRequest, context: OrderContext): Promise<PlaceOrderOutcome> {
  let validation: OrderValidation;
  try {
    validation = await checkOrder(request, { ...context, signal: undefined });
  } catch (error) {
    return { kind: 'error', error };
  }
  if (!validation.valid) return { kind: 'problems', problems: validation.problems };
  if (validation.coinAmount && !sameDecimal(validation.coinAmount, request.expectedCoinAmount)) {
    return { kind: 'price_changed', coinAmount: validation.coinAmount };
  }
  try {
    const order = await createOrder(orderInput(request, context), context.ctx);
    return { kind: 'created', order };
  } catch (error) {
    const problems = asProblems(error);
    if (problems) return { kind: 'problems', problems };
    const code = error instanceof Error && 'code' in error && typeof error.code === 'string' ? error.code : 'UNKNOWN';
    return { kind: 'unconfirmed', code };
  }
}
