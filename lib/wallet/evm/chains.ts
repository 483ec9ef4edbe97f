// What an EVM wallet needs to add a chain it does not know (wallet_addEthereumChain, EIP-3085), for the chains
// orders are paid on. Loaded only with the EVM wallet code.

export interface ChainParams {
  chainId: `0x${string}`;
  chainName: string;
  nativeCurrency: { name: string; symbol: string; decimals: number };
  rpcUrls: string[];
  blockExplorerUrls: string[];
}

const eth = { name: 'Ether', symbol: 'ETH', decimals: 18 };

export const EVM_CHAINS: Record<number, Omit<ChainParams, 'chainId'>> = {
  1: {
    chainName: 'Ethereum',
    nativeCurrency: eth,
    rpcUrls: ['https://ethereum-rpc.publicnode.com'],
    blockExplorerUrls: ['https://etherscan.io'],
  },
  8453: { chainName: 'Base', nativeCurrency: eth, rpcUrls: ['https://mainnet.base.org'], blockExplorerUrls: ['https://basescan.org'] },
  137: {
    chainName: 'Polygon',
    nativeCurrency: { name: 'POL', symbol: 'POL', decimals: 18 },
    rpcUrls: ['https://polygon-rpc.com'],
    blockExplorerUrls: ['https://polygonscan.com'],
  },
  42161: {
    chainName: 'Arbitrum One',
    nativeCurrency: eth,
    rpcUrls: ['https://arb1.arbitrum.io/rpc'],
    blockExplorerUrls: ['https://arbiscan.io'],
  },
};

export function toHexChainId(chainId: number): `0x${string}` {
  return `0x${chainId.toString(16)}`;
}

/** The parameters of wallet_addEthereumChain, or undefined for a chain this table does not know. */
export function chainParams(chainId: number): ChainParams | undefined {
  const known = EVM_CHAINS[chainId];
  return known ? { chainId: toHexChainId(chainId), ...known } : undefined;
}
