// TronLink discovery: the extension injects window.tronLink (and window.tronWeb) into every page, possibly after
// the page's own scripts ran; it then fires 'tronLink#initialized' on window and posts messages (action
// 'tabReply', 'setAccount', …). Any of those makes us look again. One wallet at most: TronLink.
import type { DiscoveredWallet, DiscoverWallets } from '../types';
import { payWithTronLink } from './pay';
import type { TronWindow } from './tronweb';

export const TRONLINK_ID = 'tronlink';

const TRONLINK_ACTIONS = new Set(['tabReply', 'setAccount', 'setNode', 'connect', 'accountsChanged']);

function tronWindow(): (Window & TronWindow) | undefined {
  return typeof window === 'undefined' ? undefined : (window as Window & TronWindow);
}

function isTronLinkMessage(event: Event): boolean {
  const data: unknown = (event as MessageEvent).data;
  if (!data || typeof data !== 'object') return false;
  const message = (data as { message?: { action?: unknown } }).message;
  return typeof message?.action === 'string' && TRONLINK_ACTIONS.has(message.action);
}

export const discoverTronWallets: DiscoverWallets = (onChange) => {
  const win = tronWindow();
  if (!win) return () => {};
  let found = false;

  function look() {
    if (!win || found || !(win.tronLink || win.tronWeb)) return;
    found = true;
    const wallet: DiscoveredWallet = {
      id: TRONLINK_ID,
      name: 'TronLink',
      family: 'tron',
      pay: (payment) => payWithTronLink(win, payment),
    };
    onChange([wallet]);
    stop();
  }
  // A forged message can only make us look again: the wallet is offered only when window.tronLink/tronWeb exists.
  function onMessage(event: Event) {
    if (isTronLinkMessage(event)) look();
  }
  function stop() {
    win?.removeEventListener('tronLink#initialized', look);
    win?.removeEventListener('message', onMessage);
  }

  win.addEventListener('tronLink#initialized', look);
  win.addEventListener('message', onMessage);
  look();
  return stop;
};
