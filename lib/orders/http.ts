// Response headers of everything that carries an order: never cached, never indexed, no referrer (an order
// URL is a capability to see its status, and it must not leak to the sites a code links to).
export const ORDER_HEADERS = {
  'Cache-Control': 'no-store',
  'Referrer-Policy': 'no-referrer',
  'X-Robots-Tag': 'noindex, nofollow',
} as const;

export const SSE_HEADERS = {
  'Content-Type': 'text/event-stream; charset=utf-8',
  // no-transform: Next (and proxies) would otherwise compress, and so buffer, the stream.
  'Cache-Control': 'no-cache, no-transform',
  Connection: 'keep-alive',
  'X-Accel-Buffering': 'no',
  'Referrer-Policy': 'no-referrer',
  'X-Robots-Tag': 'noindex, nofollow',
} as const;

/** The same response with the order headers set (route handlers build errors with shared helpers). */
export function withOrderHeaders(response: Response): Response {
  for (const [name, value] of Object.entries(ORDER_HEADERS)) response.headers.set(name, value);
  return response;
}
