// One browser's order stream: the events of the order's shared upstream stream (./hub.ts) as they arrive, each
// order through `transform` (so a visitor's events are redacted), `event: stop`, and keep-alive comments.
// It ends cleanly before `maxDurationMs` with `event: reconnect`, and when the upstream went silent; it leaves
// the shared stream the moment the browser goes.
import { REAL_TIMERS, type HubEvent, type HubTimers, type HubViewer } from './hub';

export interface RelayOptions {
  /** The payload to send for an order, or null to drop the event. */
  transform(order: object): string | null;
  maxDurationMs: number;
  keepAliveMs: number;
  /** The browser's request signal: its abort ends the relay. */
  signal: AbortSignal;
  /** The clock's timers (tests inject their own). */
  timers?: HubTimers;
  /**
   * Bench only: each order event gets `id: <ms since the epoch>` (this machine's clock, when it was written), so
   * a bench can tell the relay's share of the latency from the browser's `lastEventId`. Off, nothing changes.
   */
  stampWrites?: boolean;
}

export type RelayTimers = HubTimers;

export const RECONNECT_EVENT = 'event: reconnect\ndata: {}\n\n';
const KEEP_ALIVE = ': keep-alive\n\n';
const encoder = new TextEncoder();

export interface Relay extends HubViewer {
  body: ReadableStream<Uint8Array>;
  /** Hands the relay the function that takes it off the shared stream, called when it ends. */
  attach(leave: () => void): void;
}

export function relayOrderStream(options: RelayOptions): Relay {
  let controller!: ReadableStreamDefaultController<Uint8Array>;
  let finished = false;
  let leave: (() => void) | undefined;
  const timers = options.timers ?? REAL_TIMERS;
  let keepAlive: unknown;
  let deadline: unknown;

  const enqueue = (text: string): boolean => {
    try {
      controller.enqueue(encoder.encode(text));
      return true;
    } catch {
      return false; // the browser cancelled the body
    }
  };

  const write = (text: string) => {
    if (finished) return;
    if (!enqueue(text)) return finish();
    timers.clear(keepAlive);
    keepAlive = timers.set(() => write(KEEP_ALIVE), options.keepAliveMs);
  };

  const finish = (farewell?: string) => {
    if (finished) return;
    finished = true;
    if (farewell) enqueue(farewell);
    timers.clear(keepAlive);
    timers.clear(deadline);
    options.signal.removeEventListener('abort', onAbort);
    leave?.();
    try {
      controller.close();
    } catch {
      // already closed or cancelled by the browser
    }
  };
  const onAbort = () => finish();

  const body = new ReadableStream<Uint8Array>({
    start(streamController) {
      controller = streamController;
      if (options.signal.aborted) return finish();
      options.signal.addEventListener('abort', onAbort, { once: true });
      deadline = timers.set(() => finish(RECONNECT_EVENT), options.maxDurationMs);
      write(': connected\n\n');
    },
    cancel: () => finish(),
  });

  return {
    body,
    attach(leaveHub) {
      leave = leaveHub;
      if (finished) leaveHub();
    },
    deliver(event: HubEvent) {
      if (event.kind === 'order') {
        const payload = options.transform(event.value);
        if (payload === null) return;
        const id = options.stampWrites ? `id: ${(performance.timeOrigin + performance.now()).toFixed(3)}\n` : '';
        write(`${id}data: ${payload}\n\n`);
      } else if (event.kind === 'alive') {
        write(KEEP_ALIVE);
      } else if (event.kind === 'stop') {
        write(`event: stop\ndata: ${event.data}\n\n`);
        finish();
      } else {
        finish(event.kind === 'silent' ? RECONNECT_EVENT : undefined);
      }
    },
  };
}
