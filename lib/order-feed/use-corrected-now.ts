'use client';

// "Now" by the server's clock, ticking every second: the browser's clock plus the skew measured against
// the time the server rendered the page. Hydration uses the server's own time, so the text matches.
import { useCallback, useRef, useSyncExternalStore } from 'react';
import { clockSkewMs } from '../order-display/countdown';

function everySecond(onTick: () => void): () => void {
  const timer = window.setInterval(onTick, 1000);
  return () => window.clearInterval(timer);
}

export function useCorrectedNow(serverNow: number): number {
  const skew = useRef<number | null>(null);
  const getSnapshot = useCallback(() => {
    skew.current ??= clockSkewMs(serverNow, Date.now());
    return Math.floor((Date.now() + skew.current) / 1000) * 1000;
  }, [serverNow]);
  return useSyncExternalStore(everySecond, getSnapshot, () => Math.floor(serverNow / 1000) * 1000);
}
