// Who the client is, for rate limits and for the X-Forwarded-For sent upstream. One rule, three setups:
// - On Vercel (VERCEL=1): the platform's `x-vercel-forwarded-for`, else `x-real-ip`; Vercel's edge sets both
//   and overwrites what the client sent.
// - Behind the partner's own proxies (TRUSTED_PROXIES=N): each trusted hop appends the address it saw to
//   X-Forwarded-For, so the N-th entry from the right is the one the outermost trusted proxy saw. Entries
//   further left were written by the client and are never read. A shorter chain means the request bypassed
//   a proxy: unknown.
// - Neither: the socket address, from the stamp of lib/net/peer.ts (Next itself does not expose it, and its
//   X-Forwarded-For is the client's own when the client sent one).
// Undefined when unknown: callers then send no IP upstream and count the client in one shared bucket.
import { getServerConfig, type ServerConfig } from '@/lib/env';
import { normalizeIp } from './ip';
import { PEER_HEADER, peerToken } from './peer';

export type ClientIpPolicy = ServerConfig['clientIp'];

function fromProxyChain(header: string | null, hops: number): string | undefined {
  const entries = (header ?? '').split(',');
  if (!header || entries.length < hops) return undefined;
  return normalizeIp(entries[entries.length - hops]);
}

function fromPeerStamp(header: string | null, token: string | undefined): string | undefined {
  if (!header || !token) return undefined;
  const [stampToken, address, ...rest] = header.trim().split(' ');
  return stampToken === token && rest.length === 0 ? normalizeIp(address) : undefined;
}

/** The client's IP under an explicit policy (pure: for tests and for callers that hold the config). */
export function clientIpWith(headers: Headers, policy: ClientIpPolicy, token: string | undefined): string | undefined {
  if (policy.vercel) {
    return normalizeIp(headers.get('x-vercel-forwarded-for')?.split(',')[0]) ?? normalizeIp(headers.get('x-real-ip'));
  }
  if (policy.trustedProxies > 0) return fromProxyChain(headers.get('x-forwarded-for'), policy.trustedProxies);
  return fromPeerStamp(headers.get(PEER_HEADER), token);
}

/** The client's IP under the server's configuration, or undefined when it cannot be told. */
export function clientIpFrom(headers: Headers): string | undefined {
  return clientIpWith(headers, getServerConfig().clientIp, peerToken());
}

/** A rate-limit key for the client: its IP, or one shared bucket for every client that cannot be told. */
export function clientKey(headers: Headers): string {
  return clientIpFrom(headers) ?? 'unknown';
}
