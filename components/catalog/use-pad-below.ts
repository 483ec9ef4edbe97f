'use client';

import { useEffect, useRef } from 'react';

/**
 * For a bar fixed to the bottom of the screen: pads the page's bottom by the bar's height while it is fixed (its
 * CSS decides, per breakpoint), so the end of the page can scroll out from under it. Undone when it unmounts.
 */
export function usePadBelow<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  useEffect(() => {
    const bar = ref.current;
    if (!bar) return;
    const body = document.body;
    const pad = () => {
      body.style.paddingBottom = getComputedStyle(bar).position === 'fixed' ? `${bar.offsetHeight}px` : '';
    };
    const observer = new ResizeObserver(pad);
    observer.observe(bar);
    window.addEventListener('resize', pad);
    return () => {
      observer.disconnect();
      window.removeEventListener('resize', pad);
      body.style.paddingBottom = '';
    };
  }, []);
  return ref;
}
