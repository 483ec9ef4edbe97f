'use client';

import { useEffect, useState } from 'react';

/**
 * `value` as of the last painted frame: it follows `value` once the frame that shows the change (the typed
 * letter) has been painted. Changes made before then are taken together, the latest winning. For work that
 * would hold back the input's paint (a page of results). Not a transition: rendered in one go right after the
 * paint, it is done before the next frame, rather than sliced and still running when the next key comes.
 */
export function useAfterPaint<T>(value: T): T {
  const [painted, setPainted] = useState(value);
  useEffect(() => {
    let timer: number | undefined;
    // requestAnimationFrame runs just before the frame is painted; a task queued from it runs just after.
    const frame = requestAnimationFrame(() => {
      timer = window.setTimeout(() => setPainted(value), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      window.clearTimeout(timer);
    };
  }, [value]);
  return painted;
}
