// One upstream event stream per order, shared by everyone watching that order on this server instance. The
// upstream connection opens with the first viewer and closes the moment the last one leaves. Each event is
// read once (`read`) and handed to every viewer; a viewer who joins later gets the latest order at once,
// as the upstream itself sends the order first thing on a new subscription.
// It ends for every viewer when the upstream says stop (`read` tells), closes or drops (`end`), or has sent nothing
// at all, not even a comment, for `silenceMs`: a hung upstream must not hold the pages on our keep-alives.
import { createParser } from 'eventsource-parser';

export type HubEvent =
  { kind: 'order'; value: object } | { kind: 'alive' } | { kind: 'stop'; data: string } | { kind: 'end' } | { kind: 'silent' };

export interface HubViewer {
  deliver(event: HubEvent): void;
}

export interface HubTimers {
  set(callback: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

export const REAL_TIMERS: HubTimers = {
  set: (callback, ms) => setTimeout(callback, ms),
  clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/** An upstream event as the hub passes it on. */
export type UpstreamEvent = { kind: 'order'; value: object } | { kind: 'stop'; data: string };

export interface HubOptions {
  /**
   * One upstream event (its `event:` name and `data:`) → an order or the stream's stop, made once per event
   * whoever watches; null drops it. The hub knows nothing of the upstream's event names or payloads.
   */
  read(event: string | undefined, data: string): UpstreamEvent | null;
  silenceMs: number;
  timers?: HubTimers;
}

/** An event longer than this is not an order: it is dropped and the stream goes on. */
const MAX_EVENT_CHARS = 1_000_000;

interface Subscription {
  viewers: Set<HubViewer>;
  /** The latest order event, for viewers who join later. */
  latest?: HubEvent;
  ready: boolean;
  done: boolean;
  abort: AbortController;
  reader?: ReadableStreamDefaultReader<Uint8Array>;
  silence?: unknown;
  opened: Promise<void>;
}

export class OrderStreamHub {
  private readonly subscriptions = new Map<string, Subscription>();
  private readonly timers: HubTimers;

  constructor(private readonly options: HubOptions) {
    this.timers = options.timers ?? REAL_TIMERS;
  }

  /** Upstream connections open now (one per watched order). */
  get size(): number {
    return this.subscriptions.size;
  }

  /**
   * Adds `viewer` to the order's stream, opening the upstream with `open` when nobody watches it yet. Resolves
   * with the function that takes the viewer off again; rejects as `open` does (every viewer waiting for it).
   */
  async join(key: string, open: (signal: AbortSignal) => Promise<ReadableStream<Uint8Array>>, viewer: HubViewer): Promise<() => void> {
    let subscription = this.subscriptions.get(key);
    if (!subscription) subscription = this.start(key, open);
    const sub = subscription;
    sub.viewers.add(viewer);
    if (sub.ready && sub.latest) viewer.deliver(sub.latest);
    const leave = () => {
      if (sub.viewers.delete(viewer) && sub.viewers.size === 0) this.finish(key, sub);
    };
    try {
      await sub.opened;
    } catch (error) {
      leave();
      throw error;
    }
    return leave;
  }

  private start(key: string, open: (signal: AbortSignal) => Promise<ReadableStream<Uint8Array>>): Subscription {
    const sub: Subscription = { viewers: new Set(), ready: false, done: false, abort: new AbortController(), opened: Promise.resolve() };
    this.subscriptions.set(key, sub);
    sub.opened = open(sub.abort.signal).then(
      (stream) => {
        sub.reader = stream.getReader();
        if (sub.done) return void sub.reader.cancel().catch(() => undefined);
        sub.ready = true;
        this.heard(key, sub);
        void this.pump(key, sub, sub.reader);
      },
      (error: unknown) => {
        sub.done = true;
        if (this.subscriptions.get(key) === sub) this.subscriptions.delete(key);
        throw error;
      },
    );
    // Waiters get the failure through `opened`; this keeps it from counting as unhandled meanwhile.
    sub.opened.catch(() => undefined);
    return sub;
  }

  private async pump(key: string, sub: Subscription, reader: ReadableStreamDefaultReader<Uint8Array>) {
    const { read } = this.options;
    const parser = createParser({
      maxBufferSize: MAX_EVENT_CHARS,
      onEvent: ({ event, data }) => {
        const upstream = read(event, data);
        if (upstream === null) return;
        this.broadcast(sub, upstream);
        if (upstream.kind === 'stop') this.finish(key, sub);
      },
      onComment: () => this.broadcast(sub, { kind: 'alive' }),
      // A too-long event is dropped (the parser stops at the limit until reset); unknown fields are ignored.
      onError: (error) => void (error.type === 'max-buffer-size-exceeded' && parser.reset()),
    });
    const decoder = new TextDecoder();
    try {
      while (!sub.done) {
        const { value, done } = await reader.read();
        if (done) break;
        this.heard(key, sub);
        parser.feed(decoder.decode(value, { stream: true }));
      }
    } catch {
      // the upstream dropped or was aborted: the viewers' browsers reconnect
    }
    this.finish(key, sub, { kind: 'end' });
  }

  private broadcast(sub: Subscription, event: HubEvent) {
    if (sub.done) return;
    if (event.kind === 'order') sub.latest = event;
    for (const viewer of [...sub.viewers]) viewer.deliver(event);
  }

  /** Restarted by every byte from the upstream. */
  private heard(key: string, sub: Subscription) {
    this.timers.clear(sub.silence);
    sub.silence = this.timers.set(() => this.finish(key, sub, { kind: 'silent' }), this.options.silenceMs);
  }

  private finish(key: string, sub: Subscription, farewell?: HubEvent) {
    if (sub.done) return;
    sub.done = true;
    if (this.subscriptions.get(key) === sub) this.subscriptions.delete(key);
    this.timers.clear(sub.silence);
    sub.abort.abort();
    sub.reader?.cancel().catch(() => undefined);
    const viewers = [...sub.viewers];
    sub.viewers.clear();
    if (farewell) for (const viewer of viewers) viewer.deliver(farewell);
  }
}
