import { describe, expect, it } from 'vitest';
import { toBrowserOrder } from '@/lib/orders/browser-order';
import { CODE_FIELDS, redactOrder } from '@/lib/orders/redact';
import { doneWire, order } from './fixtures';

describe('redactOrder', () => {
  const done = order(doneWire);

  it('leaves a visitor no code field, no e-mail, no recipient and no field the upstream might add', () => {
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
      order_id: done.order_id,
      order_state: 'Done',
      coin: 'USDC',
      coin_amount: '101.48',
      wallet_address: done.wallet_address,
      deliveries: [{ delivery_state: 'Done', deliverable: { brand_name: 'Airbnb', denomination: '100 USD' } }],
    });
  });
});

describe('toBrowserOrder', () => {
  it('redacts for a visitor and sanitises the redeem HTML for the buyer', () => {
    const done = order(doneWire);
    expect(JSON.stringify(toBrowserOrder(done, false))).not.toContain('ABCD-EFGH-JKLM');
    const mine = toBrowserOrder(done, true);
    const deliverable = mine.deliveries[0]?.deliverable;
    expect(deliverable?.pin_code).toBe('ABCD-EFGH-JKLM');
    expect(deliverable?.redeem_instructions).toBe('<ol><li>Go to airbnb.com/redeem</li></ol>');
    expect(deliverable?.how_to_redeem).toBe('<p>Redeem</p>');
  });
});
