import { describe, expect, it } from 'vitest';
import { PaymentViasResponseSchema } from '@/lib/cryptorefills/schemas/payment';
import { reshapePaymentVia } from '@/lib/cryptorefills/schemas/payment-reshape';
import * as fx from './fixtures';

const LOGO = 'https://cdn.cryptorefills.com/coins/usdc.webp';

describe('reshapePaymentVia', () => {
  it('reshapes the via, its coins and their networks with the token contract', () => {
    const [wallet] = fx.paymentVias;
    const [usdc, btc] = wallet?.currencies ?? [];
    const [solana, base] = usdc?.networks ?? [];
    const wire = PaymentViasResponseSchema.parse([
      {
        ...wallet,
        logo_url: LOGO,
        currencies: [
          { ...usdc, threshold: '1', logo_url: LOGO, networks: [{ ...solana, chain_id: 101, is_suspended: true, logo_url: LOGO }, base] },
          btc,
        ],
      },
    ]);
    expect(wire.map(reshapePaymentVia)).toStrictEqual([
      {
        name: 'USER_WALLET',
        available: true,
        logoUrl: LOGO,
        currencies: [
          {
            name: 'USDC',
            isSuspended: false,
            threshold: '1',
            logoUrl: LOGO,
            networks: [
              {
                name: 'Solana',
                isSuspended: true,
                threshold: '0.562099175481640',
                baseToken: 'SOL',
                smartContractEngine: 'SVM',
                smartContract: { engine: 'SVM', address: 'EPjFWdd5AufqSSqeM2qN1xzybapC8G4wEGGkZwyTDt1v', decimals: 6, symbol: 'USDC' },
                chainId: 101,
                logoUrl: LOGO,
              },
              {
                name: 'Base',
                isSuspended: false,
                threshold: '1',
                baseToken: 'ETH',
                smartContractEngine: undefined,
                smartContract: undefined,
                chainId: undefined,
                logoUrl: undefined,
              },
            ],
          },
          expect.objectContaining({
            name: 'BTC',
            isSuspended: false,
            networks: [expect.objectContaining({ name: 'Mainnet' }), expect.objectContaining({ name: 'Lightning' })],
          }),
        ],
      },
    ]);
  });

  it('defaults an absent availability and suspension', () => {
    const [via] = PaymentViasResponseSchema.parse([{ name: 'USER_WALLET', currencies: [{ name: 'USDC', networks: [{ name: 'Base' }] }] }]);
    const reshaped = via && reshapePaymentVia(via);
    expect(reshaped?.available).toBe(true);
    expect(reshaped?.currencies[0]?.isSuspended).toBe(false);
    expect(reshaped?.currencies[0]?.networks[0]?.isSuspended).toBe(false);
  });
});
