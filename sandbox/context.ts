// Everything a sandbox handler may read or change: dependencies, the order store, switches and counters.
import type { Catalog } from './catalog/types';
import { noSuspensions, type Suspensions } from './coins';
import type { Faults } from './faults';
import type { OrderStore } from './orders';
import type { SolanaAccountSetting } from './solana-rpc';
import type { UsdPerUnit } from './pricing';

export type RenderLogo = (slug: string, suffix: string) => Promise<{ contentType: string; body: Buffer } | undefined>;

export interface Counters {
  /** Orders actually created (POST /v5/orders answered 200). */
  ordersCreated: number;
  /** Every POST /v5/orders received, successful or not. */
  createRequests: number;
  /** Every POST /v5/orders/validations received. */
  validations: number;
  /** Every GET of an API path (`/v2/…` to `/v5/…`) received, faulted or not, by path without query. */
  upstreamReads: Record<string, number>;
  /** The same, per country (`country_code`, or the `/country/{CC}` segment), so parallel tests can count their own. */
  upstreamReadsByCountry: Record<string, Record<string, number>>;
}

export const zeroCounters = (): Counters => ({
  ordersCreated: 0,
  createRequests: 0,
  validations: 0,
  upstreamReads: {},
  upstreamReadsByCountry: {},
});

const API_PATH = /^\/v\d+\//;

/** Counts one request in `upstreamReads` (and per country) when it is a GET of an API path. */
export function countRead(counters: Counters, method: string | undefined, url: URL): void {
  if (method !== 'GET' || !API_PATH.test(url.pathname)) return;
  const path = url.pathname;
  counters.upstreamReads[path] = (counters.upstreamReads[path] ?? 0) + 1;
  const country = (url.searchParams.get('country_code') ?? /\/country\/([^/]+)/.exec(path)?.[1])?.toUpperCase();
  if (!country) return;
  const perCountry = (counters.upstreamReadsByCountry[country] ??= {});
  perCountry[path] = (perCountry[path] ?? 0) + 1;
}

export interface SandboxContext {
  catalog: Catalog;
  usdPerUnit: UsdPerUnit;
  renderLogo: RenderLogo;
  store: OrderStore;
  faults: Faults;
  suspensions: Suspensions;
  /** Per brand (lowercase name), a price move in percent applied to validations and orders. */
  priceMoves: Map<string, number>;
  counters: Counters;
  keepAliveMs: number;
  /** Closers of the SSE streams currently open (size = open streams). */
  streams: Set<() => void>;
  /** The fake Solana RPC's token accounts that a test set (sandbox/solana-rpc.ts); every other one is well funded. */
  solanaAccounts: Map<string, SolanaAccountSetting>;
  /** Host used for absolute URLs when a request carries no usable Host header. */
  fallbackHost: string;
  /** The settings `POST /sandbox/reset` returns to. */
  initial: { transitionMs: number; keepAliveMs: number };
}

export function resetContext(ctx: SandboxContext): void {
  for (const close of [...ctx.streams]) close();
  ctx.store.reset();
  ctx.store.transitionMs = ctx.initial.transitionMs;
  ctx.keepAliveMs = ctx.initial.keepAliveMs;
  ctx.faults.clear();
  ctx.suspensions = noSuspensions();
  ctx.priceMoves.clear();
  ctx.solanaAccounts.clear();
  ctx.counters = zeroCounters();
}
