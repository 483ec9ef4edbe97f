'use client';

// The browser's copy of a country's brand index (GET /api/catalog/{CC}/brands), fetched once per page when the
// visitor shows an intent to search (focus or pointer over a search form), not with the page itself.
import { useCallback, useRef, useState } from 'react';
import type { z as zod } from 'zod/mini';
import { decodeBrandIndex, type BrandIndex, type IndexedBrand } from './brand-index';
import { prepareRanking } from './rank';

function makeSchema(z: typeof zod) {
  const row = z.tuple([z.string(), z.string(), z.number(), z.string(), z.string(), z.string(), z.string(), z.string(), z.number()]);
  return z.object({ logoBase: z.string(), brands: z.array(row) });
}

const loaded = new Map<string, Promise<IndexedBrand[]>>();

async function fetchIndex(country: string): Promise<IndexedBrand[]> {
  // zod/mini arrives with the index, in parallel with it, not with the page.
  const [response, { z }] = await Promise.all([
    fetch(`/api/catalog/${encodeURIComponent(country)}/brands`, { headers: { accept: 'application/json' } }),
    import('zod/mini'),
  ]);
  if (!response.ok) throw new Error(`brand index: HTTP ${response.status}`);
  const index: BrandIndex = makeSchema(z).parse(await response.json());
  const brands = decodeBrandIndex(index);
  // Numbering the index's words now spares the first keystroke the work.
  prepareRanking(brands);
  return brands;
}

function loadIndex(country: string): Promise<IndexedBrand[]> {
  let promise = loaded.get(country);
  if (!promise) {
    promise = fetchIndex(country);
    loaded.set(country, promise);
    // A failed load is tried again on the next intent.
    promise.catch(() => loaded.delete(country));
  }
  return promise;
}

/** The index once loaded (undefined before), and `load` to call on the first sign of a search. */
export function useBrandIndex(country: string): { brands?: IndexedBrand[]; load: () => void } {
  const [brands, setBrands] = useState<IndexedBrand[]>();
  const asked = useRef(false);
  const load = useCallback(() => {
    if (asked.current) return;
    asked.current = true;
    loadIndex(country).then(setBrands, () => {
      asked.current = false; // asked again on the next intent
    });
  }, [country]);
  return { brands, load };
}
