import { NextRequest } from 'next/server';
import { describe, expect, it } from 'vitest';
import { proxy } from '@/proxy';

const sessionCookieOf = (response: Response) => response.headers.getSetCookie().find((cookie) => cookie.startsWith('sf_session='));

describe('proxy: sessions', () => {
  it('starts a session on a load of the checkout or an order page', async () => {
    expect(sessionCookieOf(await proxy(new NextRequest('http://store.test/checkout')))).toBeDefined();
    expect(sessionCookieOf(await proxy(new NextRequest('http://store.test/checkout', { method: 'HEAD' })))).toBeDefined();
    expect(sessionCookieOf(await proxy(new NextRequest('http://store.test/orders')))).toBeDefined();
    expect(sessionCookieOf(await proxy(new NextRequest('http://store.test/orders/1b2c3d4e-0000-4000-8000-00000000a001')))).toBeDefined();
  });

  it('sets no cookie at all on a catalog page, so caches can share it', async () => {
    for (const path of ['/', '/US', '/US/brands', '/US/steam', '/countries', '/checkouts', '/orders-list']) {
      const response = await proxy(new NextRequest(`http://store.test${path}`));
      expect(response.headers.getSetCookie(), path).toEqual([]);
    }
  });

  it('never starts one for a POST, so a cookie-less create request reaches its handler without a session', async () => {
    const create = new NextRequest('http://store.test/api/orders', { method: 'POST', body: '{}' });
    const response = await proxy(create);
    expect(sessionCookieOf(response)).toBeUndefined();
    expect(create.cookies.has('sf_session')).toBe(false);
    expect(response.headers.get('x-middleware-request-cookie')).toBeNull();
  });
});
