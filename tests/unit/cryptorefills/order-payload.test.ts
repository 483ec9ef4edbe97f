import { describe, expect, it } from 'vitest';
import { parseOrderPayload } from '../order-feed/order-payload-schema';
import { OrderSchema } from '@/lib/cryptorefills/schemas/order';
import { reshapeOrder } from '@/lib/cryptorefills/schemas/order-reshape';
import * as fx from './fixtures';

/** What our routes send: the app order, through JSON. */
const sent = (wire: unknown) => JSON.parse(JSON.stringify(reshapeOrder(OrderSchema.parse(wire)))) as unknown;

describe('parseOrderPayload', () => {
  it('reads back every field of the order our routes send', () => {
    for (const wire of [fx.waitingOrder, fx.lightningOrder, fx.doneOrder]) {
      const payload = sent(wire);
      expect(parseOrderPayload(payload)).toEqual(payload);
    }
    expect(parseOrderPayload(sent(fx.doneOrder))).toMatchObject({
      id: fx.ORDER_ID,
      state: 'Done',
      createdAt: 1767225600,
      deliveries: [{ state: 'Done', deliverable: { pinCode: 'ABCD-EFGH-JKLM', brandName: 'Airbnb' } }],
    });
  });

  it('accepts an order without a deposit address (null) and without optional fields', () => {
    const minimal = { id: fx.ORDER_ID, state: 'PaymentSetupFailed', coin: 'USDC', coinAmount: '1', walletAddress: null, deliveries: [] };
    expect(parseOrderPayload(minimal)).toEqual(minimal);
  });

  it('drops fields that are not part of the app order', () => {
    const payload = { ...(sent(fx.waitingOrder) as object), memo: 'x' };
    expect(parseOrderPayload(payload)).not.toHaveProperty('memo');
  });

  it('refuses the upstream wire shape', () => {
    expect(parseOrderPayload(fx.waitingOrder)).toBeNull();
  });

  it.each([
    ['the stop payload', {}],
    ['an error', { error: 'not found' }],
    ['a string', 'Done'],
    ['null', null],
    ['an order without id', { ...(sent(fx.waitingOrder) as object), id: undefined }],
    ['an order with a numeric state', { ...(sent(fx.waitingOrder) as object), state: 3 }],
    ['an order without walletAddress', { ...(sent(fx.waitingOrder) as object), walletAddress: undefined }],
    ['an order with createdAt as a string', { ...(sent(fx.waitingOrder) as object), createdAt: '1767225600' }],
    ['an order with a bad delivery', { ...(sent(fx.waitingOrder) as object), deliveries: [{ deliverable: { pinCode: 7 } }] }],
  ])('refuses %s', (_label, payload) => {
    expect(parseOrderPayload(payload)).toBeNull();
  });
});
