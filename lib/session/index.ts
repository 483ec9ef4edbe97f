import 'server-only';
import { cookies } from 'next/headers';
import { getServerConfig } from '@/lib/env';
import { SESSION_COOKIE, sessionCookieOptions, signSession, verifySession, withOrder, type SessionData } from './token';

export type { SessionData } from './token';

/** The visitor's session (set by proxy.ts on the first request), or null. */
export async function getSession(): Promise<SessionData | null> {
  const token = (await cookies()).get(SESSION_COOKIE)?.value;
  return verifySession(token, getServerConfig().sessionSecret);
}

/** Remembers an order in the session cookie. Only from a route handler or server action. */
export async function rememberOrder(session: SessionData, orderId: string, secure: boolean): Promise<void> {
  const token = await signSession(withOrder(session, orderId), getServerConfig().sessionSecret);
  (await cookies()).set(SESSION_COOKIE, token, sessionCookieOptions(secure));
}
