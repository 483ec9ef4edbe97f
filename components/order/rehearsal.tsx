'use client';

import { startTransition, useEffect, useState, type ReactNode } from 'react';
import { createPortal } from 'react-dom';

type Idle = (run: () => void) => () => void;

const whenIdle: Idle = (run) => {
  if (typeof window.requestIdleCallback === 'function') {
    const handle = window.requestIdleCallback(run);
    return () => window.cancelIdleCallback(handle);
  }
  const handle = window.setTimeout(run, 1);
  return () => window.clearTimeout(handle);
};

/**
 * Renders each of `steps` in turn, one per idle moment of the browser, into an element that is never part of the
 * page, then removes it: nothing is seen, announced or laid out. What it is for: the first time a page mounts,
 * updates and removes elements, and the first time a component renders, the browser runs code it has not run
 * before, and that first run costs several times what the same work costs later. A live page that changes on an
 * event (the order page when the payment arrives) rehearses its likely next looks while the buyer reads, so the
 * real change is drawn at the warm cost. Only for what the page is likely to show next: each step is a render
 * of the whole part (effects run too, on nodes nobody sees), so steps with side effects beyond the component
 * tree (a network request, a wallet prompt) do not belong here.
 */
export function Rehearsal({ steps, idle = whenIdle }: { steps: readonly ReactNode[]; idle?: Idle }) {
  // null: not started; then the detached host and the step shown (steps.length: done, nothing rendered).
  const [stage, setStage] = useState<{ host: HTMLElement; index: number } | null>(null);
  const count = steps.length;
  const finished = stage !== null && stage.index >= count;

  useEffect(() => {
    if (finished) return;
    // A transition: React renders it in short slices, so no step holds the page for long (a slow phone's
    // blocking time), and a real change that comes meanwhile goes first.
    return idle(() =>
      startTransition(() =>
        setStage((current) =>
          current ? { host: current.host, index: current.index + 1 } : { host: document.createElement('div'), index: 0 },
        ),
      ),
    );
  }, [stage, finished, idle]);

  if (stage === null || finished) return null;
  return createPortal(steps[stage.index], stage.host);
}
