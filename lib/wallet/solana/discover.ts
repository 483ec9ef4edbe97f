// Solana wallets in the buyer's browser, found with the Wallet Standard (@wallet-standard/app): every wallet that
// says it can sign and send a transaction on Solana mainnet (Phantom, Solflare, Backpack…). Paying asks the wallet
// for an account, reads a recent blockhash and the payer's balance through this site's RPC proxy, and hands the
// wallet the order's transaction (./transaction) to sign and send. Only offered when the server has SOLANA_RPC_URL.
// The transaction builder (@solana/kit) loads when the first wallet shows up, not with the discovery.
import { getWallets } from '@wallet-standard/app';
import type { Wallet, WalletAccount } from '@wallet-standard/base';
import { base58 } from '@scure/base';
import { WalletPayError, type DiscoveredWallet, type DiscoverWallets, type WalletPayment } from '../types';
import { fetchLatestBlockhash, fetchTokenBalance } from './rpc-client';

export const SOLANA_MAINNET = 'solana:mainnet';
export const SIGN_AND_SEND = 'solana:signAndSendTransaction';
const CONNECT = 'standard:connect';

interface ConnectFeature {
  connect(input?: { silent?: boolean }): Promise<{ accounts: readonly WalletAccount[] }>;
}
interface SignAndSendFeature {
  signAndSendTransaction(
    ...inputs: { account: WalletAccount; chain: string; transaction: Uint8Array }[]
  ): Promise<readonly { signature: Uint8Array }[]>;
}

const loadTransaction = () => import('./transaction');

function feature<T>(wallet: Wallet, name: string): T | undefined {
  return (wallet.features as Record<string, T | undefined>)[name];
}

export function canPayOnSolana(wallet: Wallet): boolean {
  return wallet.chains.includes(SOLANA_MAINNET) && feature(wallet, SIGN_AND_SEND) !== undefined && feature(wallet, CONNECT) !== undefined;
}

/** A wallet's refusal: EIP-1193-style code 4001, or an error whose name or message says it was rejected. */
export function isRejection(error: unknown): boolean {
  if (!error || typeof error !== 'object') return false;
  const { code, name, message } = error as { code?: unknown; name?: unknown; message?: unknown };
  if (code === 4001) return true;
  return [name, message].some((text) => typeof text === 'string' && /reject|denied|declined|cancel/i.test(text));
}

/** Runs a step in the wallet: a refusal becomes 'rejected', anything else `otherwise`. */
async function inWallet<T>(step: () => Promise<T>, otherwise: 'failed' | 'unsupported' = 'failed'): Promise<T> {
  try {
    return await step();
  } catch (error) {
    if (error instanceof WalletPayError) throw error;
    throw new WalletPayError(isRejection(error) ? 'rejected' : otherwise);
  }
}

function mainnetAccount(accounts: readonly WalletAccount[]): WalletAccount {
  const account = accounts.find((a) => a.chains.length === 0 || a.chains.includes(SOLANA_MAINNET));
  if (!account) throw new WalletPayError('wrong_chain');
  return account;
}

/** Pays `payment` from `wallet`; resolves with the transaction signature in base58. */
export async function payFromSolanaWallet(
  wallet: Wallet,
  payment: WalletPayment,
  fetcher: typeof fetch = fetch,
): Promise<{ txId: string }> {
  const connect = feature<ConnectFeature>(wallet, CONNECT);
  const signAndSend = feature<SignAndSendFeature>(wallet, SIGN_AND_SEND);
  if (!connect || !signAndSend || payment.family !== 'solana') throw new WalletPayError('unsupported');
  const { atomicAmountOf, associatedTokenAccount, buildPaymentTransaction } = await loadTransaction();
  const amount = atomicAmountOf(payment);
  const { accounts } = await inWallet(() => connect.connect());
  const account = mainnetAccount(accounts.length > 0 ? accounts : wallet.accounts);
  const [lifetime, balance] = await Promise.all([
    fetchLatestBlockhash(fetcher),
    associatedTokenAccount(account.address, payment.token).then((ata) => fetchTokenBalance(ata, fetcher)),
  ]);
  if (balance < amount) throw new WalletPayError('insufficient_balance');
  const transaction = await buildPaymentTransaction(payment, account.address, lifetime);
  const [sent] = await inWallet(() => signAndSend.signAndSendTransaction({ account, chain: SOLANA_MAINNET, transaction }));
  if (!sent || !(sent.signature instanceof Uint8Array) || sent.signature.length !== 64) throw new WalletPayError('failed');
  return { txId: base58.encode(sent.signature) };
}

function toDiscovered(wallet: Wallet): DiscoveredWallet {
  return {
    id: `solana:${wallet.name}`,
    name: wallet.name,
    icon: wallet.icon,
    family: 'solana',
    pay: (payment) => payFromSolanaWallet(wallet, payment),
  };
}

export const discoverSolanaWallets: DiscoverWallets = (onChange) => {
  const registry = getWallets();
  let last: string | undefined;
  const update = () => {
    const wallets = registry.get().filter(canPayOnSolana);
    const key = wallets.map((w) => w.name).join('\n');
    if (key === last) return;
    last = key;
    // Warm the transaction builder so a click does not wait for it.
    if (wallets.length > 0) void loadTransaction().catch(() => undefined);
    onChange(wallets.map(toDiscovered));
  };
  const offs = [registry.on('register', update), registry.on('unregister', update)];
  update();
  return () => offs.forEach((off) => off());
};
