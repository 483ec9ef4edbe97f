import { describe, expect, it } from 'vitest';
import { maySeeCodes, sameEmail } from '@/lib/orders/access';
import { ORDER_ID } from './fixtures';

describe('maySeeCodes', () => {
  it('lets the session that holds the order see its codes, and nobody else', () => {
    expect(maySeeCodes({ sid: 'a'.repeat(16), orders: [ORDER_ID] }, ORDER_ID)).toBe(true);
    expect(maySeeCodes({ sid: 'a'.repeat(16), orders: [] }, ORDER_ID)).toBe(false);
    expect(maySeeCodes(null, ORDER_ID)).toBe(false);
  });
});

describe('sameEmail', () => {
  it('compares case-insensitively, ignoring surrounding spaces', () => {
    expect(sameEmail(' Buyer@Example.COM ', 'buyer@example.com')).toBe(true);
  });

  it('refuses another address, a prefix, and an order without an e-mail', () => {
    expect(sameEmail('buyer@example.co', 'buyer@example.com')).toBe(false);
    expect(sameEmail('someone@example.com', 'buyer@example.com')).toBe(false);
    expect(sameEmail('buyer@example.com', undefined)).toBe(false);
  });
});
