import { describe, expect, it } from 'vitest';
import { MAX_JSON_BODY_BYTES, readJsonBody } from '@/lib/api/body';
import { API_NOT_FOUND, otherMethods } from '@/lib/api/methods';
import { checkRequestTarget, MAX_URL_LENGTH, targetProblemResponse } from '@/lib/api/request-target';

describe('checkRequestTarget (proxy.ts)', () => {
  it.each(['/api/orders/%zz', '/US/%zz', '/orders/%ff%fe', '/US/%E6%97', '/sitemaps/%', '/US/a%00b', '/US/%0A', '/api/x%7F'])(
    'refuses %s with a 400',
    (path) => {
      expect(checkRequestTarget('GET', path, '')).toMatchObject({ status: 400, code: 'INVALID_PATH' });
    },
  );

  it('lets well-encoded paths through, whatever their script', () => {
    for (const path of ['/', '/US/steam', '/ID/%E6%97%A5%E6%9C%AC', '/api/orders/abc', '/US/a%20b']) {
      expect(checkRequestTarget('GET', path, '?q=%zz'), path).toBeNull();
    }
  });

  it('refuses URLs longer than the limit with a 414', () => {
    expect(checkRequestTarget('GET', '/US', `?q=${'a'.repeat(MAX_URL_LENGTH)}`)).toMatchObject({ status: 414 });
    expect(checkRequestTarget('GET', '/US', `?q=${'a'.repeat(MAX_URL_LENGTH - 10)}`)).toBeNull();
  });

  it('serves pages and files to GET and HEAD only, and /api to the methods Next knows', () => {
    expect(checkRequestTarget('POST', '/US', '')).toMatchObject({ status: 405, allow: 'GET, HEAD' });
    expect(checkRequestTarget('HEAD', '/US', '')).toBeNull();
    expect(checkRequestTarget('DELETE', '/api/orders', '')).toBeNull();
    expect(checkRequestTarget('PROPFIND', '/api/orders', '')).toMatchObject({ status: 400, code: 'UNSUPPORTED_METHOD' });
  });

  it('answers JSON under /api and plain text elsewhere', async () => {
    const problem = checkRequestTarget('GET', '/api/orders/%zz', '');
    const api = targetProblemResponse(problem!, '/api/orders/%zz');
    expect(api.status).toBe(400);
    expect(await api.json()).toEqual({ error: { code: 'INVALID_PATH', message: expect.any(String) } });
    const page = targetProblemResponse(checkRequestTarget('PUT', '/US', '')!, '/US');
    expect(page.status).toBe(405);
    expect(page.headers.get('allow')).toBe('GET, HEAD');
    expect(page.headers.get('content-type')).toMatch(/^text\/plain/);
  });
});

describe('route methods', () => {
  it('answers a method a route lacks with a JSON 405 and its Allow header', async () => {
    const { PUT, OPTIONS } = otherMethods('GET');
    const refused = PUT();
    expect(refused.status).toBe(405);
    expect(refused.headers.get('allow')).toBe('GET, HEAD, OPTIONS');
    expect(await refused.json()).toEqual({ error: { code: 'METHOD_NOT_ALLOWED', message: 'Use GET at this address.' } });
    expect(OPTIONS().status).toBe(204);
    expect(otherMethods('POST').GET().headers.get('allow')).toBe('POST, OPTIONS');
  });

  it('answers unknown /api paths with a JSON 404 for every method', async () => {
    for (const handler of Object.values(API_NOT_FOUND)) {
      const response = handler();
      expect(response.status).toBe(404);
      expect((await response.json()).error.code).toBe('NOT_FOUND');
    }
  });
});

describe('readJsonBody', () => {
  const post = (body: BodyInit, headers: Record<string, string> = {}) =>
    new Request('http://store.test/api/orders', { method: 'POST', body, headers, duplex: 'half' } as RequestInit);

  it('reads JSON, and anything else as undefined', async () => {
    expect(await readJsonBody(post('{"a":1}'))).toEqual({ ok: true, value: { a: 1 } });
    expect(await readJsonBody(post('{"a":'))).toEqual({ ok: true, value: undefined });
    expect(await readJsonBody(post(new Uint8Array([0x22, 0xff, 0xfe, 0x22])))).toEqual({ ok: true, value: undefined });
  });

  it('refuses a declared or an actual size above the limit with a 413, without reading it all', async () => {
    const declared = await readJsonBody(post('{}', { 'content-length': String(MAX_JSON_BODY_BYTES + 1) }));
    expect(declared.ok).toBe(false);

    let pulled = 0;
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled++;
        controller.enqueue(new Uint8Array(16 * 1024).fill(0x20));
      },
    });
    const streamed = await readJsonBody(post(endless));
    expect(streamed.ok).toBe(false);
    if (!streamed.ok) {
      expect(streamed.response.status).toBe(413);
      expect((await streamed.response.json()).error.code).toBe('PAYLOAD_TOO_LARGE');
    }
    expect(pulled).toBeLessThan(10);
  });
});
