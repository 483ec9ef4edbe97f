// The coins and networks the sandbox accepts (USER_WALLET), their wire form for /v3/payment_vias, suspensions.
import { COIN_RATES, isCoinSymbol, type CoinSymbol } from './pricing';

export type NetworkKind = 'svm' | 'evm' | 'tvm' | 'btc' | 'lightning';

export interface SmartContract {
  engine: string;
  address: string;
  decimals: number;
  symbol: string;
}

export interface NetworkDef {
  coin: CoinSymbol;
  /** Exact string sent back as `payment.network`. */
  name: string;
  kind: NetworkKind;
  /** Minimum coin amount for an order, decimal string. */
  threshold: string;
  baseToken: string;
  contract?: SmartContract;
  chainId?: number;
  /** `payment_method` value, e.g. "USDC-SOL", "BTC-LIGHTNING". */
  paymentMethod: string;
  /** `payment_method_protocol` value. */
  protocol: string;
}

const svm = (symbol: string, address: string): SmartContract => ({ engine: 'SVM', address, decimals: 6, symbol });
const evm = (symbol: string, address: string): SmartContract => ({ engine: 'EVM', address, decimals: 6, symbol });
const tvm = (symbol: string, address: string): SmartContract => ({ engine: 'TVM', address, decimals: 6, symbol });

function stablecoin(coin: 'USDC' | 'USDT', addresses: Record<string, string>): NetworkDef[] {
  const at = (network: string) => addresses[network] ?? '';
  return [
    {
      coin,
      name: 'Solana',
      kind: 'svm',
      threshold: '0.56',
      baseToken: 'SOL',
      contract: svm(coin, at('Solana')),
      paymentMethod: `${coin}-SOL`,
      protocol: 'SOLANA_LIKE',
    },
    {
      coin,
      name: 'ETH Mainnet',
      kind: 'evm',
      threshold: '10',
      baseToken: 'ETH',
      contract: evm(coin, at('ETH Mainnet')),
      chainId: 1,
      paymentMethod: `${coin}-ETH`,
      protocol: 'ETHEREUM_LIKE',
    },
    {
      coin,
      name: 'Base',
      kind: 'evm',
      threshold: '1',
      baseToken: 'ETH',
      contract: evm(coin, at('Base')),
      chainId: 8453,
      paymentMethod: `${coin}-BASE`,
      protocol: 'ETHEREUM_LIKE',
    },
    {
      coin,
      name: 'Polygon (Matic)',
      kind: 'evm',
      threshold: '1',
      baseToken: 'MATIC',
      contract: evm(coin, at('Polygon (Matic)')),
      chainId: 137,
      paymentMethod: `${coin}-MATIC`,
      protocol: 'ETHEREUM_LIKE',
    },
    {
      coin,
      name: 'Arbitrum',
      kind: 'evm',
      threshold: '1',
      baseToken: 'ETH',
      contract: evm(coin, at('Arbitrum')),
      chainId: 42161,
      paymentMethod: `${coin}-ARB`,
      protocol: 'ETHEREUM_LIKE',
    },
    {
      coin,
      name: 'Tron',
      kind: 'tvm',
      threshold: '5',
      baseToken: 'TRX',
      contract: tvm(coin, at('Tron')),
      paymentMethod: `${coin}-TRX`,
      protocol: 'TRON_LIKE',
    },
  ];
}

