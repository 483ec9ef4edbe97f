'use client';

import { startTransition, useEffect, useState } from 'react';

/**
 * `value` as of the last painted frame: it follows `value` once the frame that shows the change (the typed
 * letter) has been painted, as a transition. Changes made before then are taken together, the latest winning.
 * For work that may take longer than a frame (a page of results) and should not hold back the input's paint.
 */
export function useAfterPaint<T>(value: T): T {
  const [painted, setPainted] = useState(value);
  useEffect(() => {
    let timer: number | undefined;
    // requestAnimationFrame runs just before the frame is painted; a task queued from it runs just after.
    const frame = requestAnimationFrame(() => {
      timer = window.setTimeout(() => startTransition(() => setPainted(value)), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      window.clearTimeout(timer);
    };
  }, [value]);
  return painted;
}
