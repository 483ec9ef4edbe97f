// Pays one order from an EIP-1193 provider: the account, the order's chain, the buyer's token balance, then one
// ERC-20 transfer of the exact amount to the deposit address. Nothing else is ever asked of the wallet: no
// approval, no permit, no signature.
import { WalletPayError, type WalletPayment } from '../types';
import { decodeUint256, encodeBalanceOf, encodeTransfer, isEvmAddress, parseAtomic } from './calldata';
import { chainParams, toHexChainId } from './chains';

export interface Eip1193Provider {
  request(args: { method: string; params?: unknown[] | object }): Promise<unknown>;
}

const USER_REJECTED = 4001;
const UNAUTHORIZED = 4100;
const UNSUPPORTED_METHOD = 4200;
const UNRECOGNIZED_CHAIN = 4902;
const METHOD_NOT_FOUND = -32601;

function codeOf(error: unknown): number | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const { code, data } = error as { code?: unknown; data?: { originalError?: { code?: unknown } } };
  // Some wallets wrap the EIP-1193 error of a nested call (MetaMask mobile's 4902 arrives in data.originalError).
  const nested = data?.originalError?.code;
  if (typeof code === 'number' && code !== -32603) return code;
  return typeof nested === 'number' ? nested : typeof code === 'number' ? code : undefined;
}

/** The wallet's refusal or trouble, as one of the reasons the payment screen can say in a sentence. */
function failure(error: unknown, otherwise: WalletPayError['reason']): WalletPayError {
  if (error instanceof WalletPayError) return error;
  const code = codeOf(error);
  if (code === USER_REJECTED || code === UNAUTHORIZED) return new WalletPayError('rejected');
  if (code === UNSUPPORTED_METHOD || code === METHOD_NOT_FOUND) return new WalletPayError('unsupported');
  return new WalletPayError(otherwise, error instanceof Error ? error.message : undefined);
}

async function switchChain(provider: Eip1193Provider, chainId: number): Promise<void> {
  const hexId = toHexChainId(chainId);
  try {
    await provider.request({ method: 'wallet_switchEthereumChain', params: [{ chainId: hexId }] });
  } catch (error) {
    if (codeOf(error) !== UNRECOGNIZED_CHAIN) throw failure(error, 'wrong_chain');
    const params = chainParams(chainId);
    if (!params) throw new WalletPayError('wrong_chain', `the wallet does not know chain ${chainId}`);
    try {
      await provider.request({ method: 'wallet_addEthereumChain', params: [params] });
      await provider.request({ method: 'wallet_switchEthereumChain', params: [{ chainId: hexId }] });
    } catch (added) {
      throw failure(added, 'wrong_chain');
    }
  }
}

export async function payFromProvider(provider: Eip1193Provider, payment: WalletPayment): Promise<{ txId: string }> {
  const { chainId, token, recipient } = payment;
  if (payment.family !== 'evm' || chainId === undefined || !isEvmAddress(token) || !isEvmAddress(recipient)) {
    throw new WalletPayError('unsupported');
  }
  const amount = parseAtomic(payment.atomicAmount);
  const transfer = encodeTransfer(recipient, amount);

  let from: string;
  try {
    const accounts = await provider.request({ method: 'eth_requestAccounts' });
    const first = Array.isArray(accounts) ? accounts[0] : undefined;
    if (typeof first !== 'string' || !isEvmAddress(first)) throw new WalletPayError('failed', 'the wallet gave no account');
    from = first;
  } catch (error) {
    throw failure(error, 'failed');
  }

  await switchChain(provider, chainId);
  let current: unknown;
  try {
    current = await provider.request({ method: 'eth_chainId' });
  } catch (error) {
    throw failure(error, 'rpc');
  }
  if (typeof current !== 'string' || Number.parseInt(current, 16) !== chainId) throw new WalletPayError('wrong_chain');

  let balance: bigint | undefined;
  try {
    balance = decodeUint256(await provider.request({ method: 'eth_call', params: [{ to: token, data: encodeBalanceOf(from) }, 'latest'] }));
  } catch (error) {
    throw failure(error, 'rpc');
  }
  if (balance === undefined) throw new WalletPayError('rpc', 'balanceOf answered no number');
  if (balance < amount) throw new WalletPayError('insufficient_balance');

  try {
    const hash = await provider.request({ method: 'eth_sendTransaction', params: [{ from, to: token, data: transfer, value: '0x0' }] });
    if (typeof hash !== 'string' || !/^0x[0-9a-fA-F]{64}$/.test(hash))
      throw new WalletPayError('failed', 'the wallet gave no transaction hash');
    return { txId: hash };
  } catch (error) {
    throw failure(error, 'failed');
  }
}
