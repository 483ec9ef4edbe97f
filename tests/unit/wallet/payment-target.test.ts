import { describe, expect, it } from 'vitest';
import { dueNow } from '@/lib/wallet/due-now';
import { walletPaymentFor } from '@/lib/wallet/payment-target';

const base = {
  coin: 'USDC',
  network: 'Base',
  coinAmount: '25.13',
  walletAddress: '0x8ba1f109551bD432803012645Ac136ddd64DBA72',
};
const usdcBase = { address: '0x833589fCD6eDb6E08f4c7C32D4f71b54bdA02913', decimals: 6, chainId: 8453, baseToken: 'ETH' };

const RPC = { solanaRpc: true };

describe('walletPaymentFor', () => {
  it('asks an EVM wallet for the exact amount of the via token on its chain', () => {
    expect(walletPaymentFor(base, usdcBase, RPC)).toEqual({
      family: 'evm',
      coin: 'USDC',
      network: 'Base',
      recipient: base.walletAddress,
      atomicAmount: '25130000',
      decimals: 6,
      token: usdcBase.address,
      chainId: 8453,
    });
  });

  it('asks for the remainder after a partial payment', () => {
    expect(walletPaymentFor({ ...base, sentCoinAmount: '10.005' }, usdcBase, RPC)?.atomicAmount).toBe('15125000');
    expect(walletPaymentFor({ ...base, sentCoinAmount: '25.13' }, usdcBase, RPC)).toBeNull();
  });

  it('knows the chain of the four EVM networks when the via gives no chainId', () => {
    const noChain = { ...usdcBase, chainId: undefined };
    expect(walletPaymentFor({ ...base, network: 'ETH Mainnet' }, noChain, RPC)?.chainId).toBe(1);
    expect(walletPaymentFor({ ...base, network: 'Base' }, noChain, RPC)?.chainId).toBe(8453);
    expect(walletPaymentFor({ ...base, network: 'Polygon (Matic)' }, noChain, RPC)?.chainId).toBe(137);
    expect(walletPaymentFor({ ...base, network: 'Arbitrum' }, noChain, RPC)?.chainId).toBe(42161);
    expect(walletPaymentFor({ ...base, network: 'Optimism' }, noChain, RPC)).toBeNull();
  });

  it('gives Solana the mint and Tron the TRC-20 contract, without a chainId', () => {
    const mint = 'EPjFWdd5AufqSSqeM2qN1xzybapC8G4wEGGkZwyTDt1v';
    const solana = walletPaymentFor(
      { ...base, network: 'Solana', walletAddress: '9xQeWvG816bUx9EPjHmaT23yvVM2ZWbrrpZb9PusVFin' },
      { address: mint, decimals: 6, baseToken: 'SOL' },
      RPC,
    );
    expect(solana).toMatchObject({ family: 'solana', token: mint, atomicAmount: '25130000' });
    expect(solana?.chainId).toBeUndefined();
    // Without SOLANA_RPC_URL no Solana wallet can get a recent blockhash: none is offered.
    expect(
      walletPaymentFor(
        { ...base, network: 'Solana', walletAddress: '9xQeWvG816bUx9EPjHmaT23yvVM2ZWbrrpZb9PusVFin' },
        { address: mint, decimals: 6 },
        { solanaRpc: false },
      ),
    ).toBeNull();
    const tron = walletPaymentFor(
      { ...base, coin: 'USDT', network: 'Tron', walletAddress: 'TLa2f6VPqDgRE67v1736s7bJ8Ray5wYjU7' },
      { address: 'TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t', decimals: 6 },
      RPC,
    );
    expect(tron).toMatchObject({ family: 'tron', token: 'TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t' });
  });

  it('is null when no wallet can pay the order', () => {
    expect(walletPaymentFor(base, undefined, RPC)).toBeNull();
    expect(walletPaymentFor(base, { ...usdcBase, address: undefined }, RPC)).toBeNull();
    expect(walletPaymentFor(base, { ...usdcBase, decimals: undefined }, RPC)).toBeNull();
    expect(walletPaymentFor({ ...base, walletAddress: null }, usdcBase, RPC)).toBeNull();
    expect(walletPaymentFor({ ...base, coin: 'BTC', network: 'Lightning' }, usdcBase, RPC)).toBeNull();
    expect(walletPaymentFor({ ...base, coin: 'BTC', network: 'Mainnet' }, usdcBase, RPC)).toBeNull();
    // The network's own coin is not a token transfer.
    expect(walletPaymentFor({ ...base, coin: 'ETH' }, usdcBase, RPC)).toBeNull();
    // More decimals than the token has.
    expect(walletPaymentFor({ ...base, coinAmount: '1.0000001' }, usdcBase, RPC)).toBeNull();
  });
});

describe('dueNow', () => {
  it('follows the live order to the remainder, and is null once nothing is due', () => {
    const payment = walletPaymentFor(base, usdcBase, RPC)!;
    expect(dueNow(payment, { ...base, sentCoinAmount: '12.5' })?.atomicAmount).toBe('12630000');
    expect(dueNow(payment, { ...base, sentCoinAmount: '25.13' })).toBeNull();
  });
});
