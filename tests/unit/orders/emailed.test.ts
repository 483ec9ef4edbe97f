import { describe, expect, it } from 'vitest';
import type { OrderDelivery } from '@/lib/cryptorefills/types';
import { emailedNote, emailedTo } from '@/lib/order-display/emailed';

const line = (recipient: string | undefined, deliveryType?: string): OrderDelivery => ({
  deliverable: { brandName: 'Amazon.com', ...(recipient ? { recipient } : {}), ...(deliveryType ? { deliveryType } : {}) },
});
const user = { email: 'buyer@example.com' };

describe('where the codes were e-mailed', () => {
  it('names the one address when every e-mailed line went there (case aside)', () => {
    const order = { user, deliveries: [line('friend@example.com', 'by_email'), line('Friend@Example.com', 'by_email')] };
    expect(emailedNote(order)).toEqual({ kind: 'one', email: 'friend@example.com' });
  });

  it('says each line went to its own recipient when the cart went to different addresses', () => {
    const deliveries = [line('buyer@example.com', 'by_email'), line('friend@example.com', 'by_email')];
    expect(emailedNote({ user, deliveries })).toEqual({ kind: 'each' });
    expect(deliveries.map(emailedTo)).toEqual(['buyer@example.com', 'friend@example.com']);
  });

  it('never claims a phone top-up was e-mailed', () => {
    expect(emailedNote({ user, deliveries: [line('+6281234567890', 'by_phone')] })).toEqual({ kind: 'none' });
    expect(emailedTo(line('+6281234567890', 'by_phone'))).toBeUndefined();
    expect(emailedTo(line('+6281234567890'))).toBeUndefined();
    // A card and a top-up: only the card was e-mailed.
    const mixed = [line('friend@example.com', 'by_email'), line('+6281234567890', 'by_phone')];
    expect(emailedNote({ user, deliveries: mixed })).toEqual({ kind: 'one', email: 'friend@example.com' });
  });

  it("falls back to the buyer's address when the lines name no recipient", () => {
    expect(emailedNote({ user, deliveries: [line(undefined, 'by_email')] })).toEqual({ kind: 'buyer', email: 'buyer@example.com' });
    expect(emailedNote({ deliveries: [line(undefined)] })).toEqual({ kind: 'buyer' });
  });
});
