// "Sent from your wallet", remembered in this browser per order, so a reload (or the order moving on to its codes)
// still shows the transaction. Client only.
import { useMemo, useSyncExternalStore } from 'react';

export interface SentRecord {
  txId: string;
  /** The explorer page of the transaction. */
  url?: string;
}

const keyOf = (orderId: string) => `wallet-sent:${orderId}`;
const listeners = new Set<() => void>();

function read(orderId: string): string | null {
  try {
    return window.localStorage.getItem(keyOf(orderId));
  } catch {
    return null;
  }
}

function parse(raw: string | null): SentRecord | null {
  if (!raw) return null;
  try {
    const value = JSON.parse(raw) as { txId?: unknown; url?: unknown };
    if (typeof value.txId !== 'string' || !/^[\w-]{16,200}$/.test(value.txId)) return null;
    const url = typeof value.url === 'string' && value.url.startsWith('https://') ? value.url : undefined;
    return { txId: value.txId, ...(url ? { url } : {}) };
  } catch {
    return null;
  }
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  window.addEventListener('storage', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', listener);
  };
}

export function rememberSent(orderId: string, record: SentRecord): void {
  try {
    window.localStorage.setItem(keyOf(orderId), JSON.stringify(record));
  } catch {
    // Private mode or a full storage: the notice shows until the page is left.
  }
  memory.set(orderId, JSON.stringify(record));
  for (const listener of listeners) listener();
}

// The record as this page wrote it, for a browser that refuses localStorage.
const memory = new Map<string, string>();

export function useWalletSent(orderId: string): SentRecord | null {
  const raw = useSyncExternalStore(
    subscribe,
    () => read(orderId) ?? memory.get(orderId) ?? null,
    () => null,
  );
  return useMemo(() => parse(raw), [raw]);
}
