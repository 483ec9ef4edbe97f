import { decodeFunctionData, erc20Abi, getAddress } from 'viem';
import { describe, expect, it } from 'vitest';
import { payFromProvider, type Eip1193Provider } from '@/lib/wallet/evm/pay';
import { WalletPayError, type WalletPayment } from '@/lib/wallet/types';

const FROM = '0x1111111111111111111111111111111111111111';
const USDC_BASE = '0x833589fCD6eDb6E08f4c7C32D4f71b54bdA02913';
const DEPOSIT = '0x8ba1f109551bD432803012645Ac136ddd64DBA72';
const HASH = '0x' + 'ab'.repeat(32);

const payment: WalletPayment = {
  family: 'evm',
  coin: 'USDC',
  network: 'Base',
  recipient: DEPOSIT,
  atomicAmount: '25130000',
  decimals: 6,
  token: USDC_BASE,
  chainId: 8453,
};

const rpcError = (code: number) => Object.assign(new Error(`code ${code}`), { code });
const word = (n: bigint) => '0x' + n.toString(16).padStart(64, '0');

interface FakeOptions {
  knownChains?: string[];
  chainId?: string;
  balance?: bigint;
  reject?: string;
  /** The chain the wallet reports after a switch (a wallet that ignores the switch). */
  stuckOn?: string;
}

function fakeProvider({ knownChains = ['0x1'], chainId = '0x1', balance = 100_000_000n, reject, stuckOn }: FakeOptions = {}) {
  const calls: { method: string; params?: unknown }[] = [];
  let current = chainId;
  const provider: Eip1193Provider = {
    request: async ({ method, params }) => {
      calls.push({ method, params });
      if (method === reject) throw rpcError(4001);
      switch (method) {
        case 'eth_requestAccounts':
          return [FROM];
        case 'wallet_switchEthereumChain': {
          const wanted = (params as [{ chainId: string }])[0].chainId;
          if (!knownChains.includes(wanted)) throw rpcError(4902);
          current = stuckOn ?? wanted;
          return null;
        }
        case 'wallet_addEthereumChain':
          knownChains.push((params as [{ chainId: string }])[0].chainId);
          return null;
        case 'eth_chainId':
          return current;
        case 'eth_call':
          return word(balance);
        case 'eth_sendTransaction':
          return HASH;
        default:
          throw rpcError(4200);
      }
    },
  };
  return { provider, calls, methods: () => calls.map((c) => c.method) };
}

async function reasonOf(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(WalletPayError);
  return (error as WalletPayError).reason;
}

describe('payFromProvider', () => {
  it('asks for the account, switches chain, reads the balance and sends one transfer of the exact amount', async () => {
    const fake = fakeProvider({ knownChains: ['0x1', '0x2105'] });
    await expect(payFromProvider(fake.provider, payment)).resolves.toEqual({ txId: HASH });
    expect(fake.methods()).toEqual(['eth_requestAccounts', 'wallet_switchEthereumChain', 'eth_chainId', 'eth_call', 'eth_sendTransaction']);
    expect(fake.calls[1]?.params).toEqual([{ chainId: '0x2105' }]);
    const [call] = fake.calls[3]?.params as [{ to: string; data: `0x${string}` }];
    expect(call.to).toBe(USDC_BASE);
    expect(decodeFunctionData({ abi: erc20Abi, data: call.data }).args).toEqual([getAddress(FROM)]);
    const [tx] = fake.calls[4]?.params as [{ from: string; to: string; data: `0x${string}`; value: string }];
    expect(tx.from).toBe(FROM);
    expect(tx.to).toBe(USDC_BASE);
    expect(tx.value).toBe('0x0');
    const transfer = decodeFunctionData({ abi: erc20Abi, data: tx.data });
    expect(transfer.functionName).toBe('transfer');
    expect(transfer.args).toEqual([getAddress(DEPOSIT), 25_130_000n]);
  });

  it('adds the chain when the wallet does not know it (4902), then switches again', async () => {
    const fake = fakeProvider();
    await payFromProvider(fake.provider, payment);
    expect(fake.methods().slice(0, 4)).toEqual([
      'eth_requestAccounts',
      'wallet_switchEthereumChain',
      'wallet_addEthereumChain',
      'wallet_switchEthereumChain',
    ]);
    expect(fake.calls[2]?.params).toEqual([
      {
        chainId: '0x2105',
        chainName: 'Base',
        nativeCurrency: { name: 'Ether', symbol: 'ETH', decimals: 18 },
        rpcUrls: ['https://mainnet.base.org'],
        blockExplorerUrls: ['https://basescan.org'],
      },
    ]);
  });

  it('refuses to send when the wallet is still on another chain after the switch', async () => {
    const fake = fakeProvider({ knownChains: ['0x2105'], stuckOn: '0x1' });
    expect(await reasonOf(payFromProvider(fake.provider, payment))).toBe('wrong_chain');
    expect(fake.methods()).not.toContain('eth_sendTransaction');
  });

  it('says rejected when the buyer refuses (4001) at any step', async () => {
    for (const step of ['eth_requestAccounts', 'wallet_switchEthereumChain', 'wallet_addEthereumChain', 'eth_sendTransaction']) {
      const fake = fakeProvider({ reject: step });
      expect(await reasonOf(payFromProvider(fake.provider, payment))).toBe('rejected');
    }
  });

  it('says the balance is too low and sends nothing', async () => {
    const fake = fakeProvider({ knownChains: ['0x2105'], balance: 25_129_999n });
    expect(await reasonOf(payFromProvider(fake.provider, payment))).toBe('insufficient_balance');
    expect(fake.methods()).not.toContain('eth_sendTransaction');
    // Exactly enough is enough.
    await expect(payFromProvider(fakeProvider({ knownChains: ['0x2105'], balance: 25_130_000n }).provider, payment)).resolves.toEqual({
      txId: HASH,
    });
  });

  it('says rpc when the balance cannot be read', async () => {
    const provider: Eip1193Provider = {
      request: async ({ method }) => {
        if (method === 'eth_requestAccounts') return [FROM];
        if (method === 'eth_chainId') return '0x2105';
        if (method === 'eth_call') throw Object.assign(new Error('upstream down'), { code: -32603 });
        return null;
      },
    };
    expect(await reasonOf(payFromProvider(provider, payment))).toBe('rpc');
  });

  it('refuses a payment that is not an EVM token transfer before asking the wallet anything', async () => {
    const fake = fakeProvider();
    expect(await reasonOf(payFromProvider(fake.provider, { ...payment, chainId: undefined }))).toBe('unsupported');
    expect(await reasonOf(payFromProvider(fake.provider, { ...payment, recipient: 'TXYZ' }))).toBe('unsupported');
    expect(fake.calls).toEqual([]);
  });
});
