// Paying an order from a wallet in the buyer's browser (EVM wallets, Solana wallets, TronLink): what every wallet
// family offers the payment screen. Each family (lib/wallet/{evm,solana,tron}) discovers its wallets and pays one
// order's exact amount of its exact token to its deposit address. Client-safe, no dependencies.

export type WalletFamily = 'evm' | 'solana' | 'tron';

/** What one order asks for, from the server-rendered order and the payment vias, never from the URL. */
export interface WalletPayment {
  family: WalletFamily;
  /** The order's coin and network, as the upstream names them ("USDC", "Base"). */
  coin: string;
  network: string;
  /** The order's deposit address. */
  recipient: string;
  /** The amount due now, in the token's atomic units, as a decimal string ("50750000" for 50.75 USDC). */
  atomicAmount: string;
  /** The token's decimals. */
  decimals: number;
  /** The token: an ERC-20 or TRC-20 contract address, or an SPL mint. */
  token: string;
  /** EVM only: the chain the order is paid on. */
  chainId?: number;
}

/** Why a payment from a wallet did not happen. The QR path stays available in every case. */
export type WalletPayFailure = 'rejected' | 'wrong_chain' | 'insufficient_balance' | 'rpc' | 'unsupported' | 'failed';

export class WalletPayError extends Error {
  constructor(
    readonly reason: WalletPayFailure,
    message?: string,
  ) {
    super(message ?? reason);
    this.name = 'WalletPayError';
  }
}

export interface DiscoveredWallet {
  /** Stable within a page: the EIP-6963 uuid/rdns, the Wallet Standard name, "tronlink". */
  id: string;
  name: string;
  /** A data: URI or https URL the wallet gives for its icon. */
  icon?: string;
  family: WalletFamily;
  /** Asks the wallet to send the payment; resolves with the transaction id (hash or signature). */
  pay(payment: WalletPayment): Promise<{ txId: string }>;
}

/** Starts discovering a family's wallets; `onChange` gets the full list each time it changes. Returns a stop function. */
export type DiscoverWallets = (onChange: (wallets: DiscoveredWallet[]) => void) => () => void;
