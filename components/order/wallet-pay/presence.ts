// Whether the browser has a wallet of a family, found without loading any wallet code: the injected globals and
// the discovery events each family's standard defines. Asks nothing of a wallet. Client only.
import type { WalletFamily } from '@/lib/wallet/types';

type Globals = { ethereum?: unknown; tronLink?: unknown; tronWeb?: unknown };

/** Calls `onPresent` once when a wallet of `family` is (or becomes) present; returns a stop function. */
export function whenWalletPresent(family: WalletFamily, onPresent: () => void): () => void {
  const globals = window as unknown as Globals;
  const listened: string[] = [];
  let done = false;
  const stop = () => {
    done = true;
    for (const type of listened) window.removeEventListener(type, found);
  };
  function found() {
    if (done) return;
    stop();
    onPresent();
  }
  const listen = (type: string) => {
    listened.push(type);
    window.addEventListener(type, found);
  };

  if (family === 'evm') {
    // EIP-6963: wallets answer a request with an announcement (the event carries their provider; nothing is called).
    listen('eip6963:announceProvider');
    if (globals.ethereum) found();
    else window.dispatchEvent(new Event('eip6963:requestProvider'));
  } else if (family === 'tron') {
    listen('tronLink#initialized');
    if (globals.tronLink || globals.tronWeb) found();
  } else {
    // Wallet Standard: a wallet that loaded first queued itself in navigator.wallets; one that loads later
    // dispatches wallet-standard:register-wallet; one that is waiting registers when an app says it is ready.
    listen('wallet-standard:register-wallet');
    const queued = (navigator as { wallets?: unknown }).wallets;
    if (Array.isArray(queued) && queued.length > 0) found();
    else {
      const register = () => {
        found();
        return () => undefined;
      };
      window.dispatchEvent(new CustomEvent('wallet-standard:app-ready', { detail: { register } }));
    }
  }
  return stop;
}
