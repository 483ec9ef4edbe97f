// The sandbox's deposit addresses and token contracts are ones a real wallet accepts: what the storefront's own
// address check (lib/wallet/address.ts: base58check for Tron, EIP-55 for EVM, base58 32 bytes for Solana) passes,
// and for Solana a point on the ed25519 curve, as a wallet's public key is.
import { sha256 } from '@noble/hashes/sha2.js';
import { base58 } from '@scure/base';
import { describe, expect, it } from 'vitest';
import { walletAddress } from '../../../sandbox/addresses';
import { NETWORKS, paymentViasWire } from '../../../sandbox/coins';
import { checkRefundAddress } from '@/lib/wallet/address';

const SAMPLES = 100;
const stablecoinNetworks = NETWORKS.filter((n) => n.kind === 'svm' || n.kind === 'evm' || n.kind === 'tvm');

/** RFC 8032 §5.1.3 decoding: the y coordinate (little-endian, sign bit cleared) must give a square x². */
function onEd25519Curve(key: Uint8Array): boolean {
  const p = 2n ** 255n - 19n;
  const d = (-121665n * modPow(121666n, p - 2n, p)) % p;
  const bytes = Uint8Array.from(key);
  bytes[31] = (bytes[31] ?? 0) & 0x7f;
  const y = bytes.reduceRight((acc, byte) => (acc << 8n) | BigInt(byte), 0n);
  if (y >= p) return false;
  const y2 = (y * y) % p;
  const x2 = ((((y2 - 1n) % p) + p) % p) * modPow((d * y2 + 1n) % p, p - 2n, p);
  const value = x2 % p;
  return value === 0n ? (key[31] ?? 0) >> 7 === 0 : modPow(value, (p - 1n) / 2n, p) === 1n;
}

function modPow(base: bigint, exponent: bigint, modulus: bigint): bigint {
  let result = 1n;
  let b = ((base % modulus) + modulus) % modulus;
  for (let e = exponent; e > 0n; e >>= 1n) {
    if (e & 1n) result = (result * b) % modulus;
    b = (b * b) % modulus;
  }
  return result;
}

describe('sandbox deposit addresses', () => {
  it.each(stablecoinNetworks.map((n) => [`${n.coin} ${n.name}`, n] as const))(
    '%s: every deposit address and the token contract pass the address check',
    (_name, network) => {
      const payment = { coin: network.coin, network: network.name };
      expect(checkRefundAddress(payment, network.contract?.address ?? '')).toMatchObject({ ok: true });
      for (let i = 0; i < SAMPLES; i++) {
        const address = walletAddress(network, 1_000_000);
        expect(checkRefundAddress(payment, address), address).toEqual({ ok: true, address });
      }
    },
  );

  it('Solana deposit addresses are ed25519 public keys (on the curve)', () => {
    const solana = stablecoinNetworks.find((n) => n.kind === 'svm');
    if (!solana) throw new Error('no Solana network');
    for (let i = 0; i < SAMPLES; i++) {
      const address = walletAddress(solana, 1);
      expect(onEd25519Curve(base58.decode(address)), address).toBe(true);
    }
  });

  it('the curve check accepts a known key and refuses about half of arbitrary 32-byte strings', () => {
    // RFC 8032 §7.1, test 1: a public key.
    expect(onEd25519Curve(Buffer.from('d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a', 'hex'))).toBe(true);
    // About half of all y coordinates have no x: so do about half of these fixed, hash-made strings.
    const onCurve = Array.from({ length: 200 }, (_, i) => onEd25519Curve(sha256(new TextEncoder().encode(`point ${i}`))));
    const share = onCurve.filter(Boolean).length / onCurve.length;
    expect(share).toBeGreaterThan(0.35);
    expect(share).toBeLessThan(0.65);
  });

  it('payment vias offer USDT and USDC on Tron as TRC-20 (TVM) contracts with 6 decimals', () => {
    const [wallet] = paymentViasWire({ coins: [], networks: [] });
    const tron = (coin: string) => wallet?.currencies.find((c) => c.name === coin)?.networks.find((n) => n.name === 'Tron');
    expect(tron('USDT')).toMatchObject({
      smart_contract_engine: 'TVM',
      smart_contract: { engine: 'TVM', address: 'TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t', decimals: 6, symbol: 'USDT' },
    });
    expect(tron('USDC')).toMatchObject({
      smart_contract_engine: 'TVM',
      smart_contract: { engine: 'TVM', address: 'TEkxiTehnzSmSe2XqrBj4w32RUN966rdz8', decimals: 6, symbol: 'USDC' },
    });
  });
});
