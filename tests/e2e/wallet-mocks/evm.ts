// A mock EIP-6963 wallet for the e2e tests: it announces itself ("Mock Wallet" with an icon), records every request
// in window.__walletRequests and answers the few an ERC-20 payment needs. No network, no keys.
import type { Page } from '@playwright/test';

export interface MockEvmWalletOptions {
  /** The buyer's token balance that eth_call balanceOf answers, in atomic units (decimal string). */
  balance?: string;
  /** A method the buyer refuses in the wallet (EIP-1193 error 4001). */
  reject?: string;
}

export interface WalletRequest {
  method: string;
  params?: unknown;
}

export const MOCK_ACCOUNT = '0x1111111111111111111111111111111111111111';
export const MOCK_TX_HASH = `0x${'ab'.repeat(32)}`;

// A 1×1 PNG: any image the page is allowed to show (img-src allows data:).
const ICON = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';

export async function installMockEvmWallet(page: Page, options: MockEvmWalletOptions = {}): Promise<void> {
  await page.addInitScript(
    ({ balance, reject, account, txHash, icon }) => {
      const requests: { method: string; params?: unknown }[] = [];
      (window as unknown as { __walletRequests: unknown[] }).__walletRequests = requests;
      // The wallet starts on Ethereum and knows only Ethereum: Base must be added (4902) before the switch.
      const known = new Set(['0x1']);
      let chainId = '0x1';
      const fail = (code: number, message: string) => Object.assign(new Error(message), { code });
      const provider = {
        async request({ method, params }: { method: string; params?: unknown }) {
          requests.push(params === undefined ? { method } : { method, params });
          if (method === reject) throw fail(4001, 'User rejected the request.');
          switch (method) {
            case 'eth_requestAccounts':
            case 'eth_accounts':
              return [account];
            case 'eth_chainId':
              return chainId;
            case 'wallet_switchEthereumChain': {
              const wanted = (params as [{ chainId: string }])[0].chainId;
              if (!known.has(wanted)) throw fail(4902, `Unrecognized chain ID "${wanted}".`);
              chainId = wanted;
              return null;
            }
            case 'wallet_addEthereumChain':
              known.add((params as [{ chainId: string }])[0].chainId);
              return null;
            case 'eth_call':
              return `0x${BigInt(balance).toString(16).padStart(64, '0')}`;
            case 'eth_sendTransaction':
              return txHash;
            default:
              throw fail(4200, `Unsupported method ${method}`);
          }
        },
        on() {},
        removeListener() {},
      };
      const info = { uuid: '7c1b1e3a-0d4c-4c0e-9a57-3f4c2b8e9d10', name: 'Mock Wallet', icon, rdns: 'test.mock.wallet' };
      const announce = () =>
        window.dispatchEvent(new CustomEvent('eip6963:announceProvider', { detail: Object.freeze({ info, provider }) }));
      window.addEventListener('eip6963:requestProvider', announce);
      announce();
    },
    { balance: options.balance ?? '1000000000000', reject: options.reject, account: MOCK_ACCOUNT, txHash: MOCK_TX_HASH, icon: ICON },
  );
}

export async function walletRequests(page: Page): Promise<WalletRequest[]> {
  return page.evaluate(() => (window as unknown as { __walletRequests: WalletRequest[] }).__walletRequests);
}
