// What the order page and the receipt read first: the order (a 404 for an id that cannot be one or that the
// upstream does not know; the trouble screen when the upstream is down) and whether this session may see its codes.
import 'server-only';
import { headers } from 'next/headers';
import { notFound } from 'next/navigation';
import { isValidOrderId, requestContextFrom } from '@/lib/cryptorefills';
import { getSession } from '@/lib/session';
import { orUnavailable } from '@/lib/unavailable';
import { maySeeCodes } from './access';
import { loadOrder, type LoadedOrder } from './load';

/** `path`: the page's own path, where "Try again" on the trouble screen leads back to. */
export async function loadOrderForPage(orderId: string, path: string): Promise<LoadedOrder & { revealed: boolean }> {
  if (!isValidOrderId(orderId)) notFound();
  const [session, loaded] = await Promise.all([getSession(), orUnavailable(path, loadOrder(orderId, requestContextFrom(await headers())))]);
  if (!loaded) notFound();
  return { ...loaded, revealed: maySeeCodes(session, orderId) };
}
