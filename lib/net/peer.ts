// The socket address, which Next does not hand to route handlers or proxy.ts. Verified in Next 16.4
// (node_modules/next/dist/server/base-server.js, handleRequestImpl): `next start` and the standalone server do
// `req.headers['x-forwarded-for'] ??= req.socket.remoteAddress`, i.e. they fill X-Forwarded-For from the socket
// only when the request had none, and never append to one the client sent. So without a proxy in front, the
// header is whatever the client wrote. To know the peer anyway, the server's instrumentation hook stamps each
// incoming request with `x-storefront-peer: <token> <socket address>`, overwriting any such header the client
// sent; the token is random per process, so a client cannot forge a stamp. No stamp (Vercel, or a request that
// arrived before the hook ran) means the peer is unknown.
import type { IncomingMessage } from 'node:http';

export const PEER_HEADER = 'x-storefront-peer';

const g = globalThis as { __storefrontPeerToken?: string };

/** The token of this process's stamps, once the hook is installed. */
export function peerToken(): string | undefined {
  return g.__storefrontPeerToken;
}

/** Sets the token (installPeerStamp, and tests). */
export function setPeerToken(token: string | undefined): void {
  g.__storefrontPeerToken = token;
}

/** Stamps one Node request with its socket address, replacing any such header the client sent. */
export function stampPeer(request: IncomingMessage, token: string): void {
  request.headers[PEER_HEADER] = `${token} ${request.socket?.remoteAddress ?? ''}`;
}
