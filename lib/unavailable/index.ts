// Upstream trouble on a page (the API down, hung past its timeout, answering 5xx or garbage) is a screen, not
// a crash: the page sends the visitor to /unavailable, which says what happened, offers to try again, and is
// served with HTTP 503 (proxy.ts sets the status: a rendered page cannot). A 4xx from the upstream is not
// trouble: it is the page's own business (a 404 order, a refused filter).
import 'server-only';
import { unstable_cache } from 'next/cache';
import { redirect } from 'next/navigation';
import { UpstreamHttpError, UpstreamShapeError, UpstreamUnavailableError } from '@/lib/cryptorefills';
import { log } from '@/lib/log';
import { unavailableUrl } from './paths';

export function isUpstreamTrouble(error: unknown): boolean {
  if (error instanceof UpstreamUnavailableError || error instanceof UpstreamShapeError) return true;
  return error instanceof UpstreamHttpError && (error.status >= 500 || [401, 403, 408, 429].includes(error.status));
}

// A shared catalog page caches what it rendered, the redirect to the trouble screen too. A read that may be kept
// for one second only makes the whole render keep one second (Next keeps a page as long as its shortest read), so
// the shared page heals on the first view after the upstream does. (A page cannot opt out of its cache at run time:
// Next fails a cached page that turns per-request.) The one visitor who asked to try again is not served that
// stale redirect: proxy.ts renders their next view of the page afresh (lib/routing/page-route.ts).
const keepForOneSecond = unstable_cache(async () => true, ['upstream-trouble'], { revalidate: 1 });

/** Sends the visitor to the unavailable screen (coming back to `from`) on upstream trouble; rethrows anything else. */
export async function leaveOnTrouble(from: string, error: unknown): Promise<never> {
  if (!isUpstreamTrouble(error)) throw error;
  const code = error instanceof Error && 'code' in error ? String(error.code) : 'UNKNOWN';
  log.warn('page: upstream trouble', { from: from.slice(0, 200), code });
  await keepForOneSecond();
  redirect(unavailableUrl(from));
}

/** What `read` gives, or, on upstream trouble, the unavailable screen. */
export async function orUnavailable<T>(from: string, read: Promise<T>): Promise<T> {
  try {
    return await read;
  } catch (error) {
    return leaveOnTrouble(from, error);
  }
}
