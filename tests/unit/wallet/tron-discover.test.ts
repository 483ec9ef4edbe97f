// TronLink is offered when the page has window.tronLink or window.tronWeb, also when the extension injects late.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { discoverTronWallets } from '@/lib/wallet/tron/discover';
import type { DiscoveredWallet } from '@/lib/wallet/types';
import { DEPOSIT, fakeTronLink, USDT } from './tron-fake';

function stubWindow(extra: object = {}) {
  const win = Object.assign(new EventTarget(), extra);
  vi.stubGlobal('window', win);
  return win;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('discoverTronWallets', () => {
  it('finds nothing without TronLink, and nothing without a window (server)', () => {
    const seen: DiscoveredWallet[][] = [];
    discoverTronWallets((wallets) => seen.push(wallets))();
    stubWindow();
    const stop = discoverTronWallets((wallets) => seen.push(wallets));
    window.dispatchEvent(new MessageEvent('message', { data: { message: { action: 'tabReply' } } }));
    stop();
    expect(seen).toEqual([]);
  });

  it('offers TronLink at once when injected, and its pay goes through window.tronLink', async () => {
    const { win, calls } = fakeTronLink();
    stubWindow(win);
    const seen: DiscoveredWallet[][] = [];
    discoverTronWallets((wallets) => seen.push(wallets));
    expect(seen).toHaveLength(1);
    const [wallet] = seen[0] ?? [];
    expect(wallet).toMatchObject({ id: 'tronlink', name: 'TronLink', family: 'tron' });
    const payment = {
      family: 'tron',
      coin: 'USDT',
      network: 'Tron',
      recipient: DEPOSIT,
      atomicAmount: '1',
      decimals: 6,
      token: USDT,
    } as const;
    await expect(wallet?.pay(payment)).resolves.toEqual({ txId: 'ab'.repeat(32) });
    expect(calls.map((c) => c.method)).toContain('triggerSmartContract');
  });

  it.each([
    ['tronLink#initialized', () => window.dispatchEvent(new Event('tronLink#initialized'))],
    ["a 'setAccount' message", () => window.dispatchEvent(new MessageEvent('message', { data: { message: { action: 'setAccount' } } }))],
  ])('offers TronLink injected later, on %s, once', (_name, announce) => {
    const page = stubWindow();
    const seen: DiscoveredWallet[][] = [];
    discoverTronWallets((wallets) => seen.push(wallets));
    expect(seen).toEqual([]);
    Object.assign(page, fakeTronLink().win);
    const removed = vi.spyOn(page, 'removeEventListener');
    announce();
    announce();
    expect(seen.map((wallets) => wallets.map((w) => w.id))).toEqual([['tronlink']]);
    // Found once and for all: it stops listening by itself.
    expect(removed.mock.calls.map(([type]) => type).sort()).toEqual(['message', 'tronLink#initialized']);
  });

  it('stops listening when stopped', () => {
    const page = stubWindow();
    const seen: DiscoveredWallet[][] = [];
    discoverTronWallets((wallets) => seen.push(wallets))();
    Object.assign(page, fakeTronLink().win);
    window.dispatchEvent(new Event('tronLink#initialized'));
    expect(seen).toEqual([]);
  });
});
