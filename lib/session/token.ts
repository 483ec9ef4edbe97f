import { jwtVerify, SignJWT } from 'jose';
import { z } from 'zod';

// The session is a signed (HS256) token in an httpOnly cookie: the server keeps no state of its own.
export const SESSION_COOKIE = 'sf_session';
export const SESSION_MAX_AGE_SECONDS = 60 * 60 * 24 * 90;
/** Orders remembered per session; the oldest fall off so the cookie stays small. */
export const MAX_SESSION_ORDERS = 20;

const SessionSchema = z.object({
  sid: z.string().min(16).max(64),
  orders: z.array(z.string().max(64)).max(MAX_SESSION_ORDERS).default([]),
});

export type SessionData = z.infer<typeof SessionSchema>;

const keyFor = (secret: string) => new TextEncoder().encode(secret);

export function newSession(): SessionData {
  return { sid: crypto.randomUUID(), orders: [] };
}

export async function signSession(data: SessionData, secret: string): Promise<string> {
  return new SignJWT({ ...data })
    .setProtectedHeader({ alg: 'HS256' })
    .setIssuedAt()
    .setExpirationTime(`${SESSION_MAX_AGE_SECONDS}s`)
    .sign(keyFor(secret));
}

/** The session in a token, or null when it is missing, forged, expired or malformed. */
export async function verifySession(token: string | undefined, secret: string): Promise<SessionData | null> {
  if (!token) return null;
  try {
    const { payload } = await jwtVerify(token, keyFor(secret), { algorithms: ['HS256'] });
    const parsed = SessionSchema.safeParse(payload);
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export function withOrder(session: SessionData, orderId: string): SessionData {
  const orders = [orderId, ...session.orders.filter((id) => id !== orderId)].slice(0, MAX_SESSION_ORDERS);
  return { ...session, orders };
}

export function sessionCookieOptions(secure: boolean) {
  return {
    httpOnly: true,
    sameSite: 'lax' as const,
    secure,
    path: '/',
    maxAge: SESSION_MAX_AGE_SECONDS,
  };
}
