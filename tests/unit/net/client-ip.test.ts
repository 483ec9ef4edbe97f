import { request as httpRequest, createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { clientIpWith, type ClientIpPolicy } from '@/lib/net/client-ip';
import { installPeerStamp } from '@/lib/net/install-peer-stamp';
import { normalizeIp } from '@/lib/net/ip';
import { PEER_HEADER, peerToken, setPeerToken } from '@/lib/net/peer';

const VERCEL: ClientIpPolicy = { vercel: true, trustedProxies: 0 };
const DIRECT: ClientIpPolicy = { vercel: false, trustedProxies: 0 };
const hops = (trustedProxies: number): ClientIpPolicy => ({ vercel: false, trustedProxies });
const TOKEN = 'test-token-0123456789';

const ip = (policy: ClientIpPolicy, headers: Record<string, string>, token: string | undefined = TOKEN) =>
  clientIpWith(new Headers(headers), policy, token);

describe('on Vercel', () => {
  it("takes the platform's x-vercel-forwarded-for, never the client's x-forwarded-for", () => {
    expect(ip(VERCEL, { 'x-vercel-forwarded-for': '203.0.113.7', 'x-real-ip': '203.0.113.7', 'x-forwarded-for': '6.6.6.6' })).toBe(
      '203.0.113.7',
    );
  });

  it('falls back to x-real-ip, which Vercel sets, and else knows nobody', () => {
    expect(ip(VERCEL, { 'x-real-ip': '2001:db8::1', 'x-forwarded-for': '6.6.6.6' })).toBe('2001:db8::1');
    expect(ip(VERCEL, { 'x-forwarded-for': '6.6.6.6' })).toBeUndefined();
  });
});

describe('behind N trusted proxies', () => {
  it('takes the N-th address from the right, whatever the client prepended', () => {
    const xff = '6.6.6.6, 7.7.7.7, 203.0.113.7, 10.0.0.2';
    expect(ip(hops(1), { 'x-forwarded-for': xff })).toBe('10.0.0.2');
    expect(ip(hops(2), { 'x-forwarded-for': xff })).toBe('203.0.113.7');
    expect(ip(hops(2), { 'x-forwarded-for': `1.1.1.1, 2.2.2.2, ${xff}` })).toBe('203.0.113.7');
  });

  it('reads every X-Forwarded-For line as one chain, and strips ports', () => {
    const headers = new Headers();
    headers.append('x-forwarded-for', '6.6.6.6');
    headers.append('x-forwarded-for', '203.0.113.7:51234');
    expect(clientIpWith(headers, hops(1), TOKEN)).toBe('203.0.113.7');
  });

  it('knows nobody when the chain is shorter than the declared hops (a request that bypassed a proxy)', () => {
    expect(ip(hops(2), { 'x-forwarded-for': '203.0.113.7' })).toBeUndefined();
    expect(ip(hops(1), {})).toBeUndefined();
  });

  it('ignores x-real-ip and the peer stamp: only the chain counts', () => {
    expect(ip(hops(1), { 'x-real-ip': '6.6.6.6', [PEER_HEADER]: `${TOKEN} 10.0.0.9` })).toBeUndefined();
  });
});

describe('with no proxy', () => {
  it('takes the socket address from the stamp, never the client-written x-forwarded-for', () => {
    expect(ip(DIRECT, { [PEER_HEADER]: `${TOKEN} 203.0.113.7`, 'x-forwarded-for': '6.6.6.6', 'x-real-ip': '6.6.6.6' })).toBe('203.0.113.7');
    expect(ip(DIRECT, { [PEER_HEADER]: `${TOKEN} ::ffff:127.0.0.1` })).toBe('127.0.0.1');
  });

  it('knows nobody without a stamp, with a forged one, or before the hook was installed', () => {
    expect(ip(DIRECT, { 'x-forwarded-for': '203.0.113.7' })).toBeUndefined();
    expect(ip(DIRECT, { [PEER_HEADER]: 'guessed-token 203.0.113.7' })).toBeUndefined();
    expect(clientIpWith(new Headers({ [PEER_HEADER]: `${TOKEN} 203.0.113.7` }), DIRECT, undefined)).toBeUndefined();
    expect(ip(DIRECT, { [PEER_HEADER]: `${TOKEN} 203.0.113.7 extra` })).toBeUndefined();
  });
});

describe('garbage', () => {
  it.each(['unknown', '999.1.1.1', '1.2.3', 'localhost', '<script>', '1.2.3.4; rm -rf', 'gggg::1', '', ' , ,'])(
    'reads %j as nobody',
    (value) => {
      expect(ip(VERCEL, { 'x-vercel-forwarded-for': value, 'x-real-ip': value })).toBeUndefined();
      expect(ip(hops(1), { 'x-forwarded-for': `203.0.113.7, ${value}` })).toBeUndefined();
      expect(ip(DIRECT, { [PEER_HEADER]: `${TOKEN} ${value}` })).toBeUndefined();
    },
  );

  it('normalises only real IPv4-mapped addresses', () => {
    expect(normalizeIp('::ffff:192.0.2.1')).toBe('192.0.2.1');
    expect(normalizeIp('::ffff:999.0.2.1')).toBeUndefined();
    expect(normalizeIp('2001:db8::1')).toBe('2001:db8::1');
  });
});

describe('the peer stamp on a real Node server', () => {
  const previous = peerToken();
  afterAll(() => setPeerToken(previous));

  it('overwrites a forged stamp with the socket address before any handler runs', async () => {
    setPeerToken(undefined);
    installPeerStamp();
    const token = peerToken();
    expect(token).toMatch(/^[\w-]{32}$/);
    let seen: IncomingHttpHeaders = {};
    const server = createServer((req, res) => {
      seen = req.headers;
      res.end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    await new Promise<void>((resolve, reject) => {
      const req = httpRequest(
        { port, host: '127.0.0.1', headers: { [PEER_HEADER]: `${token} 6.6.6.6`, 'x-forwarded-for': '6.6.6.6' } },
        (res) => {
          res.resume();
          res.on('end', resolve);
        },
      );
      req.on('error', reject);
      req.end();
    });
    await new Promise<void>((resolve) => server.close(() => resolve()));
    expect(seen[PEER_HEADER]).toBe(`${token} 127.0.0.1`);
    expect(clientIpWith(new Headers({ [PEER_HEADER]: String(seen[PEER_HEADER]), 'x-forwarded-for': '6.6.6.6' }), DIRECT, token)).toBe(
      '127.0.0.1',
    );
  });

  it('answers TRACE with 405 JSON before any handler runs, and Node itself refuses TRACK', async () => {
    installPeerStamp();
    let handled = 0;
    const server = createServer((_req, res) => {
      handled += 1;
      res.end('handled');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    const send = (method: string) =>
      new Promise<{ status: number; body: string; allow: string | undefined }>((resolve, reject) => {
        const req = httpRequest({ port, host: '127.0.0.1', method, path: '/US' }, (res) => {
          let body = '';
          res.setEncoding('utf8');
          res.on('data', (chunk: string) => (body += chunk));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body, allow: res.headers.allow }));
        });
        req.on('error', reject);
        req.end();
      });
    const trace = await send('TRACE');
    expect(trace.status).toBe(405);
    expect(JSON.parse(trace.body)).toEqual({ error: { code: 'METHOD_NOT_ALLOWED', message: 'This method is not supported.' } });
    expect(trace.allow).toBe('GET, HEAD, POST');
    expect((await send('TRACK')).status).toBe(400);
    expect(handled).toBe(0);
    expect((await send('GET')).body).toBe('handled');
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });
});
