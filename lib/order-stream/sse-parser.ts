// An incremental parser of a text/event-stream (WHATWG HTML §9.2.6): fed decoded text in chunks of any
// size (split mid-line, mid-CRLF), it calls back once per complete event or comment line.
export interface SseEvent {
  /** `message` when the event has no `event:` field. */
  event: string;
  data: string;
}

export interface SseHandlers {
  onEvent(event: SseEvent): void;
  onComment?(text: string): void;
}

/** A line longer than this is not an order: the buffer is dropped rather than grown without bound. */
const MAX_LINE_CHARS = 1_000_000;

export function createSseParser(handlers: SseHandlers) {
  let buffer = '';
  let pendingLf = false;
  let eventName = '';
  let data: string[] = [];

  function dispatch() {
    // The spec drops events without data; a bare `event: stop` is kept, as the upstream's stop is all we need.
    if (data.length > 0 || eventName) handlers.onEvent({ event: eventName || 'message', data: data.join('\n') });
    eventName = '';
    data = [];
  }

  function line(text: string) {
    if (text === '') return dispatch();
    if (text.startsWith(':')) return handlers.onComment?.(text.slice(1).trim());
    const colon = text.indexOf(':');
    const field = colon < 0 ? text : text.slice(0, colon);
    const raw = colon < 0 ? '' : text.slice(colon + 1);
    const value = raw.startsWith(' ') ? raw.slice(1) : raw;
    if (field === 'event') eventName = value;
    else if (field === 'data') data.push(value);
  }

  return {
    push(chunk: string) {
      let text = chunk;
      if (pendingLf && text.startsWith('\n')) text = text.slice(1);
      pendingLf = false;
      buffer += text;
      let start = 0;
      for (let i = 0; i < buffer.length; i++) {
        const char = buffer[i];
        if (char !== '\n' && char !== '\r') continue;
        line(buffer.slice(start, i));
        if (char === '\r') {
          if (i + 1 < buffer.length) {
            if (buffer[i + 1] === '\n') i++;
          } else {
            pendingLf = true;
          }
        }
        start = i + 1;
      }
      buffer = buffer.slice(start);
      if (buffer.length > MAX_LINE_CHARS) buffer = '';
    },
  };
}
