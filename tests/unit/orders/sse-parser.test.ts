import { describe, expect, it } from 'vitest';
import { createSseParser, type SseEvent } from '@/lib/order-stream/sse-parser';

function parse(chunks: string[]) {
  const events: SseEvent[] = [];
  const comments: string[] = [];
  const parser = createSseParser({ onEvent: (e) => events.push(e), onComment: (c) => comments.push(c) });
  for (const chunk of chunks) parser.push(chunk);
  return { events, comments };
}

const STREAM = 'data: {"a":1}\n\n: keep-alive\n\nevent: stop\ndata: {}\n\n';

describe('createSseParser', () => {
  it('reads unnamed events, comments and named events', () => {
    expect(parse([STREAM])).toEqual({
      events: [
        { event: 'message', data: '{"a":1}' },
        { event: 'stop', data: '{}' },
      ],
      comments: ['keep-alive'],
    });
  });

  it('gives the same events whatever the chunk boundaries, CRLF split included', () => {
    const crlf = STREAM.replace(/\n/g, '\r\n');
    const whole = parse([crlf]);
    for (let size = 1; size < 8; size++) {
      const chunks = crlf.match(new RegExp(`[\\s\\S]{1,${size}}`, 'g')) ?? [];
      expect(parse(chunks)).toEqual(whole);
    }
    expect(whole.events).toHaveLength(2);
  });

  it('joins multi-line data, accepts a lone CR and a field without a space', () => {
    expect(parse(['data:one\rdata: two\r\r']).events).toEqual([{ event: 'message', data: 'one\ntwo' }]);
  });

  it('dispatches nothing for an incomplete event', () => {
    expect(parse(['data: {"a":1}\n']).events).toEqual([]);
  });
});
