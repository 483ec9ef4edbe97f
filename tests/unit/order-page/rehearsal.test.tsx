// @vitest-environment jsdom
// The off-page rehearsal of a live page's next looks: one step per idle moment, each step an update of the same
// elements, then removed; never anything in the page itself.
import { act, useEffect, useRef } from 'react';
import { createRoot } from 'react-dom/client';
import { beforeEach, describe, expect, it } from 'vitest';
import { Rehearsal } from '@/components/order/rehearsal';

declare global {
  var IS_REACT_ACT_ENVIRONMENT: boolean;
}

// Idle moments come when the test says so.
let pending: (() => void)[] = [];
const idle = (run: () => void) => {
  pending.push(run);
  return () => {
    pending = pending.filter((r) => r !== run);
  };
};
function idleMoment() {
  const due = pending;
  pending = [];
  for (const run of due) run();
}

/** Each step's [label, the element's mount number] as rendered, and where its element was. */
const log: { label: string; mount: number; inPage: boolean }[] = [];
let mounts = 0;
function Step({ label }: { label: string }) {
  const mount = useRef(0);
  const element = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    mounts += 1;
    mount.current = mounts;
  }, []);
  useEffect(() => {
    log.push({ label, mount: mount.current, inPage: element.current?.isConnected ?? false });
  });
  return <p ref={element}>{label}</p>;
}

describe('Rehearsal', () => {
  beforeEach(() => {
    globalThis.IS_REACT_ACT_ENVIRONMENT = true;
    pending = [];
    log.length = 0;
    mounts = 0;
  });

  it('renders each step in turn off the page, one per idle moment, as updates of one element, then removes it', async () => {
    const page = document.createElement('main');
    document.body.append(page);
    const root = createRoot(page);
    await act(() => root.render(<Rehearsal idle={idle} steps={[<Step key="s" label="paid" />, <Step key="s" label="expired" />]} />));
    expect(log).toEqual([]);

    await act(idleMoment);
    expect(log).toEqual([{ label: 'paid', mount: 1, inPage: false }]);
    await act(idleMoment);
    expect(log.at(-1)).toEqual({ label: 'expired', mount: 1, inPage: false });
    expect(mounts).toBe(1);

    await act(idleMoment);
    expect(log).toHaveLength(2);
    // Done: nothing left to run, and the page never held any of it.
    expect(pending).toEqual([]);
    expect(page.innerHTML).toBe('');
    await act(() => root.unmount());
    page.remove();
  });

  it('stops waiting for an idle moment when the page leaves first', async () => {
    const root = createRoot(document.createElement('div'));
    await act(() => root.render(<Rehearsal idle={idle} steps={[<Step key="s" label="paid" />]} />));
    expect(pending).toHaveLength(1);
    await act(() => root.unmount());
    expect(pending).toEqual([]);
    expect(log).toEqual([]);
  });
});
