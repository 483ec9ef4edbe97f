// Orders as the upstream sends them (wire JSON) and as the schema reads them, for the order tests.
import { OrderSchema } from '@/lib/cryptorefills/schemas/order';
import type { Order } from '@/lib/cryptorefills/types';

export const ORDER_ID = '5f0e8a52-6c1d-4e8b-9a77-2d1c3b4a5e60';

export const waitingWire = {
  order_id: ORDER_ID,
  order_state: 'WaitingForPayment',
  payment_state: 'WalletCreated',
  created_at: '1767225600',
  updated_at: '1767225600',
  coin: 'USDC',
  network: 'Solana',
  coin_amount: '101.48',
  sent_coin_amount: '0',
  wallet_address: '9xQeWvG816bUx9EPjHmaT23yvVM2ZWbrrpZb9PusVFin',
  payment_method: 'USDC-SOL',
  payment_method_protocol: 'SOLANA_LIKE',
  qr_text: 'solana:9xQeWvG816bUx9EPjHmaT23yvVM2ZWbrrpZb9PusVFin?amount=101.48&spl-token=EPjFWdd5AufqSSqeM2qN1xzybapC8G4wEGGkZwyTDt1v',
  user: { email: 'buyer@example.com' },
  refund_wallet_address: 'RefundAddr1111111111111111111111111111111111',
  deliveries: [
    {
      id: 'a1b2c3d4-1111-4222-8333-444455556666',
      delivery_state: 'WaitingForPayment',
      kind: 'giftcard',
      deliverable: {
        denomination: '100 USD',
        brand_name: 'Airbnb',
        beneficiary_account: 'buyer@example.com',
        country_code: 'US',
        delivery_type: 'by_email',
        coin_amount: '101.48',
        currency_code: 'USD',
      },
    },
  ],
};

export const doneWire = {
  ...waitingWire,
  order_state: 'Done',
  payment_state: 'PaymentCompleted',
  updated_at: '1767226500',
  sent_coin_amount: '101.48',
  deliveries: [
    {
      ...waitingWire.deliveries[0],
      delivery_state: 'Done',
      deliverable: {
        ...waitingWire.deliveries[0]?.deliverable,
        pin_code: 'ABCD-EFGH-JKLM',
        pin_serial: '000123',
        security_code: '9876',
        barcode_image_url: 'https://cdn.example.com/barcodes/1.png',
        qr_image_url: 'LPA:1$rsp.example$CODE',
        redeem_instructions: '<ol><li>Go to airbnb.com/redeem</li></ol><script>alert(1)</script>',
        how_to_redeem: '<p>Redeem</p>',
        operator_reference: 'OPR-1',
        secret_new_field: 'SECRET-FROM-TOMORROW',
      },
    },
  ],
};

export const order = (wire: unknown): Order => OrderSchema.parse(wire);
