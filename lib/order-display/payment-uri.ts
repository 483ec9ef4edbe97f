// The URI behind the payment QR and the "Open in wallet" link. The upstream's `qrText` is used when it
// asks for the amount shown; otherwise (no qrText, or a remainder after a partial payment) one is built
// for the network: Solana Pay, EIP-681 for EVM tokens, BIP21 for bitcoin, the bare address for Tron.
// Client-safe.
import { amountDue, compareDecimals, toAtomic } from './amounts';

export type NetworkFamily = 'solana' | 'evm' | 'tron' | 'bitcoin' | 'lightning' | 'unknown';

/** The network's token contract, from /v3/payment_vias when the server could read it. */
export interface PaymentToken {
  address?: string;
  decimals?: number;
  chainId?: number;
  /** The network's own coin (SOL, ETH, TRX…): paying it needs no token contract. */
  baseToken?: string;
}

export interface PaymentTarget {
  address: string;
  coin: string;
  network?: string;
  paymentMethod?: string;
  protocol?: string;
  /** The order's total and the amount this QR asks for (the remainder after a partial payment). */
  totalAmount: string;
  amount: string;
  qrText?: string;
  token?: PaymentToken;
}

const BY_PROTOCOL: Record<string, NetworkFamily> = {
  SOLANA_LIKE: 'solana',
  ETHEREUM_LIKE: 'evm',
  TRON_LIKE: 'tron',
  BITCOIN_LIKE: 'bitcoin',
  LIGHTNING_LIKE: 'lightning',
};

const BY_NAME: [RegExp, NetworkFamily][] = [
  [/lightning/i, 'lightning'],
  [/solana|\bsol$/i, 'solana'],
  [/tron|\btrx$/i, 'tron'],
  [/eth|base|polygon|matic|arbitrum|\barb$|optimism|bsc|bnb|avalanche/i, 'evm'],
  [/bitcoin|^btc$/i, 'bitcoin'],
];

export function networkFamily(target: Pick<PaymentTarget, 'coin' | 'network' | 'paymentMethod' | 'protocol'>): NetworkFamily {
  const byProtocol = target.protocol ? BY_PROTOCOL[target.protocol.toUpperCase()] : undefined;
  if (byProtocol) return byProtocol;
  for (const name of [target.network, target.paymentMethod?.split('-').slice(1).join('-')]) {
    const hit = name ? BY_NAME.find(([pattern]) => pattern.test(name)) : undefined;
    if (hit) return hit[1];
  }
  if (target.coin.toUpperCase() === 'BTC' && (!target.network || /main/i.test(target.network))) return 'bitcoin';
  return 'unknown';
}

function queryOf(uri: string): URLSearchParams {
  return new URLSearchParams(uri.split('?')[1] ?? '');
}

/** `ethereum:<contract>@<chainId>/transfer?…&uint256=<atomic>` → its parts, with the decimals the total implies. */
function parseEip681(qrText: string, totalAmount: string): PaymentToken | undefined {
  const match = /^ethereum:(0x[0-9a-fA-F]{40})@(\d+)\/transfer\?/.exec(qrText);
  const atomic = queryOf(qrText).get('uint256');
  if (!match?.[1] || !match[2] || !atomic) return undefined;
  for (let decimals = 0; decimals <= 36; decimals++) {
    if (toAtomic(totalAmount, decimals) === atomic) return { address: match[1], chainId: Number(match[2]), decimals };
  }
  return undefined;
}

function isBaseCoin(target: PaymentTarget): boolean {
  return target.token?.baseToken !== undefined && target.token.baseToken.toUpperCase() === target.coin.toUpperCase();
}

function solanaUri(target: PaymentTarget): string {
  const mint = target.token?.address ?? (target.qrText?.startsWith('solana:') ? queryOf(target.qrText).get('spl-token') : null);
  const base = `solana:${target.address}?amount=${target.amount}`;
  if (mint) return `${base}&spl-token=${mint}`;
  // Without the mint a Solana Pay link would ask for SOL: only right when SOL is the coin.
  return isBaseCoin(target) || target.coin.toUpperCase() === 'SOL' ? base : target.address;
}

function evmUri(target: PaymentTarget): string {
  const fromQr = target.qrText ? parseEip681(target.qrText, target.totalAmount) : undefined;
  const token = target.token?.address && target.token.chainId !== undefined && target.token.decimals !== undefined ? target.token : fromQr;
  if (isBaseCoin(target) && target.token?.chainId !== undefined) {
    const wei = toAtomic(target.amount, 18);
    if (wei) return `ethereum:${target.address}@${target.token.chainId}?value=${wei}`;
  }
  const atomic = token?.decimals !== undefined ? toAtomic(target.amount, token.decimals) : undefined;
  if (!token?.address || token.chainId === undefined || !atomic) return target.address;
  return `ethereum:${token.address}@${token.chainId}/transfer?address=${target.address}&uint256=${atomic}`;
}

export function paymentUri(target: PaymentTarget): string {
  const asksForTotal = compareDecimals(target.amount, target.totalAmount) === 0;
  if (target.qrText && asksForTotal) return target.qrText;
  switch (networkFamily(target)) {
    case 'solana':
      return solanaUri(target);
    case 'evm':
      return evmUri(target);
    case 'bitcoin':
      return `bitcoin:${target.address}?amount=${target.amount}`;
    // A Lightning invoice carries its own amount: there is nothing to rebuild.
    case 'lightning':
      return target.qrText ?? `lightning:${target.address}`;
    case 'tron':
    case 'unknown':
      return target.address;
  }
}

/** The URI an order's payment screen shows right now: for what is still due, to the order's deposit address. */
export function orderPaymentUri(
  order: Pick<PaymentTarget, 'coin' | 'network' | 'paymentMethod' | 'protocol' | 'qrText'> & {
    walletAddress: string;
    coinAmount: string;
    sentCoinAmount?: string;
  },
  token?: PaymentToken,
): string {
  return paymentUri({
    address: order.walletAddress,
    coin: order.coin,
    network: order.network,
    paymentMethod: order.paymentMethod,
    protocol: order.protocol,
    totalAmount: order.coinAmount,
    amount: amountDue(order),
    qrText: order.qrText,
    token,
  });
}
