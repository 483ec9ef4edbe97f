import { NextResponse, type NextRequest } from 'next/server';
import { getServerConfig } from '@/lib/env';
import { newSession, SESSION_COOKIE, sessionCookieOptions, signSession, verifySession } from '@/lib/session/token';

// Gives every visitor a signed session cookie before any page or route handler runs.
export async function proxy(request: NextRequest) {
  const secret = getServerConfig().sessionSecret;
  const existing = await verifySession(request.cookies.get(SESSION_COOKIE)?.value, secret);
  if (existing) return NextResponse.next();

  const token = await signSession(newSession(), secret);
  // Make the new cookie visible to this very request's Server Components and route handlers too.
  request.cookies.set(SESSION_COOKIE, token);
  const response = NextResponse.next({ request: { headers: request.headers } });
  response.cookies.set(SESSION_COOKIE, token, sessionCookieOptions(request.nextUrl.protocol === 'https:'));
  return response;
}

export const config = {
  matcher: ['/((?!_next/static|_next/image|favicon.ico|robots.txt|sitemap.xml|.*\\.(?:png|jpg|jpeg|svg|webp|ico)$).*)'],
};
