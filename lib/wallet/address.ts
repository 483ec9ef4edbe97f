// The buyer's refund address (sent upstream as `refund_wallet_address`): which networks take one, and whether a
// typed address is one of that network's. Client-safe: the checkout checks as the buyer types, the server again.
// The hashes and encodings come from @noble/hashes and @scure/base (audited, no dependencies), one submodule each.
import { sha256 } from '@noble/hashes/sha2.js';
import { keccak_256 } from '@noble/hashes/sha3.js';
import { base58, bech32, bech32m, createBase58check } from '@scure/base';
import { REFUND_ADDRESS_MAX, refundFamily, type RefundFamily } from './refund-family';

export { REFUND_ADDRESS_MAX, refundFamily, type RefundFamily } from './refund-family';

/** Why a typed address is refused: not this network's shape, or a typo its checksum caught. */
export type RefundAddressIssue = 'format' | 'checksum' | 'unsupported';

export type RefundAddressCheck = { ok: true; address: string } | { ok: false; issue: RefundAddressIssue };

const base58check = createBase58check(sha256);
const refuse = (issue: RefundAddressIssue): RefundAddressCheck => ({ ok: false, issue });

/** Base58check of a version byte (one of `versions`) and a 20-byte hash: 25 bytes with the 4-byte checksum. */
function base58checkIssue(text: string, versions: readonly number[]): RefundAddressIssue | undefined {
  const raw = base58.decode(text);
  if (raw.length !== 25 || !versions.includes(raw[0] ?? -1)) return 'format';
  try {
    base58check.decode(text);
  } catch {
    return 'checksum';
  }
  return undefined;
}

/** Base58, decoding to a 32-byte public key. */
function solana(text: string): RefundAddressIssue | undefined {
  if (!/^[1-9A-HJ-NP-Za-km-z]{32,44}$/.test(text)) return 'format';
  return base58.decode(text).length === 32 ? undefined : 'format';
}

/** 0x + 40 hex digits; mixed case is an EIP-55 checksum and must match (all lower or all upper carries none). */
function evm(text: string): RefundAddressIssue | undefined {
  if (!/^0x[0-9a-fA-F]{40}$/.test(text)) return 'format';
  const digits = text.slice(2);
  if (digits === digits.toLowerCase() || digits === digits.toUpperCase()) return undefined;
  const hash = keccak_256(new TextEncoder().encode(digits.toLowerCase()));
  for (let i = 0; i < 40; i++) {
    const char = digits[i] ?? '';
    if (!/[a-f]/i.test(char)) continue;
    // The i-th hex digit of the hash: 8 or more means the i-th letter is upper case.
    const wantsUpper = (((hash[i >> 1] ?? 0) >> (i % 2 === 0 ? 4 : 0)) & 0xf) >= 8;
    if (wantsUpper !== (char === char.toUpperCase())) return 'checksum';
  }
  return undefined;
}

/** Base58check of 0x41 + 20 bytes (so it starts with T), the checksum being sha256(sha256(those 21 bytes)). */
function tron(text: string): RefundAddressIssue | undefined {
  if (!/^T[1-9A-HJ-NP-Za-km-z]{33}$/.test(text)) return 'format';
  return base58checkIssue(text, [0x41]);
}

/** Mainnet only: base58check P2PKH (1…) and P2SH (3…), or bech32 v0 (bc1q…) and bech32m v1+ (bc1p…, taproot). */
function bitcoin(text: string): RefundAddressIssue | undefined {
  if (/^bc1/i.test(text)) {
    const v0 = bech32.decodeUnsafe(text, 90);
    const v1 = v0 ? undefined : bech32m.decodeUnsafe(text, 90);
    const decoded = v0 ?? v1;
    const version = decoded?.words[0];
    const program = decoded ? bech32.fromWordsUnsafe(decoded.words.slice(1)) : undefined;
    if (!decoded || decoded.prefix !== 'bc' || version === undefined || !program) return 'format';
    if (version === 0) return v0 && (program.length === 20 || program.length === 32) ? undefined : 'format';
    return v1 && version <= 16 && program.length >= 2 && program.length <= 40 ? undefined : 'format';
  }
  if (!/^[13][1-9A-HJ-NP-Za-km-z]{25,34}$/.test(text)) return 'format';
  return base58checkIssue(text, [0x00, 0x05]);
}

const CHECKS: Record<RefundFamily, (text: string) => RefundAddressIssue | undefined> = { solana, evm, tron, bitcoin };

/** The typed address (trimmed) when it is one of the payment network's, else why not. */
export function checkRefundAddress(payment: { coin: string; network: string }, text: string): RefundAddressCheck {
  const family = refundFamily(payment);
  if (!family) return refuse('unsupported');
  const address = text.trim();
  if (address.length > REFUND_ADDRESS_MAX) return refuse('format');
  const issue = CHECKS[family](address);
  return issue ? refuse(issue) : { ok: true, address };
}
