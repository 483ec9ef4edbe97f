// Upstream trouble on a page (the API down, hung past its timeout, answering 5xx or garbage) is a screen, not
// a crash: the page sends the visitor to /unavailable, which says what happened, offers to try again, and is
// served with HTTP 503 (proxy.ts sets the status: a rendered page cannot). A 4xx from the upstream is not
// trouble: it is the page's own business (a 404 order, a refused filter).
import 'server-only';
import { redirect } from 'next/navigation';
import { UpstreamHttpError, UpstreamShapeError, UpstreamUnavailableError } from '@/lib/cryptorefills';
import { log } from '@/lib/log';
import { unavailableUrl } from './paths';

export function isUpstreamTrouble(error: unknown): boolean {
  if (error instanceof UpstreamUnavailableError || error instanceof UpstreamShapeError) return true;
  return error instanceof UpstreamHttpError && (error.status >= 500 || [401, 403, 408, 429].includes(error.status));
}

/** Sends the visitor to the unavailable screen (coming back to `from`) on upstream trouble; rethrows anything else. */
export function leaveOnTrouble(from: string, error: unknown): never {
  if (!isUpstreamTrouble(error)) throw error;
  const code = error instanceof Error && 'code' in error ? String(error.code) : 'UNKNOWN';
  log.warn('page: upstream trouble', { from: from.slice(0, 200), code });
  redirect(unavailableUrl(from));
}

/** What `read` gives, or, on upstream trouble, the unavailable screen. */
export async function orUnavailable<T>(from: string, read: Promise<T>): Promise<T> {
  try {
    return await read;
  } catch (error) {
    leaveOnTrouble(from, error);
  }
}
