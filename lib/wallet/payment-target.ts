// What an order asks a wallet for: its token on its chain, the amount due now and its deposit address, read from
// the server-rendered order and the token contract in /v3/payment_vias (never from the URL). Null when the order
// cannot be paid from a wallet: a network no wallet family covers, a network's own coin, a via without a contract
// address or decimals, or no deposit address.
import type { Order } from '@/lib/cryptorefills/types';
import { amountDue, toAtomic } from '@/lib/order-display/amounts';
import { networkFamily, type PaymentToken } from '@/lib/order-display/payment-uri';
import type { WalletFamily, WalletPayment } from './types';

// The chains wallets are offered on, when the payment via names no chainId.
const EVM_CHAIN_BY_NAME: [RegExp, number][] = [
  [/^(eth|ethereum)\b/i, 1],
  [/^base\b/i, 8453],
  [/^polygon\b|^matic\b/i, 137],
  [/^arbitrum\b|^arb\b/i, 42161],
];

export function evmChainIdOf(network: string | undefined, token: PaymentToken | undefined): number | undefined {
  if (token?.chainId !== undefined) return token.chainId;
  return network ? EVM_CHAIN_BY_NAME.find(([pattern]) => pattern.test(network.trim()))?.[1] : undefined;
}

type PayableOrder = Pick<Order, 'coin' | 'network' | 'paymentMethod' | 'protocol' | 'coinAmount' | 'sentCoinAmount' | 'walletAddress'>;

/** `solanaRpc`: whether SOLANA_RPC_URL is set; a Solana wallet needs it for a recent blockhash, so none is offered without. */
export function walletPaymentFor(
  order: PayableOrder,
  token: PaymentToken | undefined,
  { solanaRpc }: { solanaRpc: boolean },
): WalletPayment | null {
  const family = networkFamily(order);
  if (family !== 'evm' && family !== 'solana' && family !== 'tron') return null;
  if (family === 'solana' && !solanaRpc) return null;
  if (!order.walletAddress || !order.network || !token?.address || token.decimals === undefined) return null;
  // Paying the network's own coin (ETH, SOL, TRX) is not a token transfer: the QR covers it.
  if (token.baseToken && token.baseToken.toUpperCase() === order.coin.toUpperCase()) return null;
  const chainId = family === 'evm' ? evmChainIdOf(order.network, token) : undefined;
  if (family === 'evm' && chainId === undefined) return null;
  const atomicAmount = toAtomic(amountDue(order), token.decimals);
  if (!atomicAmount || /^0+$/.test(atomicAmount)) return null;
  return {
    family: family satisfies WalletFamily,
    coin: order.coin,
    network: order.network,
    recipient: order.walletAddress,
    atomicAmount,
    decimals: token.decimals,
    token: token.address,
    ...(chainId !== undefined ? { chainId } : {}),
  };
}
