'use client';

import { useSyncExternalStore } from 'react';
import { addItem, parseCart, removeItem, updateItem, type AddResult, type CartItem, type NewCartItem } from './cart';

const KEY = 'sf_cart_v1';
const EMPTY: CartItem[] = [];
const listeners = new Set<() => void>();
let cache: { raw: string | null; items: CartItem[] } | null = null;

function read(): CartItem[] {
  const raw = window.localStorage.getItem(KEY);
  if (cache?.raw !== raw) cache = { raw, items: parseCart(raw) };
  return cache.items;
}

function write(items: CartItem[]) {
  window.localStorage.setItem(KEY, JSON.stringify(items));
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  // Another tab changed the cart.
  const onStorage = (event: StorageEvent) => event.key === KEY && listener();
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}

/** Calls `listener` with the cart now and on every change (this tab's or another's); returns the unsubscribe. */
export function watchCart(listener: (items: CartItem[]) => void): () => void {
  const notify = () => listener(read());
  notify();
  return subscribe(notify);
}

/** The cart, shared by every component and tab; empty during server rendering. */
export function useCart(): CartItem[] {
  return useSyncExternalStore(subscribe, read, () => EMPTY);
}

export const cart = {
  add(item: NewCartItem): AddResult {
    const result = addItem(read(), item, crypto.randomUUID());
    if (result.ok) write(result.items);
    return result;
  },
  remove(id: string) {
    write(removeItem(read(), id));
  },
  update(id: string, patch: Partial<Pick<CartItem, 'recipient'>>) {
    write(updateItem(read(), id, patch));
  },
  clear() {
    write([]);
  },
};
