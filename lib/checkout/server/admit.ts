// What every checkout write (validate, create) goes through before its own work, in this order: same-origin JSON
// only, the rate limits of the client and of the session the request brought, then a bounded JSON body checked
// with the route's schema. One place, so the two routes cannot drift apart.
import 'server-only';
import type { z } from 'zod';
import { readJsonBody } from '@/lib/api/body';
import { invalidRequest } from '@/lib/api/errors';
import { refuseCrossSiteWrite } from '@/lib/api/same-origin';
import { getSession, type SessionData } from '@/lib/session';
import { fieldErrors } from '../request';
import { checkoutRateLimited, type CheckoutAction } from './rate-limits';

export type Admitted<T> = { ok: true; data: T; session: SessionData | null } | { ok: false; response: Response };

export async function admitCheckoutWrite<S extends z.ZodType>(
  request: Request,
  action: CheckoutAction,
  schema: S,
): Promise<Admitted<z.output<S>>> {
  const refused = refuseCrossSiteWrite(request);
  if (refused) return { ok: false, response: refused };
  // The session the request brought: proxy.ts starts none on a POST, so a cookie-less repeat cannot get a fresh one.
  const session = await getSession();
  const limited = await checkoutRateLimited(request, action, session?.sid);
  if (limited) return { ok: false, response: limited };
  const body = await readJsonBody(request);
  if (!body.ok) return body;
  const parsed = schema.safeParse(body.value);
  if (!parsed.success) return { ok: false, response: invalidRequest(fieldErrors(parsed.error)) };
  return { ok: true, data: parsed.data, session };
}
