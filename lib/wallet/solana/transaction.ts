// The Solana payment of one order: an SPL Token transferChecked of the exact amount of the order's mint from the
// payer's associated token account to the deposit address's, which is created first (idempotently: a no-op when it
// exists). Built with @solana/kit and @solana-program/token (the instruction layouts are theirs, generated from the
// programs' IDLs), compiled to the wire bytes a Wallet Standard wallet's solana:signAndSendTransaction takes.
// Classic SPL Token program only: USDC and USDT on Solana are classic mints. A Token-2022 mint would need its own
// program id (and its ATA differs), so a payment naming another program is not built here.
import {
  address,
  appendTransactionMessageInstructions,
  compileTransaction,
  createNoopSigner,
  createTransactionMessage,
  getTransactionEncoder,
  isAddress,
  isBlockhash,
  pipe,
  setTransactionMessageFeePayer,
  setTransactionMessageLifetimeUsingBlockhash,
  type Address,
} from '@solana/kit';
import {
  findAssociatedTokenPda,
  getCreateAssociatedTokenIdempotentInstruction,
  getTransferCheckedInstruction,
  TOKEN_PROGRAM_ADDRESS,
} from '@solana-program/token';
import { WalletPayError, type WalletPayment } from '../types';

export interface LatestBlockhash {
  blockhash: string;
  lastValidBlockHeight: bigint;
}

/** The largest amount an SPL token account holds (u64). */
const U64_MAX = 2n ** 64n - 1n;

function addressOf(text: string): Address {
  if (!isAddress(text)) throw new WalletPayError('unsupported', 'not a Solana address');
  return address(text);
}

/** The amount due in atomic units: a positive u64 written in decimal digits. */
export function atomicAmountOf(payment: Pick<WalletPayment, 'atomicAmount'>): bigint {
  if (!/^\d{1,20}$/.test(payment.atomicAmount)) throw new WalletPayError('unsupported', 'not an atomic amount');
  const amount = BigInt(payment.atomicAmount);
  if (amount <= 0n || amount > U64_MAX) throw new WalletPayError('unsupported', 'amount out of range');
  return amount;
}

/** The associated token account of `owner` for a classic SPL `mint`. */
export async function associatedTokenAccount(owner: string, mint: string): Promise<Address> {
  const [ata] = await findAssociatedTokenPda({ owner: addressOf(owner), mint: addressOf(mint), tokenProgram: TOKEN_PROGRAM_ADDRESS });
  return ata;
}

/**
 * The payment's transaction as wire bytes (legacy message, which every wallet reads; one empty signature slot for
 * the payer, who signs in the wallet): fee payer = payer; createAssociatedTokenIdempotent(payer, recipient ATA,
 * recipient, mint); transferChecked(payer ATA → recipient ATA, mint, authority = payer, amount, decimals).
 */
export async function buildPaymentTransaction(payment: WalletPayment, payer: string, lifetime: LatestBlockhash): Promise<Uint8Array> {
  if (payment.family !== 'solana') throw new WalletPayError('unsupported', 'not a Solana payment');
  if (!Number.isInteger(payment.decimals) || payment.decimals < 0 || payment.decimals > 255) {
    throw new WalletPayError('unsupported', 'bad decimals');
  }
  if (!isBlockhash(lifetime.blockhash)) throw new WalletPayError('rpc', 'not a blockhash');
  const recentBlockhash = lifetime.blockhash;
  const amount = atomicAmountOf(payment);
  const mint = addressOf(payment.token);
  const owner = addressOf(payment.recipient);
  const signer = createNoopSigner(addressOf(payer));
  const [source, destination] = await Promise.all([
    associatedTokenAccount(payer, payment.token),
    associatedTokenAccount(payment.recipient, payment.token),
  ]);
  const instructions = [
    getCreateAssociatedTokenIdempotentInstruction({ payer: signer, ata: destination, owner, mint, tokenProgram: TOKEN_PROGRAM_ADDRESS }),
    getTransferCheckedInstruction({ source, mint, destination, authority: signer, amount, decimals: payment.decimals }),
  ];
  const message = pipe(
    createTransactionMessage({ version: 'legacy' }),
    (m) => setTransactionMessageFeePayer(signer.address, m),
    (m) =>
      setTransactionMessageLifetimeUsingBlockhash({ blockhash: recentBlockhash, lastValidBlockHeight: lifetime.lastValidBlockHeight }, m),
    (m) => appendTransactionMessageInstructions(instructions, m),
  );
  return new Uint8Array(getTransactionEncoder().encode(compileTransaction(message)));
}
