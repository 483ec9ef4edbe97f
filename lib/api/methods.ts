// JSON answers for the methods a route does not support, and for /api paths that do not exist. Next would
// answer both with an empty 405 or an HTML 404; an API client gets `{ error: { code, message } }` instead.
import { errorResponse } from './errors';

/** The methods Next's route handlers know (others get Next's own empty 400 before any handler runs). */
export const ROUTE_METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'] as const;
export type RouteMethod = (typeof ROUTE_METHODS)[number];
type Handler = () => Response;

function allowHeader(allowed: readonly RouteMethod[]): string {
  const all = new Set<RouteMethod>([...allowed, 'OPTIONS']);
  // Next answers HEAD with the GET handler.
  if (all.has('GET')) all.add('HEAD');
  return ROUTE_METHODS.filter((method) => all.has(method)).join(', ');
}

/**
 * Handlers for every method a route does not implement: 405 JSON with `Allow`, and OPTIONS as a 204 with
 * the same `Allow`. Spread into the route file: `export const { PUT, PATCH, DELETE, OPTIONS } = otherMethods('POST')`.
 */
export function otherMethods(...allowed: RouteMethod[]): Record<RouteMethod, Handler> {
  const allow = allowHeader(allowed);
  const message = `Use ${allowed.join(' or ')} at this address.`;
  const refuse: Handler = () => errorResponse('METHOD_NOT_ALLOWED', message, 405, { Allow: allow });
  const options: Handler = () => new Response(null, { status: 204, headers: { Allow: allow, 'Cache-Control': 'no-store' } });
  return { GET: refuse, HEAD: refuse, POST: refuse, PUT: refuse, PATCH: refuse, DELETE: refuse, OPTIONS: options };
}

const notFound: Handler = () => errorResponse('NOT_FOUND', 'There is no API at this address.', 404);

/** Every method of an /api path that no route serves: 404 JSON. */
export const API_NOT_FOUND: Record<RouteMethod, Handler> = {
  GET: notFound,
  HEAD: notFound,
  POST: notFound,
  PUT: notFound,
  PATCH: notFound,
  DELETE: notFound,
  OPTIONS: notFound,
};
