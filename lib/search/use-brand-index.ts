'use client';

// The browser's copy of a country's brand index (GET /api/catalog/{CC}/brands), fetched once per page when the
// visitor shows an intent to search (focus or pointer over a search form), not with the page itself. The code
// that checks, decodes and ranks it (zod/mini, lib/search/engine.ts) arrives with it, in parallel, for the same
// reason: a page's search form costs the page only this file.
import { useCallback, useRef, useState } from 'react';
import type { z as zod } from 'zod/mini';
import type { BrandIndex } from './brand-index';
import type { LoadedIndex } from './engine';

export type { LoadedIndex } from './engine';

function makeSchema(z: typeof zod) {
  const row = z.tuple([z.string(), z.string(), z.number(), z.string(), z.string(), z.string(), z.string(), z.string(), z.number()]);
  return z.object({ logoBase: z.string(), brands: z.array(row) });
}

const loaded = new Map<string, Promise<LoadedIndex>>();

async function fetchIndex(country: string): Promise<LoadedIndex> {
  const [response, { z }, { loadedIndex }] = await Promise.all([
    fetch(`/api/catalog/${encodeURIComponent(country)}/brands`, { headers: { accept: 'application/json' } }),
    import('zod/mini'),
    import('./engine'),
  ]);
  if (!response.ok) throw new Error(`brand index: HTTP ${response.status}`);
  const index: BrandIndex = makeSchema(z).parse(await response.json());
  return loadedIndex(index);
}

function loadIndex(country: string): Promise<LoadedIndex> {
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
export function useBrandIndex(country: string): { index?: LoadedIndex; load: () => void } {
  const [index, setIndex] = useState<LoadedIndex>();
  const asked = useRef(false);
  const load = useCallback(() => {
    if (asked.current) return;
    asked.current = true;
    loadIndex(country).then(setIndex, () => {
      asked.current = false; // asked again on the next intent
    });
  }, [country]);
  return { index, load };
}