export const NETWORKS: readonly NetworkDef[] = [
  ...stablecoin('USDC', {
    Solana: 'EPjFWdd5AufqSSqeM2qN1xzybapC8G4wEGGkZwyTDt1v',
    'ETH Mainnet': '0xA0b86991c6218b36c1d19D4a2e9Eb0cE3606eB48',
    Base: '0x833589fCD6eDb6E08f4c7C32D4f71b54bdA02913',
    'Polygon (Matic)': '0x3c499c542cEF5E3811e1192ce70d8cC03d5c3359',
    Arbitrum: '0xaf88d065e77c8cC2239327C5EDb3A432268e5831',
    Tron: 'TEkxiTehnzSmSe2XqrBj4w32RUN966rdz8',
  }),
  ...stablecoin('USDT', {
    Solana: 'Es9vMFrzaCERmJfrF4H2FYD4KCoNkY11McCe8BenwNYB',
    'ETH Mainnet': '0xdAC17F958D2ee523a2206206994597C13D831ec7',
    Base: '0xfde4C96c8593536E31F229EA8f37b2ADa2699bb2',
    'Polygon (Matic)': '0xc2132D05D31c914a87C6611C10748AEb04B58e8F',
    Arbitrum: '0xFd086bC7CD5C481DCC9C85ebE478A1C0b69FCbb9',
    Tron: 'TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t',
  }),
  { coin: 'BTC', name: 'Mainnet', kind: 'btc', threshold: '0.0001', baseToken: 'BTC', paymentMethod: 'BTC', protocol: 'BITCOIN_LIKE' },
  {
    coin: 'BTC',
    name: 'Lightning',
    kind: 'lightning',
    threshold: '0.000001',
    baseToken: 'BTC',
    paymentMethod: 'BTC-LIGHTNING',
    protocol: 'LIGHTNING_LIKE',
  },
];

/** The network used when a request names only the coin (upstream answers "USDC-MATIC" then). */
export const DEFAULT_NETWORK: Record<CoinSymbol, string> = { USDC: 'Polygon (Matic)', USDT: 'Polygon (Matic)', BTC: 'Mainnet' };

export const PAYMENT_VIA = 'USER_WALLET';
const OTHER_VIAS = ['GATE_PAY', 'GATE_PAY_WEB', 'KUCOIN_PAY', 'BUYDL'];

export function findNetwork(coin: string, network: string | undefined): NetworkDef | undefined {
  const coinName = coin.trim().toUpperCase();
  if (!isCoinSymbol(coinName)) return undefined;
  const wanted = (network?.trim() || DEFAULT_NETWORK[coinName]).toLowerCase();
  return NETWORKS.find((n) => n.coin === coinName && n.name.toLowerCase() === wanted);
}

export function findPaymentMethod(coin: CoinSymbol, paymentMethod: string | undefined): NetworkDef | undefined {
  const wanted = paymentMethod?.trim().toUpperCase();
  return NETWORKS.find((n) => n.coin === coin && n.paymentMethod === wanted) ?? findNetwork(coin, undefined);
}

export function supportedCombinations(): { coin: string; network: string }[] {
  return NETWORKS.map((n) => ({ coin: n.coin, network: n.name }));
}

export interface Suspensions {
  coins: string[];
  /** `coin` absent = the network is suspended for every coin. */
  networks: { coin?: string; network: string }[];
}

export const noSuspensions = (): Suspensions => ({ coins: [], networks: [] });

export function isCoinSuspended(s: Suspensions, coin: string): boolean {
  return s.coins.some((c) => c.toUpperCase() === coin.toUpperCase());
}

export function isNetworkSuspended(s: Suspensions, coin: string, network: string): boolean {
  return s.networks.some(
    (n) => n.network.toLowerCase() === network.toLowerCase() && (n.coin === undefined || n.coin.toUpperCase() === coin.toUpperCase()),
  );
}

/** Body of GET /v3/payment_vias. */
export function paymentViasWire(s: Suspensions) {
  const coins = Object.keys(COIN_RATES) as CoinSymbol[];
  const userWallet = {
    name: PAYMENT_VIA,
    available: true,
    currencies: coins.map((coin) => {
      const networks = NETWORKS.filter((n) => n.coin === coin);
      return {
        name: coin,
        is_suspended: isCoinSuspended(s, coin),
        threshold: networks.map((n) => n.threshold).reduce((a, b) => (Number(b) < Number(a) ? b : a)),
        networks: networks.map((n) => ({
          name: n.name,
          threshold: n.threshold,
          base_token: n.baseToken,
          ...(n.contract ? { smart_contract_engine: n.contract.engine, smart_contract: n.contract } : {}),
          ...(n.chainId !== undefined ? { chain_id: n.chainId } : {}),
          is_suspended: isNetworkSuspended(s, coin, n.name),
        })),
      };
    }),
  };
  return [userWallet, ...OTHER_VIAS.map((name) => ({ name, available: false, currencies: [] }))];
}
