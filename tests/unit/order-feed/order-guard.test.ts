// The browser's hand-written order guard against the zod/mini schema it replaced: the same answer (the order with
// only its known fields, or null) on every payload our routes send and on payloads broken field by field.
import { describe, expect, it } from 'vitest';
import { parseOrderPayload } from './order-payload-schema';
import { OrderSchema } from '@/lib/cryptorefills/schemas/order';
import { reshapeOrder } from '@/lib/cryptorefills/schemas/order-reshape';
import { readOrderPayload } from '@/lib/order-feed/order-guard';
import * as fx from '../cryptorefills/fixtures';

/** What our routes send: the app order, through JSON. */
const sent = (wire: unknown) => JSON.parse(JSON.stringify(reshapeOrder(OrderSchema.parse(wire)))) as Record<string, unknown>;

/** Values of every JSON kind (plus undefined: the field left out), to put in each field in turn. */
const KINDS: unknown[] = [undefined, null, '', 'x', 0, 1.5, -1, true, false, [], [{}], {}, { a: 1 }];

const full = (): Record<string, unknown> => ({
  ...sent(fx.doneOrder),
  paymentState: 'Paid',
  createdAt: 1767225600,
  paymentRequestedAt: 1767225601,
  updatedAt: 1767225602,
  network: 'Solana',
  originalCoinAmount: '25.5',
  originalPrice: '25',
  sentCoinAmount: '25.5',
  receivedAmount: '25.5',
  paymentMethod: 'USDC',
  protocol: 'SOLANA_LIKE',
  paymentVia: 'USER_WALLET',
  paymentId: 'p1',
  paymentValue: '25',
  qrText: 'solana:abc',
  qrUrl: 'https://example.com/qr',
  user: { email: 'buyer@example.com' },
  isPaymentProcessorExternal: false,
  refundWalletAddress: 'addr',
  refund: { amount: '1', currency: 'USDC', reason: 'late' },
  referenceId: 'ref',
});

const same = (payload: unknown) => expect(readOrderPayload(payload)).toEqual(parseOrderPayload(payload));

describe('readOrderPayload', () => {
  it('reads back every order our routes send, as the schema does', () => {
    for (const wire of [fx.waitingOrder, fx.lightningOrder, fx.doneOrder]) {
      const payload = sent(wire);
      expect(readOrderPayload(payload)).toEqual(payload);
      same(payload);
    }
    const payload = full();
    expect(readOrderPayload(payload)).toEqual(payload);
  });

  it('accepts an order without a deposit address (null) and without optional fields', () => {
    const minimal = { id: fx.ORDER_ID, state: 'PaymentSetupFailed', coin: 'USDC', coinAmount: '1', walletAddress: null, deliveries: [] };
    expect(readOrderPayload(minimal)).toEqual(minimal);
    same(minimal);
  });

  it('drops fields that are not part of the app order, at every level', () => {
    const base = full();
    const deliveries = base.deliveries as Record<string, unknown>[];
    const payload = {
      ...base,
      memo: 'x',
      user: { email: 'a@example.com', password: 'p' },
      refund: { amount: '1', extra: 2 },
      deliveries: deliveries.map((d) => ({ ...d, note: 1, deliverable: { ...(d.deliverable as object), secret: 's' } })),
    };
    const read = readOrderPayload(payload);
    expect(read).not.toHaveProperty('memo');
    expect(read?.user).toEqual({ email: 'a@example.com' });
    expect(read?.deliveries[0]).not.toHaveProperty('note');
    expect(read?.deliveries[0]?.deliverable).not.toHaveProperty('secret');
    same(payload);
  });

  it.each([
    ['the stop payload', {}],
    ['an error', { error: 'not found' }],
    ['a string', 'Done'],
    ['null', null],
    ['an array', [full()]],
    ['the upstream wire shape', fx.waitingOrder],
  ])('refuses %s, as the schema does', (_label, payload) => {
    expect(readOrderPayload(payload)).toBeNull();
    same(payload);
  });

  it('agrees with the schema on every order field set to every kind of value', () => {
    const base = full();
    for (const key of Object.keys(base)) {
      for (const value of KINDS) same({ ...base, [key]: value });
    }
  });

  it('agrees with the schema on every delivery and deliverable field set to every kind of value', () => {
    const base = full();
    const [delivery] = base.deliveries as Record<string, unknown>[];
    const deliverable = delivery!.deliverable as Record<string, unknown>;
    const deliverableKeys = [...Object.keys(deliverable), 'productValue', 'recipient', 'failureReason', 'errorDescription'];
    for (const key of ['id', 'state', 'kind', 'deliverable']) {
      for (const value of KINDS) same({ ...base, deliveries: [{ ...delivery, [key]: value }] });
    }
    for (const key of deliverableKeys) {
      for (const value of KINDS) same({ ...base, deliveries: [delivery, { ...delivery, deliverable: { ...deliverable, [key]: value } }] });
    }
    for (const value of KINDS) {
      same({ ...base, deliveries: value });
      same({ ...base, deliveries: [delivery, value] });
      same({ ...base, user: { email: value } });
      same({ ...base, refund: { amount: '1', currency: value } });
    }
  });
});
