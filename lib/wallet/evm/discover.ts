// EVM wallets in this browser, found with EIP-6963 (every wallet announces itself with its name and icon), and the
// legacy window.ethereum when no wallet announced. Discovery asks nothing of a wallet; only pay() does.
import type { DiscoveredWallet, DiscoverWallets } from '../types';
import { payFromProvider, type Eip1193Provider } from './pay';

interface Eip6963Detail {
  info?: { uuid?: unknown; name?: unknown; icon?: unknown; rdns?: unknown };
  provider?: Eip1193Provider;
}

function isProvider(value: unknown): value is Eip1193Provider {
  return typeof value === 'object' && value !== null && typeof (value as Eip1193Provider).request === 'function';
}

function walletOf(id: string, name: string, icon: string | undefined, provider: Eip1193Provider): DiscoveredWallet {
  return { id, name, ...(icon ? { icon } : {}), family: 'evm', pay: (payment) => payFromProvider(provider, payment) };
}

// Only images a page may show without fetching anything the wallet chose: a data: URI of an image.
const safeIcon = (icon: unknown) =>
  typeof icon === 'string' && /^data:image\/(svg\+xml|png|jpeg|webp|gif)[;,]/.test(icon) ? icon : undefined;

export const discoverEvmWallets: DiscoverWallets = (onChange) => {
  const announced = new Map<string, DiscoveredWallet>();
  const legacy = (window as { ethereum?: unknown }).ethereum;
  const publish = () => {
    if (announced.size > 0) onChange([...announced.values()]);
    else onChange(isProvider(legacy) ? [walletOf('injected', 'Browser wallet', undefined, legacy)] : []);
  };
  const onAnnounce = (event: Event) => {
    const detail = (event as CustomEvent<Eip6963Detail>).detail;
    const { info, provider } = detail ?? {};
    if (!info || !isProvider(provider) || typeof info.name !== 'string' || !info.name.trim()) return;
    const id = typeof info.uuid === 'string' && info.uuid ? info.uuid : typeof info.rdns === 'string' ? info.rdns : info.name;
    announced.set(id, walletOf(id, info.name.trim().slice(0, 60), safeIcon(info.icon), provider));
    publish();
  };
  window.addEventListener('eip6963:announceProvider', onAnnounce);
  window.dispatchEvent(new Event('eip6963:requestProvider'));
  publish();
  return () => window.removeEventListener('eip6963:announceProvider', onAnnounce);
};
