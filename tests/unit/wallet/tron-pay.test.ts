// TronLink pays one TRC-20 transfer(address,uint256) of the exact amount to the deposit address, and nothing else.
import { describe, expect, it } from 'vitest';
import { payWithTronLink, TRC20_FEE_LIMIT_SUN } from '@/lib/wallet/tron/pay';
import { WalletPayError, type WalletPayment } from '@/lib/wallet/types';
import { DEPOSIT, fakeTronLink, NILE_GENESIS, OWNER, transferCall, USDT, type FakeOptions } from './tron-fake';

const payment: WalletPayment = {
  family: 'tron',
  coin: 'USDT',
  network: 'Tron',
  recipient: DEPOSIT,
  atomicAmount: '50750000',
  decimals: 6,
  token: USDT,
};

async function failure(options: FakeOptions, pay: WalletPayment = payment) {
  const { win, calls } = fakeTronLink(options);
  const error = await payWithTronLink(win, pay).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(WalletPayError);
  return { reason: (error as WalletPayError).reason, methods: calls.map((c) => c.method) };
}

describe('payWithTronLink', () => {
  it('connects, checks mainnet and balance, then builds, signs and sends exactly one transfer', async () => {
    const { win, calls } = fakeTronLink();
    await expect(payWithTronLink(win, payment)).resolves.toEqual({ txId: 'ab'.repeat(32) });
    expect(calls.map((c) => c.method)).toEqual([
      'tronLink.request',
      'getBlockByNumber',
      'triggerConstantContract',
      'triggerSmartContract',
      'sign',
      'sendRawTransaction',
    ]);
    expect(calls[0]?.args).toEqual([{ method: 'tron_requestAccounts' }]);
    expect(calls[1]?.args).toEqual([0]);
    expect(calls[2]?.args).toEqual([USDT, 'balanceOf(address)', {}, [{ type: 'address', value: OWNER }], OWNER]);
    expect(calls[3]?.args).toEqual(transferCall('50750000', OWNER));
    expect(TRC20_FEE_LIMIT_SUN).toBe(100_000_000);
    // The wallet signs the very transaction the node built, and what it signed is what is broadcast.
    expect(calls[4]?.args).toEqual([{ txID: 'ab'.repeat(32), raw_data: { contract: [] } }]);
    expect(calls[5]?.args).toEqual([{ txID: 'ab'.repeat(32), raw_data: { contract: [] }, signature: ['5ig'] }]);
  });

  it('pays through an older TronLink that injects only window.tronWeb', async () => {
    const { win, calls } = fakeTronLink({ tronWebOnly: true });
    await expect(payWithTronLink(win, payment)).resolves.toEqual({ txId: 'ab'.repeat(32) });
    expect(calls[0]?.method).toBe('getBlockByNumber');
  });

  it('a balance exactly at the amount pays; one atomic unit below builds no transfer', async () => {
    const { win } = fakeTronLink({ balance: 50_750_000n });
    await expect(payWithTronLink(win, payment)).resolves.toBeDefined();
    const low = await failure({ balance: 50_749_999n });
    expect(low.reason).toBe('insufficient_balance');
    expect(low.methods).not.toContain('triggerSmartContract');
    expect(low.methods).not.toContain('sign');
  });

  it.each([
    ['a refused connection (code 4001)', { connect: { code: 4001, message: 'User rejected the request' } }],
    ['a thrown 4001', { connectThrows: { code: 4001, message: 'User rejected request' } }],
    ['a declined signature', { signThrows: 'Confirmation declined by user' }],
  ])('%s is "rejected" and nothing is broadcast', async (_name, options) => {
    const { reason, methods } = await failure(options);
    expect(reason).toBe('rejected');
    expect(methods).not.toContain('sendRawTransaction');
  });

  it('a locked TronLink or an open request fails before anything is built', async () => {
    for (const connect of ['', { code: 4000, message: 'Authorization requests are being processed' }]) {
      const { reason, methods } = await failure({ connect });
      expect(reason).toBe('failed');
      expect(methods).toEqual(['tronLink.request']);
    }
  });

  it('TronLink on Nile (a testnet) is the wrong chain: no balance read, no transfer', async () => {
    const { reason, methods } = await failure({ genesis: NILE_GENESIS });
    expect(reason).toBe('wrong_chain');
    expect(methods).toEqual(['tronLink.request', 'getBlockByNumber']);
  });

  it('a broadcast the node refuses is "failed", with its decoded message', async () => {
    const { win } = fakeTronLink({ broadcast: { code: 'SIGERROR', message: '6261642073696720' } });
    await expect(payWithTronLink(win, payment)).rejects.toMatchObject({ reason: 'failed', message: 'send: SIGERROR bad sig' });
  });

  it('refuses what is not a TRON payment before asking the wallet anything', async () => {
    for (const bad of [
      { ...payment, family: 'evm' as const },
      { ...payment, recipient: '0x4838b106fce9647bdf1e7877bf73ce8b0bad5f97' },
      { ...payment, atomicAmount: '0' },
      { ...payment, atomicAmount: '1.5' },
    ]) {
      const { reason, methods } = await failure({}, bad);
      expect(reason).toBe('unsupported');
      expect(methods).toEqual([]);
    }
  });
});
