import { describe, expect, it } from 'vitest';
import { MAX_SESSION_ORDERS, newSession, signSession, verifySession, withOrder } from '@/lib/session/token';

const secret = 's'.repeat(32);

describe('session cookie token', () => {
  it('round-trips a signed session', async () => {
    const session = withOrder(newSession(), 'order-1');
    const token = await signSession(session, secret);
    expect(await verifySession(token, secret)).toEqual(session);
  });

  it('rejects a token signed with another secret, a tampered one, and garbage', async () => {
    const token = await signSession(newSession(), secret);
    expect(await verifySession(token, 't'.repeat(32))).toBeNull();
    const [head, body, sig] = token.split('.');
    const forged = `${head}.${Buffer.from(JSON.stringify({ sid: 'x'.repeat(20), orders: ['stolen'] })).toString('base64url')}.${sig}`;
    expect(body).toBeDefined();
    expect(await verifySession(forged, secret)).toBeNull();
    expect(await verifySession('garbage', secret)).toBeNull();
    expect(await verifySession(undefined, secret)).toBeNull();
  });

  it('remembers the newest orders first, without duplicates, up to the cap', () => {
    let session = newSession();
    for (let i = 0; i < MAX_SESSION_ORDERS + 5; i++) session = withOrder(session, `order-${i}`);
    session = withOrder(session, `order-${MAX_SESSION_ORDERS + 2}`);
    expect(session.orders).toHaveLength(MAX_SESSION_ORDERS);
    expect(session.orders[0]).toBe(`order-${MAX_SESSION_ORDERS + 2}`);
    expect(new Set(session.orders).size).toBe(MAX_SESSION_ORDERS);
  });
});
