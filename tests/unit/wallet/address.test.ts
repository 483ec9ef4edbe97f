// Refund addresses per network family, against published vectors: EIP-55's own examples, the USDT contract on
// Tron, the USDC mint on Solana, and BIP-173/350 and bitcoin wiki addresses.
import { describe, expect, it } from 'vitest';
import { checkRefundAddress, refundFamily } from '@/lib/wallet/address';

const on =
  (network: string, coin = 'USDC') =>
  (text: string) =>
    checkRefundAddress({ coin, network }, text);
const issue = (result: ReturnType<ReturnType<typeof on>>) => (result.ok ? 'ok' : result.issue);

describe('which networks take a refund address', () => {
  it('maps the storefront networks to their family, and offers none for Lightning or unknown ones', () => {
    expect(refundFamily({ coin: 'USDC', network: 'Solana' })).toBe('solana');
    for (const network of ['ETH Mainnet', 'Base', 'Polygon (Matic)', 'Arbitrum'])
      expect(refundFamily({ coin: 'USDT', network })).toBe('evm');
    expect(refundFamily({ coin: 'USDT', network: 'Tron' })).toBe('tron');
    expect(refundFamily({ coin: 'BTC', network: 'Mainnet' })).toBe('bitcoin');
    expect(refundFamily({ coin: 'BTC', network: 'Lightning' })).toBeUndefined();
    expect(refundFamily({ coin: 'XYZ', network: 'Moonchain' })).toBeUndefined();
    expect(issue(on('Lightning', 'BTC')('lnbc1anything'))).toBe('unsupported');
  });
});

describe('EVM: 0x + 40 hex digits, mixed case checked with EIP-55', () => {
  const evm = on('ETH Mainnet');
  it('accepts the EIP-55 examples, and all-lower or all-upper digits', () => {
    for (const address of [
      '0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed',
      '0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359',
      '0xdbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB',
      '0xD1220A0cf47c7B9Be7A2E6BA89F429762e7b9aDb',
      '0x52908400098527886E0F7030069857D2E4169EE7',
      '0xde709f2102306220921060314715629080e2fb77',
    ]) {
      expect(evm(address), address).toEqual({ ok: true, address });
      expect(evm(address.toLowerCase()).ok).toBe(true);
      expect(evm(`0x${address.slice(2).toUpperCase()}`).ok).toBe(true);
    }
    expect(on('Base')(' 0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed ')).toEqual({
      ok: true,
      address: '0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed',
    });
  });

  it('refuses a broken checksum, and anything not 0x + 40 hex digits', () => {
    expect(issue(evm('0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD'))).toBe('checksum');
    expect(issue(evm('0x5AAeb6053F3E94C9b9A09f33669435E7Ef1BeAed'))).toBe('checksum');
    expect(issue(evm('0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d35'))).toBe('format');
    expect(issue(evm('0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d3590'))).toBe('format');
    expect(issue(evm('fB6916095ca1df60bB79Ce92cE3Ea74c37c5d35900'))).toBe('format');
    expect(issue(evm('0xgB6916095ca1df60bB79Ce92cE3Ea74c37c5d359'))).toBe('format');
    expect(issue(evm('EPjFWdd5AufqSSqeM2qN1xzybapC8G4wEGGkZwyTDt1v'))).toBe('format');
  });
});

describe('Tron: base58check, T…, 0x41 + 20 bytes', () => {
  const tron = on('Tron', 'USDT');
  it('accepts real addresses', () => {
    expect(tron('TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t').ok).toBe(true);
    expect(tron('TEkxiTehnzSmSe2XqrBj4w32RUN966rdz8').ok).toBe(true);
  });

  it('catches a changed character with the checksum, and refuses other shapes', () => {
    expect(issue(tron('TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6u'))).toBe('checksum');
    expect(issue(tron('TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj7t'))).toBe('checksum');
    expect(issue(tron('TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6'))).toBe('format');
    expect(issue(tron('TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj0t'))).toBe('format');
    expect(issue(tron('0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed'))).toBe('format');
    // A valid base58check address of another chain (bitcoin) is not a Tron one.
    expect(issue(tron('1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2'))).toBe('format');
  });
});

describe('Solana: base58 of 32 bytes', () => {
  const solana = on('Solana');
  it('accepts real addresses', () => {
    expect(solana('EPjFWdd5AufqSSqeM2qN1xzybapC8G4wEGGkZwyTDt1v').ok).toBe(true);
    expect(solana('Es9vMFrzaCERmJfrF4H2FYD4KCoNkY11McCe8BenwNYB').ok).toBe(true);
    expect(solana('11111111111111111111111111111111').ok).toBe(true);
  });

  it('refuses characters outside base58 (0, O, I, l) and the wrong length', () => {
    for (const bad of ['0', 'O', 'I', 'l']) expect(issue(solana(`EPjFWdd5AufqSSqeM2qN1xzybapC8G4wEGGkZwyTDt1${bad}`)), bad).toBe('format');
    // No checksum: dropping one character may still leave 32 bytes, so a wrong length means bytes, not characters.
    expect(issue(solana('EPjFWdd5AufqSSqeM2qN1xzybapC8G4wEGG'))).toBe('format');
    expect(issue(solana('EPjFWdd5AufqSSqeM2qN1xzybapC8G4wEGGkZwyTDt1vv'))).toBe('format');
    expect(issue(solana('zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz'))).toBe('format');
    expect(issue(solana('TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t'))).toBe('format');
    expect(issue(solana(''))).toBe('format');
  });
});

describe('Bitcoin mainnet: base58check 1…/3…, bech32 bc1q…, bech32m bc1p…', () => {
  const btc = on('Mainnet', 'BTC');
  it('accepts P2PKH, P2SH, segwit v0 and taproot addresses', () => {
    for (const address of [
      '1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2',
      '3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy',
      'BC1QW508D6QEJXTDG4Y5R3ZARVARY0C5XW7KV8F3T4',
      'bc1qrp33g0q5c5txsp9arysrx4k6zdkfs4nce4xj0gdcccefvpysxf3qccfmv3',
      'bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqzk5jj0',
    ])
      expect(btc(address).ok, address).toBe(true);
  });

  it('refuses a changed character, testnet, the wrong checksum variant and mixed case', () => {
    expect(issue(btc('1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN3'))).toBe('checksum');
    expect(issue(btc('bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t5'))).toBe('format');
    expect(issue(btc('tb1qw508d6qejxtdg4y5r3zarvary0c5xw7kxpjzsx'))).toBe('format');
    // Segwit v0 in bech32m and v1 in bech32 (BIP-350 invalid vectors).
    expect(issue(btc('bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kemeawh'))).toBe('format');
    expect(issue(btc('bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vpqxr8d0'))).toBe('format');
    expect(issue(btc('bc1Qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4'))).toBe('format');
  });
});
