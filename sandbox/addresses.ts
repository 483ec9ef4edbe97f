// Deposit addresses in the right format for each network, and the payment URI (`qr_text`) for a wallet.
// Addresses are random but well-formed (Tron base58check, bech32 checksums, Solana ed25519 keys), so client-side
// format checks and wallets pass.
import { createHash, generateKeyPairSync, randomBytes } from 'node:crypto';
import type { NetworkDef } from './coins';
import { formatAtomic } from './pricing';

const BASE58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';

export function base58(bytes: Uint8Array): string {
  let value = BigInt(`0x${Buffer.from(bytes).toString('hex') || '0'}`);
  let out = '';
  while (value > 0n) {
    out = BASE58[Number(value % 58n)] + out;
    value /= 58n;
  }
  for (const byte of bytes) {
    if (byte !== 0) break;
    out = `1${out}`;
  }
  return out;
}

const BECH32 = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';

function polymod(values: number[]): number {
  const gen = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3];
  let chk = 1;
  for (const v of values) {
    const top = chk >>> 25;
    chk = (((chk & 0x1ffffff) << 5) ^ v) >>> 0;
    gen.forEach((g, i) => {
      if ((top >>> i) & 1) chk = (chk ^ g) >>> 0;
    });
  }
  return chk;
}

/** bech32 (BIP-173) encoding of 5-bit words. */
export function bech32(hrp: string, words: number[]): string {
  const expanded = [...[...hrp].map((c) => c.charCodeAt(0) >> 5), 0, ...[...hrp].map((c) => c.charCodeAt(0) & 31)];
  const mod = polymod([...expanded, ...words, 0, 0, 0, 0, 0, 0]) ^ 1;
  const checksum = Array.from({ length: 6 }, (_, i) => (mod >>> (5 * (5 - i))) & 31);
  return `${hrp}1${[...words, ...checksum].map((w) => BECH32[w]).join('')}`;
}

function toWords(bytes: Uint8Array): number[] {
  const words: number[] = [];
  let acc = 0;
  let bits = 0;
  for (const byte of bytes) {
    acc = (acc << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      bits -= 5;
      words.push((acc >>> bits) & 31);
    }
  }
  if (bits > 0) words.push((acc << (5 - bits)) & 31);
  return words;
}

const sha256 = (data: Uint8Array) => createHash('sha256').update(data).digest();

function tronAddress(): string {
  const payload = Buffer.concat([Buffer.from([0x41]), randomBytes(20)]);
  return base58(Buffer.concat([payload, sha256(sha256(payload)).subarray(0, 4)]));
}

/**
 * A Solana deposit address is a wallet's ed25519 public key, so on the curve: wallet code that derives the associated
 * token account may refuse an owner off the curve (as half of all random 32-byte strings are).
 */
function solanaAddress(): string {
  const spki = generateKeyPairSync('ed25519').publicKey.export({ format: 'der', type: 'spki' });
  return base58(spki.subarray(spki.length - 32));
}

/** A BOLT11-looking invoice: real HRP with the amount, random tagged data, valid bech32 checksum. */
function lightningInvoice(atomicSats: number): string {
  // 1 sat = 10 nano-BTC; the `n` multiplier keeps the HRP integral.
  const hrp = `lnbc${atomicSats * 10}n`;
  return bech32(hrp, toWords(randomBytes(200)));
}

export function walletAddress(network: NetworkDef, atomic: number): string {
  switch (network.kind) {
    case 'svm':
      return solanaAddress();
    case 'evm':
      return `0x${randomBytes(20).toString('hex')}`;
    case 'tvm':
      return tronAddress();
    case 'btc':
      return bech32('bc', [0, ...toWords(randomBytes(20))]);
    case 'lightning':
      return lightningInvoice(atomic);
  }
}

/** Payment URI for the wallet: Solana Pay, EIP-681, bare Tron address, BIP-21, `lightning:`. */
export function qrText(network: NetworkDef, address: string, atomic: number): string {
  const amount = formatAtomic(atomic, network.coin);
  switch (network.kind) {
    case 'svm':
      return `solana:${address}?amount=${amount}&spl-token=${network.contract?.address ?? ''}`;
    case 'evm':
      return `ethereum:${network.contract?.address ?? ''}@${network.chainId ?? 1}/transfer?address=${address}&uint256=${atomic}`;
    case 'tvm':
      return address;
    case 'btc':
      return `bitcoin:${address}?amount=${amount}`;
    case 'lightning':
      return `lightning:${address}`;
  }
}
