import { describe, expect, it } from 'vitest';
import { refuseCrossSiteWrite, writeRefusal } from '@/lib/api/same-origin';

const SITE = 'https://gifts.example.com';

function post(headers: Record<string, string>, url = 'http://127.0.0.1:3000/api/orders') {
  return new Request(url, { method: 'POST', headers, body: '{}' });
}

const json = { 'content-type': 'application/json' };

describe('writeRefusal', () => {
  it("accepts JSON from the request's own origin, or from SITE_URL's behind a proxy that changes the Host", () => {
    expect(writeRefusal(post({ ...json, origin: 'http://127.0.0.1:3000' }), SITE)).toBeNull();
    expect(writeRefusal(post({ 'content-type': 'application/json; charset=utf-8', origin: SITE }), SITE)).toBeNull();
    expect(writeRefusal(post({ ...json, origin: 'https://gifts.example.com:443' }), SITE)).toBeNull();
  });

  it('accepts the origin of the Host the browser addressed, which next start does not put in the request URL', () => {
    const request = post({ ...json, host: '127.0.0.1:3400', origin: 'http://127.0.0.1:3400' }, 'http://localhost:3400/api/orders');
    expect(writeRefusal(request, 'http://localhost:3400')).toBeNull();
    const foreign = post({ ...json, host: '127.0.0.1:3400', origin: 'http://127.0.0.1:3401' }, 'http://localhost:3400/api/orders');
    expect(writeRefusal(foreign, 'http://localhost:3400')).toBe('CROSS_SITE_REQUEST');
  });

  it('accepts a browser that sent no Origin only with Sec-Fetch-Site: same-origin', () => {
    expect(writeRefusal(post({ ...json, 'sec-fetch-site': 'same-origin' }), SITE)).toBeNull();
    for (const site of ['same-site', 'cross-site', 'none']) {
      expect(writeRefusal(post({ ...json, 'sec-fetch-site': site }), SITE)).toBe('CROSS_SITE_REQUEST');
    }
    expect(writeRefusal(post(json), SITE)).toBe('CROSS_SITE_REQUEST');
  });

  it.each([
    'https://evil.example',
    'https://gifts.example.com.evil.example',
    'http://gifts.example.com',
    'https://gifts.example.com:8443',
    'null',
    'not a url',
    '',
  ])('refuses Origin %j, whatever Sec-Fetch-Site claims', (origin) => {
    expect(writeRefusal(post({ ...json, origin, 'sec-fetch-site': 'same-origin' }), SITE)).toBe('CROSS_SITE_REQUEST');
  });

  it('refuses a same-origin body that is not JSON, and a cross-site one as cross-site first', () => {
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/jsonp']) {
      expect(writeRefusal(post({ 'content-type': type, origin: SITE }), SITE)).toBe('UNSUPPORTED_MEDIA_TYPE');
    }
    expect(writeRefusal(post({ origin: SITE }), SITE)).toBe('UNSUPPORTED_MEDIA_TYPE');
    expect(writeRefusal(post({ 'content-type': 'text/plain', origin: 'https://evil.example' }), SITE)).toBe('CROSS_SITE_REQUEST');
  });

  it('does not trust an unparsable SITE_URL', () => {
    expect(writeRefusal(post({ ...json, origin: 'https://evil.example' }), 'nonsense')).toBe('CROSS_SITE_REQUEST');
  });
});

describe('refuseCrossSiteWrite', () => {
  it('answers 403 CROSS_SITE_REQUEST and 415 UNSUPPORTED_MEDIA_TYPE as JSON errors, never cached', async () => {
    const crossSite = refuseCrossSiteWrite(post({ 'content-type': 'text/plain', origin: 'https://evil.example' }), SITE);
    expect(crossSite?.status).toBe(403);
    expect(crossSite?.headers.get('cache-control')).toBe('no-store');
    expect(await crossSite?.json()).toEqual({ error: { code: 'CROSS_SITE_REQUEST', message: 'This request must come from this site.' } });
    const notJson = refuseCrossSiteWrite(post({ 'content-type': 'text/plain', origin: SITE }), SITE);
    expect(notJson?.status).toBe(415);
    expect(((await notJson?.json()) as { error: { code: string } }).error.code).toBe('UNSUPPORTED_MEDIA_TYPE');
    expect(refuseCrossSiteWrite(post({ ...json, origin: SITE }), SITE)).toBeNull();
  });
});
