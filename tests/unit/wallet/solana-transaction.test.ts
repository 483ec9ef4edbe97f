import { sha256 } from '@noble/hashes/sha2.js';
import { base58 } from '@scure/base';
import { describe, expect, it } from 'vitest';
import { associatedTokenAccount, buildPaymentTransaction } from '@/lib/wallet/solana/transaction';
import { WalletPayError } from '@/lib/wallet/types';
import { decodeLegacyTransaction } from './solana-decode';
import { USDC, PAYER, DEPOSIT, BLOCKHASH, payment } from './solana-fixtures';

const TOKEN_PROGRAM = 'TokenkegQfeZyiNwAJbNbGKPFXCWuBvf9Ss623VQ5DA';
const ATA_PROGRAM = 'ATokenGPvbdGVxr1b2hvZbsiqW5xWH25efTNsLJA8knL';
const SYSTEM_PROGRAM = '11111111111111111111111111111111';

// A second, independent derivation of a program-derived address (no @solana/kit): sha256(seeds ‖ bump ‖ program ‖
// "ProgramDerivedAddress") for bump = 255 down, the first hash that is not an ed25519 point.
const P = 2n ** 255n - 19n;
const D = (P - ((121665n * inverse(121666n)) % P)) % P;
function power(base: bigint, exp: bigint): bigint {
  let result = 1n;
  let b = base % P;
  for (let e = exp; e > 0n; e >>= 1n) {
    if (e & 1n) result = (result * b) % P;
    b = (b * b) % P;
  }
  return result;
}
function inverse(x: bigint): bigint {
  return power(x, P - 2n);
}
function onCurve(bytes: Uint8Array): boolean {
  const le = Uint8Array.from(bytes);
  le[31] = (le[31] ?? 0) & 0x7f;
  const y = BigInt(`0x${Buffer.from(le).reverse().toString('hex')}`);
  if (y >= P) return false;
  const y2 = (y * y) % P;
  const x2 = ((y2 - 1n + P) * inverse((D * y2 + 1n) % P)) % P;
  return x2 === 0n || power(x2, (P - 1n) / 2n) === 1n; // a square mod p: some x has this y
}
function pdaByHand(seeds: Uint8Array[], program: string): string {
  for (let bump = 255; bump >= 0; bump--) {
    const hash = sha256(Buffer.concat([...seeds, Uint8Array.of(bump), base58.decode(program), Buffer.from('ProgramDerivedAddress')]));
    if (!onCurve(hash)) return base58.encode(hash);
  }
  throw new Error('no bump');
}
function ataByHand(owner: string, mint: string): string {
  return pdaByHand([base58.decode(owner), base58.decode(TOKEN_PROGRAM), base58.decode(mint)], ATA_PROGRAM);
}

describe('Solana payment transaction', () => {
  it('derives the associated token account as the ATA program does (cross-checked by hand, and frozen)', async () => {
    const ata = await associatedTokenAccount(DEPOSIT, USDC);
    expect(ata).toBe(ataByHand(DEPOSIT, USDC));
    expect(ata).toBe('ByETFXskrneGpgXCJyxiDD21Drs2zEfNbPpftTmdpatK');
  });

  it('builds createAssociatedTokenIdempotent + transferChecked of the exact amount, paid and signed by the payer', async () => {
    const bytes = await buildPaymentTransaction(payment, PAYER, { blockhash: BLOCKHASH, lastValidBlockHeight: 1000n });
    const { transaction, message } = decodeLegacyTransaction(bytes);
    const payerAta = ataByHand(PAYER, USDC);
    const depositAta = ataByHand(DEPOSIT, USDC);

    // One empty signature slot, for the fee payer, who signs in the wallet.
    expect(Object.keys(transaction.signatures)).toEqual([PAYER]);
    expect(transaction.signatures[PAYER as keyof typeof transaction.signatures]).toBeNull();
    expect(message.version).toBe('legacy');
    expect(message.lifetimeToken).toBe(BLOCKHASH);
    // Account order: writable signers, read-only signers, writable non-signers, read-only non-signers.
    expect(message.header).toEqual({ numSignerAccounts: 1, numReadonlySignerAccounts: 0, numReadonlyNonSignerAccounts: 5 });
    const keys = message.staticAccounts.map(String);
    expect(keys[0]).toBe(PAYER);
    expect(new Set(keys.slice(1, 3))).toEqual(new Set([payerAta, depositAta]));
    expect(new Set(keys.slice(3))).toEqual(new Set([DEPOSIT, USDC, SYSTEM_PROGRAM, TOKEN_PROGRAM, ATA_PROGRAM]));
    expect(keys).toHaveLength(8);

    const [create, transfer] = message.instructions;
    expect(message.instructions).toHaveLength(2);
    const accountsOf = (ix: typeof create) => (ix?.accountIndices ?? []).map((i) => keys[i]);

    expect(keys[create?.programAddressIndex ?? -1]).toBe(ATA_PROGRAM);
    // payer, ata, owner, mint, system program, token program; data = [1] (CreateIdempotent).
    expect(accountsOf(create)).toEqual([PAYER, depositAta, DEPOSIT, USDC, SYSTEM_PROGRAM, TOKEN_PROGRAM]);
    expect(Array.from(create?.data ?? [])).toEqual([1]);

    expect(keys[transfer?.programAddressIndex ?? -1]).toBe(TOKEN_PROGRAM);
    // source, mint, destination, authority; data = 12 (TransferChecked), amount u64 LE, decimals.
    expect(accountsOf(transfer)).toEqual([payerAta, USDC, depositAta, PAYER]);
    const amount = Buffer.alloc(8);
    amount.writeBigUInt64LE(50_750_000n);
    expect(Array.from(transfer?.data ?? [])).toEqual([12, ...amount, 6]);
  });

  it('refuses what it cannot pay: another family, a bad address, amount or blockhash', async () => {
    const lifetime = { blockhash: BLOCKHASH, lastValidBlockHeight: 1n };
    const reasonOf = (promise: Promise<unknown>) =>
      promise.then(
        () => 'built',
        (error: unknown) => (error instanceof WalletPayError ? error.reason : 'other'),
      );
    expect(await reasonOf(buildPaymentTransaction({ ...payment, family: 'evm' }, PAYER, lifetime))).toBe('unsupported');
    expect(await reasonOf(buildPaymentTransaction({ ...payment, recipient: '0xabc' }, PAYER, lifetime))).toBe('unsupported');
    expect(await reasonOf(buildPaymentTransaction({ ...payment, atomicAmount: '0' }, PAYER, lifetime))).toBe('unsupported');
    expect(await reasonOf(buildPaymentTransaction({ ...payment, atomicAmount: '1.5' }, PAYER, lifetime))).toBe('unsupported');
    expect(await reasonOf(buildPaymentTransaction({ ...payment, atomicAmount: '18446744073709551616' }, PAYER, lifetime))).toBe(
      'unsupported',
    );
    expect(await reasonOf(buildPaymentTransaction(payment, PAYER, { blockhash: 'nope', lastValidBlockHeight: 1n }))).toBe('rpc');
    expect(await reasonOf(buildPaymentTransaction(payment, PAYER, lifetime))).toBe('built');
  });
});
