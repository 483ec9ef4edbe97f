// Paying one order from TronLink: connect, check the account is on TRON mainnet and holds enough of the token,
// then one TRC-20 transfer(address,uint256) to the order's deposit address, signed in TronLink and broadcast.
// Nothing else is asked of the wallet: no approval, no other contract, no message signature.
import { WalletPayError, type WalletPayment } from '../types';
import type { TronLinkLike, TronWebLike, TronWindow } from './tronweb';

/** TRON mainnet's genesis block id: the network check (Nile and Shasta have their own genesis blocks). */
export const TRON_MAINNET_GENESIS = '00000000000000001ebf88508a03865c71d452e25f4d51194196a1d22b6653dc';

/**
 * The most the transfer may burn for energy, in sun (1 TRX = 1,000,000 sun): 100 TRX. A USDT transfer to an
 * address that holds none yet (every fresh deposit address) takes about 130,000 energy, so about 27 TRX at today's
 * 210 sun per energy and 55 TRX at the former 420; USDT's dynamic-energy surcharge can add more. This is a ceiling,
 * not a charge: the buyer pays only what is burned, while a too-low ceiling makes the transfer fail on chain and
 * still costs the energy spent. TronLink shows it to the buyer before signing.
 */
export const TRC20_FEE_LIMIT_SUN = 100_000_000;

export const TRANSFER_SELECTOR = 'transfer(address,uint256)';
export const BALANCE_SELECTOR = 'balanceOf(address)';

const TRON_ADDRESS = /^T[1-9A-HJ-NP-Za-km-z]{33}$/;

const fail = (reason: ConstructorParameters<typeof WalletPayError>[0], message: string) => new WalletPayError(reason, message);

function errorText(error: unknown): string {
  if (typeof error === 'string') return error;
  if (error && typeof error === 'object' && 'message' in error) return String((error as { message: unknown }).message);
  return '';
}

/** TronLink rejects with the string "Confirmation declined by user"; TIP-1193 errors carry code 4001. */
function isRejection(error: unknown): boolean {
  if (error && typeof error === 'object' && (error as { code?: unknown }).code === 4001) return true;
  return /declined|rejected|denied|cancel/i.test(errorText(error));
}

/** Runs a wallet call; a rejection becomes 'rejected', anything else `otherwise`. */
async function walletCall<T>(call: () => Promise<T>, otherwise: 'rpc' | 'failed', what: string): Promise<T> {
  try {
    return await call();
  } catch (error) {
    if (error instanceof WalletPayError) throw error;
    if (isRejection(error)) throw fail('rejected', `${what}: declined in TronLink`);
    throw fail(otherwise, `${what}: ${errorText(error) || 'failed'}`);
  }
}

/** tron_requestAccounts answers {code: 200} when connected, 4001 when refused, 4000 while a request is open, '' when locked. */
async function connect(tronLink: TronLinkLike | undefined): Promise<void> {
  if (!tronLink?.request) return;
  const request = tronLink.request.bind(tronLink);
  const answer = await walletCall(() => request({ method: 'tron_requestAccounts' }), 'failed', 'connect');
  const code = answer && typeof answer === 'object' ? (answer as { code?: unknown }).code : undefined;
  if (code === 200) return;
  if (code === 4001) throw fail('rejected', 'connect: declined in TronLink');
  if (code === 4000) throw fail('failed', 'connect: a TronLink request is already open');
  throw fail('failed', 'connect: TronLink is locked');
}

function hexToText(hex: string | undefined): string {
  if (!hex || !/^(?:[0-9a-f]{2})+$/i.test(hex)) return hex ?? '';
  return new TextDecoder().decode(Uint8Array.from(hex.match(/../g) ?? [], (byte) => parseInt(byte, 16)));
}

function checkPayment(payment: WalletPayment): bigint {
  if (payment.family !== 'tron') throw fail('unsupported', 'not a TRON payment');
  if (!TRON_ADDRESS.test(payment.recipient) || !TRON_ADDRESS.test(payment.token)) {
    throw fail('unsupported', 'not a TRON address');
  }
  const amount = /^\d{1,78}$/.test(payment.atomicAmount) ? BigInt(payment.atomicAmount) : 0n;
  if (amount <= 0n) throw fail('unsupported', 'no amount to pay');
  return amount;
}

/** The window's TronLink tronWeb once connected: tronLink.tronWeb, else the older window.tronWeb. */
function connectedTronWeb(win: TronWindow): TronWebLike | undefined {
  return win.tronLink?.tronWeb || win.tronWeb || undefined;
}

export async function payWithTronLink(win: TronWindow, payment: WalletPayment): Promise<{ txId: string }> {
  const amount = checkPayment(payment);
  await connect(win.tronLink);
  const tronWeb = connectedTronWeb(win);
  const owner = tronWeb?.defaultAddress?.base58;
  if (!tronWeb || typeof owner !== 'string' || !TRON_ADDRESS.test(owner)) {
    throw fail('failed', 'TronLink has no account for this site (unlock it and try again)');
  }

  const genesis = await walletCall(() => tronWeb.trx.getBlockByNumber(0), 'rpc', 'network');
  if (genesis?.blockID !== TRON_MAINNET_GENESIS) throw fail('wrong_chain', 'TronLink is not on TRON mainnet');

  const ownerParameter = [{ type: 'address' as const, value: owner }];
  const balance = await walletCall(
    () => tronWeb.transactionBuilder.triggerConstantContract(payment.token, BALANCE_SELECTOR, {}, ownerParameter, owner),
    'rpc',
    'balance',
  );
  const balanceHex = balance?.constant_result?.[0];
  if (balance?.result?.result !== true || !balanceHex || !/^[0-9a-f]{1,64}$/i.test(balanceHex)) {
    throw fail('rpc', 'balance: no answer from the token contract');
  }
  if (BigInt(`0x${balanceHex}`) < amount) throw fail('insufficient_balance', 'the token balance is below the amount due');

  const transfer = [
    { type: 'address' as const, value: payment.recipient },
    { type: 'uint256' as const, value: amount.toString() },
  ];
  const built = await walletCall(
    () =>
      tronWeb.transactionBuilder.triggerSmartContract(payment.token, TRANSFER_SELECTOR, { feeLimit: TRC20_FEE_LIMIT_SUN }, transfer, owner),
    'rpc',
    'build',
  );
  if (built?.result?.result !== true || !built.transaction) throw fail('rpc', 'build: the node refused the transfer');

  const transaction = built.transaction;
  const signed = await walletCall(() => tronWeb.trx.sign(transaction), 'failed', 'sign');
  const sent = await walletCall(() => tronWeb.trx.sendRawTransaction(signed), 'rpc', 'send');
  const txId = sent?.txid ?? sent?.transaction?.txID ?? transaction.txID;
  if (sent?.result !== true || !txId) {
    throw fail('failed', `send: ${sent?.code ?? 'refused'} ${hexToText(sent?.message)}`.trim());
  }
  return { txId };
}
