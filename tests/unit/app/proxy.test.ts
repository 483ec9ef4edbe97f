import { NextRequest } from 'next/server';
import { describe, expect, it } from 'vitest';
import { proxy } from '@/proxy';

const sessionCookieOf = (response: Response) => response.headers.getSetCookie().find((cookie) => cookie.startsWith('sf_session='));

describe('proxy: sessions', () => {
  it('starts a session on a page load', async () => {
    expect(sessionCookieOf(await proxy(new NextRequest('http://store.test/US')))).toBeDefined();
    expect(sessionCookieOf(await proxy(new NextRequest('http://store.test/checkout', { method: 'HEAD' })))).toBeDefined();
  });

  it('never starts one for a POST, so a cookie-less create request reaches its handler without a session', async () => {
    const create = new NextRequest('http://store.test/api/orders', { method: 'POST', body: '{}' });
    const response = await proxy(create);
    expect(sessionCookieOf(response)).toBeUndefined();
    expect(create.cookies.has('sf_session')).toBe(false);
    expect(response.headers.get('x-middleware-request-cookie')).toBeNull();
  });
});
