// Relays the upstream's order stream to one browser: event by event as they arrive (each order payload
// passed through `transform`, so a visitor's events are redacted), `event: stop`, and keep-alive comments.
// It ends cleanly before `maxDurationMs` with `event: reconnect`, and sooner when the upstream has sent nothing
// at all (not even a comment) for twice the keep-alive interval: a hung upstream must not hold the page on
// our own keep-alives. It closes the upstream connection the moment the browser leaves.
import { createParser } from 'eventsource-parser';

export interface RelayOptions {
  /** The payload to send for an upstream `data:` order, or null to drop the event. */
  transform(data: string): string | null;
  maxDurationMs: number;
  keepAliveMs: number;
  /** The browser's request signal: its abort ends the relay. */
  signal: AbortSignal;
  /** Closes the upstream connection (aborts its fetch). */
  abortUpstream(): void;
  /** The clock's timers (tests inject their own). */
  timers?: RelayTimers;
}

export interface RelayTimers {
  set(callback: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

const REAL_TIMERS: RelayTimers = {
  set: (callback, ms) => setTimeout(callback, ms),
  clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export const RECONNECT_EVENT = 'event: reconnect\ndata: {}\n\n';
const KEEP_ALIVE = ': keep-alive\n\n';
/** An order is a few KB: a longer event is dropped. */
const MAX_EVENT_CHARS = 1_000_000;

/** The stop event's data, passed on only when it is the documented `{}` or `{"error": "…"}`. */
function stopData(data: string): string {
  try {
    const value: unknown = JSON.parse(data);
    if (value && typeof value === 'object' && 'error' in value && typeof value.error === 'string') {
      return JSON.stringify({ error: value.error.slice(0, 100) });
    }
  } catch {
    // not JSON: nothing to pass on
  }
  return '{}';
}

export function relayOrderStream(upstream: ReadableStream<Uint8Array>, options: RelayOptions): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const reader = upstream.getReader();
  let controller!: ReadableStreamDefaultController<Uint8Array>;
  let finished = false;
  const timers = options.timers ?? REAL_TIMERS;
  let keepAlive: unknown;
  let deadline: unknown;
  let silence: unknown;

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

  // Restarted by every byte from the upstream.
  const heardUpstream = () => {
    if (finished) return;
    timers.clear(silence);
    silence = timers.set(() => finish(RECONNECT_EVENT), 2 * options.keepAliveMs);
  };

  const finish = (farewell?: string) => {
    if (finished) return;
    finished = true;
    if (farewell) enqueue(farewell);
    timers.clear(keepAlive);
    timers.clear(deadline);
    timers.clear(silence);
    options.signal.removeEventListener('abort', onAbort);
    options.abortUpstream();
    reader.cancel().catch(() => undefined);
    try {
      controller.close();
    } catch {
      // already closed or cancelled by the browser
    }
  };
  const onAbort = () => finish();

  // eventsource-parser follows the WHATWG parsing rules, chunks split anywhere (mid-line, mid-CRLF) included. As
  // the rules say, an event without a `data:` line is not dispatched: a bare `event: stop` is not a stop (the
  // upstream's stop carries `data: {}`), and the upstream closing the connection ends the relay anyway.
  const parser = createParser({
    maxBufferSize: MAX_EVENT_CHARS,
    onEvent(event) {
      if (event.event === undefined || event.event === 'message') {
        const payload = options.transform(event.data);
        if (payload !== null) write(`data: ${payload}\n\n`);
      } else if (event.event === 'stop') {
        write(`event: stop\ndata: ${stopData(event.data)}\n\n`);
        finish();
      }
      // Other named events are not part of the documented stream: the browser would ignore them.
    },
    onComment: () => write(KEEP_ALIVE),
    // An event longer than MAX_EVENT_CHARS is not an order: it is dropped (the parser stops at the limit until reset)
    // and the stream goes on. Other parse errors (unknown fields) are ignored, as the browser would.
    onError(error) {
      if (error.type === 'max-buffer-size-exceeded') parser.reset();
    },
  });

  async function pump() {
    const decoder = new TextDecoder();
    try {
      while (!finished) {
        const { value, done } = await reader.read();
        if (done) break;
        heardUpstream();
        parser.feed(decoder.decode(value, { stream: true }));
      }
    } catch {
      // the upstream dropped or was aborted: end our side cleanly, the browser reconnects
    }
    finish();
  }

  return new ReadableStream<Uint8Array>({
    start(streamController) {
      controller = streamController;
      if (options.signal.aborted) return finish();
      options.signal.addEventListener('abort', onAbort, { once: true });
      deadline = timers.set(() => finish(RECONNECT_EVENT), options.maxDurationMs);
      heardUpstream();
      write(': connected\n\n');
      void pump();
    },
    cancel: () => finish(),
  });
}
