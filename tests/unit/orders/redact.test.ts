import { describe, expect, it } from 'vitest';
import type { Order } from '@/lib/cryptorefills/types';
import { toBrowserOrder } from '@/lib/orders/browser-order';
import { CODE_FIELDS, redactOrder } from '@/lib/orders/redact';
import { doneOrder } from './fixtures';

/** The done order with fields the app type does not have yet (as if added tomorrow): they must stay hidden too. */
function withFieldsFromTomorrow(order: Order): Order {
  const [delivery] = order.deliveries;
  const deliverable = { ...delivery?.deliverable, secretNewField: 'SECRET-FROM-TOMORROW' };
  return { ...order, secretOrderField: 'SECRET-FROM-TOMORROW', deliveries: [{ ...delivery, deliverable }] } as Order;
}

describe('redactOrder', () => {
  const done = withFieldsFromTomorrow(doneOrder);

  it('leaves a visitor no code field, no e-mail, no recipient and no field added later', () => {
    const redacted = redactOrder(done);
    const text = JSON.stringify(redacted);
    for (const field of CODE_FIELDS) expect(text).not.toContain(`"${field}"`);
    for (const secret of [
      'ABCD-EFGH-JKLM',
      '000123',
      '9876',
      'LPA:1',
      'OPR-1',
      'buyer@example.com',
      'SECRET-FROM-TOMORROW',
      'RefundAddr',
    ]) {
      expect(text).not.toContain(secret);
    }
  });

  it('keeps what the status page needs', () => {
    const redacted = redactOrder(done);
    expect(redacted).toMatchObject({
      id: done.id,
      state: 'Done',
      coin: 'USDC',
      coinAmount: '101.48',
      walletAddress: done.walletAddress,
      deliveries: [{ state: 'Done', deliverable: { brandName: 'Airbnb', denomination: '100 USD' } }],
    });
  });
});

describe('toBrowserOrder', () => {
  it('redacts for a visitor and sanitises the redeem HTML for the buyer', () => {
    expect(JSON.stringify(toBrowserOrder(doneOrder, false))).not.toContain('ABCD-EFGH-JKLM');
    const mine = toBrowserOrder(doneOrder, true);
    const deliverable = mine.deliveries[0]?.deliverable;
    expect(deliverable?.pinCode).toBe('ABCD-EFGH-JKLM');
    expect(deliverable?.redeemInstructions).toBe('<ol><li>Go to airbnb.com/redeem</li></ol>');
    expect(deliverable?.howToRedeem).toBe('<p>Redeem</p>');
  });
});
