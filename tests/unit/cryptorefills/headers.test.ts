import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildUpstreamHeaders, parseIpLiteral, requestContextFrom } from '@/lib/cryptorefills/headers';
import { PEER_HEADER, peerToken, setPeerToken } from '@/lib/net/peer';

const config = { partnerId: 'partner-123', appVersion: 'storefront/0.1.0' };
const UA = 'Mozilla/5.0 (X11; Linux x86_64) Firefox/140.0';

function browserRequest(extra: Record<string, string>): Headers {
  return new Headers({
    cookie: 'session=abc; other=1',
    authorization: 'Bearer secret',
    'accept-language': 'it-IT,it;q=0.9',
    accept: 'text/html',
    origin: 'https://shop.example',
    referer: 'https://shop.example/checkout',
    'x-cr-application': 'spoofed-partner',
    'x-cr-version': 'spoofed',
    'user-agent': UA,
    ...extra,
  });
}

describe('requestContextFrom', () => {
  const previous = peerToken();
  beforeAll(() => setPeerToken('headers-test-token'));
  afterAll(() => setPeerToken(previous));
  const stamped = (ip: string) => ({ [PEER_HEADER]: `headers-test-token ${ip}` });

  it("takes the IP lib/net/client-ip trusts (here the socket's), never the client's own x-forwarded-for", () => {
    const ctx = requestContextFrom(
      browserRequest({ 'x-forwarded-for': '  6.6.6.6 , 10.0.0.1', 'x-real-ip': '198.51.100.1', ...stamped('203.0.113.7') }),
    );
    expect(ctx).toEqual({ clientIp: '203.0.113.7', userAgent: UA });
  });

  it('sends no IP when the client cannot be told', () => {
    expect(requestContextFrom(new Headers({ 'x-forwarded-for': '203.0.113.7', 'x-real-ip': '203.0.113.7' }))).toEqual({});
  });

  it('leaves the user agent out when the browser sent none', () => {
    expect(requestContextFrom(new Headers(stamped('203.0.113.7')))).toEqual({ clientIp: '203.0.113.7' });
  });

  it('parses IP literals on their own', () => {
    expect(parseIpLiteral('::ffff:192.0.2.1')).toBe('::ffff:192.0.2.1');
    expect(parseIpLiteral('0.0.0.0')).toBe('0.0.0.0');
    expect(parseIpLiteral('01.2.3.4')).toBeUndefined();
  });
});

describe('buildUpstreamHeaders', () => {
  it('sends exactly the documented headers, and nothing the browser sent besides IP and UA', () => {
    const ctx = { ...requestContextFrom(browserRequest({ 'x-forwarded-for': '6.6.6.6' })), clientIp: '203.0.113.7' };
    expect(buildUpstreamHeaders(config, ctx)).toEqual({
      'X-Cr-Application': 'partner-123',
      'X-Cr-Version': 'storefront/0.1.0',
      'X-Forwarded-For': '203.0.113.7',
      'User-Agent': UA,
      'Content-Type': 'application/json',
    });
  });

  it('adds Accept only when asked (the order stream)', () => {
    const headers = buildUpstreamHeaders(config, { clientIp: '203.0.113.7', userAgent: UA }, { accept: 'text/event-stream' });
    expect(Object.keys(headers).sort()).toEqual([
      'Accept',
      'Content-Type',
      'User-Agent',
      'X-Cr-Application',
      'X-Cr-Version',
      'X-Forwarded-For',
    ]);
    expect(headers.Accept).toBe('text/event-stream');
  });

  it('omits the partner header when no partner ID is configured, and X-Forwarded-For when the IP is unknown', () => {
    expect(buildUpstreamHeaders({ partnerId: undefined, appVersion: 'storefront/0.1.0' }, {})).toEqual({
      'X-Cr-Version': 'storefront/0.1.0',
      'User-Agent': 'storefront/0.1.0',
      'Content-Type': 'application/json',
    });
  });

  it('never forwards an IP that is not a literal, and cleans a user agent that fetch would reject', () => {
    const headers = buildUpstreamHeaders(config, { clientIp: '1.2.3.4\r\nX-Evil: 1', userAgent: `bad\r\nX-Evil: 1${'x'.repeat(1000)}` });
    expect(headers).not.toHaveProperty('X-Forwarded-For');
    expect(headers['User-Agent']).toMatch(/^badX-Evil: 1x+$/);
    expect(headers['User-Agent']?.length).toBe(512);
    expect(() => new Headers(headers)).not.toThrow();
  });
});
