// Orders in the app's own shape (what lib/cryptorefills returns and our routes send to the browser), for the
// order tests. The wire payloads they come from are tested in tests/unit/cryptorefills.
import type { Order } from '@/lib/cryptorefills/types';

export const ORDER_ID = '5f0e8a52-6c1d-4e8b-9a77-2d1c3b4a5e60';

const DELIVERY_ID = 'a1b2c3d4-1111-4222-8333-444455556666';

export const waitingOrder: Order = {
  id: ORDER_ID,
  state: 'WaitingForPayment',
  paymentState: 'WalletCreated',
  createdAt: 1767225600,
  updatedAt: 1767225600,
  coin: 'USDC',
  network: 'Solana',
  coinAmount: '101.48',
  sentCoinAmount: '0',
  walletAddress: '9xQeWvG816bUx9EPjHmaT23yvVM2ZWbrrpZb9PusVFin',
  paymentMethod: 'USDC-SOL',
  protocol: 'SOLANA_LIKE',
  qrText: 'solana:9xQeWvG816bUx9EPjHmaT23yvVM2ZWbrrpZb9PusVFin?amount=101.48&spl-token=EPjFWdd5AufqSSqeM2qN1xzybapC8G4wEGGkZwyTDt1v',
  user: { email: 'buyer@example.com' },
  refundWalletAddress: 'RefundAddr1111111111111111111111111111111111',
  deliveries: [
    {
      id: DELIVERY_ID,
      state: 'WaitingForPayment',
      kind: 'giftcard',
      deliverable: {
        denomination: '100 USD',
        brandName: 'Airbnb',
        recipient: 'buyer@example.com',
        countryCode: 'US',
        deliveryType: 'by_email',
        coinAmount: '101.48',
        currencyCode: 'USD',
      },
    },
  ],
};

export const doneOrder: Order = {
  ...waitingOrder,
  state: 'Done',
  paymentState: 'PaymentCompleted',
  updatedAt: 1767226500,
  sentCoinAmount: '101.48',
  deliveries: [
    {
      id: DELIVERY_ID,
      state: 'Done',
      kind: 'giftcard',
      deliverable: {
        ...waitingOrder.deliveries[0]?.deliverable,
        pinCode: 'ABCD-EFGH-JKLM',
        pinSerial: '000123',
        securityCode: '9876',
        barcodeImageUrl: 'https://cdn.example.com/barcodes/1.png',
        qrImageUrl: 'LPA:1$rsp.example$CODE',
        redeemInstructions: '<ol><li>Go to airbnb.com/redeem</li></ol><script>alert(1)</script>',
        howToRedeem: '<p>Redeem</p>',
        operatorReference: 'OPR-1',
      },
    },
  ],
};

/** The order at another state and time, as the relay or the polling route would send it. */
export const orderAt = (state: string, updatedAt: number): Order => ({ ...waitingOrder, state, updatedAt });
