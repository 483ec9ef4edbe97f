import { describe, expect, it } from 'vitest';
import { networkFamily, paymentUri, type PaymentTarget } from '@/lib/order-display/payment-uri';

const SOL_ADDR = '9xQeWvG816bUx9EPjHmaT23yvVM2ZWbrrpZb9PusVFin';
const USDC_MINT = 'EPjFWdd5AufqSSqeM2qN1xzybapC8G4wEGGkZwyTDt1v';
const EVM_ADDR = '0x1111111111111111111111111111111111111111';
const USDC_BASE = '0x833589fCD6eDb6E08f4c7C32D4f71b54bdA02913';

const target = (overrides: Partial<PaymentTarget>): PaymentTarget => ({
  address: SOL_ADDR,
  coin: 'USDC',
  network: 'Solana',
  totalAmount: '101.48',
  amount: '101.48',
  ...overrides,
});

describe('paymentUri', () => {
  it('uses the upstream qr_text when it asks for the amount shown', () => {
    const qrText = `solana:${SOL_ADDR}?amount=101.48&spl-token=${USDC_MINT}`;
    expect(paymentUri(target({ qrText }))).toBe(qrText);
  });

  it('builds Solana Pay with the token mint, from payment vias or from qr_text, for a remainder', () => {
    expect(paymentUri(target({ amount: '50.74', token: { address: USDC_MINT } }))).toBe(
      `solana:${SOL_ADDR}?amount=50.74&spl-token=${USDC_MINT}`,
    );
    const qrText = `solana:${SOL_ADDR}?amount=101.48&spl-token=${USDC_MINT}`;
    expect(paymentUri(target({ amount: '50.74', qrText }))).toBe(`solana:${SOL_ADDR}?amount=50.74&spl-token=${USDC_MINT}`);
  });

  it('never asks for SOL when the token mint is unknown: the bare address instead', () => {
    expect(paymentUri(target({}))).toBe(SOL_ADDR);
    expect(paymentUri(target({ coin: 'SOL', token: { baseToken: 'SOL' } }))).toBe(`solana:${SOL_ADDR}?amount=101.48`);
  });

  it('builds EIP-681 token transfers in atomic units for EVM networks', () => {
    const evm = target({ address: EVM_ADDR, network: 'Base' });
    expect(paymentUri({ ...evm, token: { address: USDC_BASE, chainId: 8453, decimals: 6 } })).toBe(
      `ethereum:${USDC_BASE}@8453/transfer?address=${EVM_ADDR}&uint256=101480000`,
    );
    const qrText = `ethereum:${USDC_BASE}@8453/transfer?address=${EVM_ADDR}&uint256=101480000`;
    expect(paymentUri({ ...evm, amount: '1.5', qrText })).toBe(`ethereum:${USDC_BASE}@8453/transfer?address=${EVM_ADDR}&uint256=1500000`);
    expect(paymentUri(evm)).toBe(EVM_ADDR);
  });

  it('uses the bare address for Tron, BIP21 for bitcoin and the invoice for Lightning', () => {
    expect(paymentUri(target({ address: 'TXYZ', network: 'Tron', amount: '5' }))).toBe('TXYZ');
    expect(paymentUri(target({ address: 'bc1qabc', coin: 'BTC', network: 'Mainnet', totalAmount: '0.001', amount: '0.0005' }))).toBe(
      'bitcoin:bc1qabc?amount=0.0005',
    );
    expect(paymentUri(target({ address: 'lnbc1', coin: 'BTC', network: 'Lightning', totalAmount: '0.001', amount: '0.001' }))).toBe(
      'lightning:lnbc1',
    );
  });

  it('tells the network family from the protocol, the network name or the payment method', () => {
    expect(networkFamily({ coin: 'USDC', protocol: 'ETHEREUM_LIKE' })).toBe('evm');
    expect(networkFamily({ coin: 'USDC', network: 'POLYGON (MATIC)' })).toBe('evm');
    expect(networkFamily({ coin: 'USDT', paymentMethod: 'USDT-TRX' })).toBe('tron');
    expect(networkFamily({ coin: 'USDC', network: 'Arbitrum' })).toBe('evm');
    expect(networkFamily({ coin: 'BTC', network: 'Mainnet' })).toBe('bitcoin');
    expect(networkFamily({ coin: 'XYZ', network: 'Mystery' })).toBe('unknown');
  });
});
