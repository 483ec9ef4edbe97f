import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { base58, bech32, qrText, walletAddress } from '../../../sandbox/addresses';
import { findNetwork, NETWORKS, paymentViasWire } from '../../../sandbox/coins';
import { formatAtomic, parseAtomic, quote } from '../../../sandbox/pricing';

function decodeBase58(text: string): Buffer {
  const alphabet = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
  let value = 0n;
  for (const ch of text) value = value * 58n + BigInt(alphabet.indexOf(ch));
  return Buffer.from(value.toString(16).padStart(50, '0'), 'hex');
}

const net = (coin: string, network: string) => {
  const found = findNetwork(coin, network);
  if (!found) throw new Error(`${coin}/${network}`);
  return found;
};

describe('payment vias', () => {
  it('lists USER_WALLET with USDC/USDT on six networks and BTC on Mainnet and Lightning', () => {
    const [wallet, ...others] = paymentViasWire({ coins: [], networks: [] });
    expect(wallet?.name).toBe('USER_WALLET');
    expect(wallet?.available).toBe(true);
    const names = Object.fromEntries((wallet?.currencies ?? []).map((c) => [c.name, c.networks.map((n) => n.name)]));
    const stable = ['Solana', 'ETH Mainnet', 'Base', 'Polygon (Matic)', 'Arbitrum', 'Tron'];
    expect(names).toEqual({ USDC: stable, USDT: stable, BTC: ['Mainnet', 'Lightning'] });
    expect(others.every((v) => v.available === false)).toBe(true);
    const usdcSol = wallet?.currencies[0]?.networks[0];
    expect(usdcSol).toMatchObject({
      threshold: '0.56',
      base_token: 'SOL',
      smart_contract_engine: 'SVM',
      smart_contract: { engine: 'SVM', address: 'EPjFWdd5AufqSSqeM2qN1xzybapC8G4wEGGkZwyTDt1v', decimals: 6, symbol: 'USDC' },
      is_suspended: false,
    });
    const chainIds = NETWORKS.filter((n) => n.coin === 'USDC' && n.chainId).map((n) => n.chainId);
    expect(chainIds).toEqual([1, 8453, 137, 42161]);
  });

  it('reflects suspensions', () => {
    const [wallet] = paymentViasWire({ coins: ['usdt'], networks: [{ network: 'base' }] });
    const usdt = wallet?.currencies.find((c) => c.name === 'USDT');
    const usdcBase = wallet?.currencies.find((c) => c.name === 'USDC')?.networks.find((n) => n.name === 'Base');
    expect(usdt?.is_suspended).toBe(true);
    expect(usdcBase?.is_suspended).toBe(true);
  });

  it('matches network names case-insensitively and defaults USDC to Polygon', () => {
    expect(net('usdc', 'POLYGON (MATIC)').paymentMethod).toBe('USDC-MATIC');
    expect(findNetwork('USDC', undefined)?.name).toBe('Polygon (Matic)');
    expect(findNetwork('USDC', 'Lightning')).toBeUndefined();
  });
});

describe('amounts', () => {
  it('formats and parses atomic units', () => {
    expect(formatAtomic(101_500_000, 'USDC')).toBe('101.50');
    expect(formatAtomic(25_375_000, 'USDC')).toBe('25.375');
    expect(formatAtomic(32_833, 'BTC')).toBe('0.00032833');
    expect(parseAtomic('12.5', 'USDT')).toBe(12_500_000);
    expect(parseAtomic('0.1234567', 'USDC')).toBeUndefined();
    expect(parseAtomic('-1', 'USDC')).toBeUndefined();
  });

  it('quotes face value → USD → coin with the fee, BTC at a fixed rate', () => {
    expect(quote(100, 'USD', 'USDC', () => 1).atomic).toBe(101_500_000);
    expect(quote(100, 'USD', 'BTC', () => 1).atomic).toBe(101_500);
  });
});

describe('addresses and qr_text per network', () => {
  const atomic = 25_375_000;

  it('Solana: base58 32–44 chars, Solana Pay with the SPL mint', () => {
    const n = net('USDC', 'Solana');
    const address = walletAddress(n, atomic);
    expect(address).toMatch(/^[1-9A-HJ-NP-Za-km-z]{32,44}$/);
    expect(qrText(n, address, atomic)).toBe(`solana:${address}?amount=25.375&spl-token=EPjFWdd5AufqSSqeM2qN1xzybapC8G4wEGGkZwyTDt1v`);
    expect(qrText(net('USDT', 'Solana'), address, atomic)).toContain('spl-token=Es9vMFrzaCERmJfrF4H2FYD4KCoNkY11McCe8BenwNYB');
  });

  it.each([
    ['ETH Mainnet', 1, '0xA0b86991c6218b36c1d19D4a2e9Eb0cE3606eB48'],
    ['Base', 8453, '0x833589fCD6eDb6E08f4c7C32D4f71b54bdA02913'],
    ['Polygon (Matic)', 137, '0x3c499c542cEF5E3811e1192ce70d8cC03d5c3359'],
    ['Arbitrum', 42161, '0xaf88d065e77c8cC2239327C5EDb3A432268e5831'],
  ])('%s: 0x address, EIP-681 transfer in atomic units', (name, chainId, token) => {
    const n = net('USDC', name);
    const address = walletAddress(n, atomic);
    expect(address).toMatch(/^0x[0-9a-f]{40}$/);
    expect(qrText(n, address, atomic)).toBe(`ethereum:${token}@${chainId}/transfer?address=${address}&uint256=25375000`);
  });

  it('Tron: T + 33 base58 with a valid checksum, bare address as qr_text', () => {
    const n = net('USDT', 'Tron');
    const address = walletAddress(n, atomic);
    expect(address).toMatch(/^T[1-9A-HJ-NP-Za-km-z]{33}$/);
    const bytes = decodeBase58(address);
    const sha = (b: Buffer) => createHash('sha256').update(b).digest();
    expect(bytes[0]).toBe(0x41);
    expect(sha(sha(bytes.subarray(0, 21))).subarray(0, 4)).toEqual(bytes.subarray(21));
    expect(qrText(n, address, atomic)).toBe(address);
  });

  it('BTC: bc1 bech32 address and BIP-21; Lightning: lnbc invoice and lightning: URI', () => {
    const btc = net('BTC', 'Mainnet');
    const address = walletAddress(btc, 32_833);
    expect(address).toMatch(/^bc1q[02-9ac-hj-np-z]{38}$/);
    expect(qrText(btc, address, 32_833)).toBe(`bitcoin:${address}?amount=0.00032833`);
    const ln = net('BTC', 'Lightning');
    const invoice = walletAddress(ln, 32_833);
    expect(invoice).toMatch(/^lnbc328330n1[02-9ac-hj-np-z]+$/);
    expect(qrText(ln, invoice, 32_833)).toBe(`lightning:${invoice}`);
  });

  it('encoders match known vectors', () => {
    expect(base58(Buffer.from('hello world'))).toBe('StV1DL6CwTryKyV');
    expect(base58(Buffer.from([0, 0, 1]))).toBe('112');
    // BIP-173 test vector: the zero-length data string with hrp "a".
    expect(bech32('a', [])).toBe('a12uel5l');
  });
});
