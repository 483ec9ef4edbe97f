// @vitest-environment jsdom
import { act, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useAfterPaint } from '@/components/catalog/use-after-paint';

declare global {
  var IS_REACT_ACT_ENVIRONMENT: boolean;
}

// Animation frames run when the test says so: the frame about to be painted.
let frames: FrameRequestCallback[] = [];
function paintFrame() {
  const due = frames;
  frames = [];
  for (const callback of due) callback(performance.now());
}

let setValue: (value: string) => void = () => {};
const expose = (set: (value: string) => void) => {
  setValue = set;
};
/** Each committed render's [value, painted value]. */
const seen: string[][] = [];
function Probe() {
  const [value, set] = useState('');
  const painted = useAfterPaint(value);
  useEffect(() => expose(set), [set]);
  useEffect(() => {
    seen.push([value, painted]);
  });
  return null;
}

describe('useAfterPaint', () => {
  beforeEach(() => {
    globalThis.IS_REACT_ACT_ENVIRONMENT = true;
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    frames = [];
    seen.length = 0;
    vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => frames.push(callback));
    vi.stubGlobal('cancelAnimationFrame', (id: number) => {
      frames[id - 1] = () => {};
    });
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('follows the value once the frame showing the change has been painted, the latest of several changes winning', async () => {
    const root = createRoot(document.createElement('div'));
    await act(() => root.render(<Probe />));
    await act(() => setValue('a'));
    expect(seen.at(-1)).toEqual(['a', '']);
    await act(() => setValue('am'));
    await act(() => vi.runAllTimers());
    expect(seen.at(-1)).toEqual(['am', '']);
    // The frame is painted; the task after it brings the painted value up to date, once, with the latest value.
    await act(() => paintFrame());
    expect(seen.at(-1)).toEqual(['am', '']);
    await act(() => vi.runAllTimers());
    expect(seen.at(-1)).toEqual(['am', 'am']);
    expect(seen.filter(([, painted]) => painted === 'a')).toEqual([]);
    await act(() => root.unmount());
  });
});
