// POST /api/sandbox/orders/{id}/{action}: the order page's "simulate payment" panel, forwarded to the
// sandbox's control API. Exists only in sandbox mode (404 once API_URL is set), and answers no order data.
import 'server-only';
import { z } from 'zod';
import { readJsonBody } from '@/lib/api/body';
import { errorResponse } from '@/lib/api/errors';
import { refuseCrossSiteWrite } from '@/lib/api/same-origin';
import { isValidOrderId } from '@/lib/cryptorefills/shared';
import { getServerConfig } from '@/lib/env';
import { log } from '@/lib/log';
import { withOrderHeaders } from './http';

export const SANDBOX_ACTIONS = ['pay', 'pay-partial', 'expire', 'fail'] as const;
export type SandboxAction = (typeof SANDBOX_ACTIONS)[number];

const PartialBody = z.object({
  amount: z
    .string()
    .trim()
    .regex(/^\d{1,12}(\.\d{1,18})?$/),
});
const ControlError = z.object({ detail: z.string().optional(), moreDetails: z.object({ reason: z.string().optional() }).optional() });

function isAction(action: string): action is SandboxAction {
  return (SANDBOX_ACTIONS as readonly string[]).includes(action);
}

async function controlBody(request: Request, action: SandboxAction): Promise<Record<string, string> | Response | null> {
  if (action !== 'pay-partial') return {};
  const raw = await readJsonBody(request);
  if (!raw.ok) return raw.response;
  const parsed = PartialBody.safeParse(raw.value);
  return parsed.success ? { amount: parsed.data.amount } : null;
}

async function act(request: Request, orderId: string, action: string): Promise<Response> {
  const refused = refuseCrossSiteWrite(request);
  if (refused) return refused;
  const config = getServerConfig();
  if (!config.sandbox || !isAction(action)) return errorResponse('NOT_FOUND', 'There is nothing here.', 404);
  if (!isValidOrderId(orderId)) return errorResponse('INVALID_ORDER_ID', 'This is not a valid order number.', 400);
  const body = await controlBody(request, action);
  if (body instanceof Response) return body;
  if (!body) return errorResponse('INVALID_REQUEST', 'Give the amount to pay as a decimal number.', 400);

  const path = action === 'pay-partial' ? 'pay' : action;
  let response: Response;
  try {
    response = await fetch(`${config.apiUrl}/sandbox/orders/${orderId}/${path}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
      cache: 'no-store',
      signal: AbortSignal.timeout(config.upstreamTimeoutMs),
    });
  } catch {
    log.warn('sandbox: control API unreachable', { action });
    return errorResponse('SANDBOX_UNREACHABLE', 'The sandbox could not be reached.', 502);
  }
  if (response.ok) return Response.json({ ok: true });
  const detail = ControlError.safeParse(await response.json().catch(() => undefined));
  const code = detail.success ? (detail.data.detail ?? 'SANDBOX_ERROR') : 'SANDBOX_ERROR';
  const reason = detail.success ? detail.data.moreDetails?.reason : undefined;
  return errorResponse(code, reason ?? 'The sandbox refused this action.', response.status);
}

export async function sandboxOrderAction(request: Request, orderId: string, action: string): Promise<Response> {
  return withOrderHeaders(await act(request, orderId, action));
}
