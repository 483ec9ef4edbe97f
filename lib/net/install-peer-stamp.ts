// Installed by instrumentation.ts when a Node server starts: see lib/net/peer.ts for why. The same hook refuses
// the method Next cannot serve at all (TRACE fails inside Next with a 500, before proxy.ts runs).
import { randomBytes } from 'node:crypto';
import http from 'node:http';
import https from 'node:https';
import { peerToken, setPeerToken, stampPeer } from './peer';

// A debugging method no route answers; Next fails on it with a 500 before proxy.ts can refuse it. (Node's parser
// itself answers 400 to methods it does not know, such as TRACK.)
const UNSERVABLE_METHODS = new Set(['TRACE']);
const REFUSAL = JSON.stringify({ error: { code: 'METHOD_NOT_ALLOWED', message: 'This method is not supported.' } });

/** Answers 405 JSON to a method Next cannot serve; true when it did. */
export function refuseUnservableMethod(request: http.IncomingMessage, response: http.ServerResponse): boolean {
  if (!UNSERVABLE_METHODS.has((request.method ?? '').toUpperCase())) return false;
  response.writeHead(405, {
    Allow: 'GET, HEAD, POST',
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(REFUSAL),
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
  });
  response.end(REFUSAL);
  return true;
}

/** Wraps the HTTP(S) servers' `emit` so every 'request' is stamped before Next sees it. Once per process. */
export function installPeerStamp(): void {
  if (peerToken()) return;
  const token = randomBytes(24).toString('base64url');
  for (const proto of [http.Server.prototype, https.Server.prototype]) {
    const emit = proto.emit;
    proto.emit = function stampedEmit(this: http.Server, event: string | symbol, ...args: unknown[]): boolean {
      if (event === 'request' && args[0] instanceof http.IncomingMessage) {
        if (args[1] instanceof http.ServerResponse && refuseUnservableMethod(args[0], args[1])) return true;
        stampPeer(args[0], token);
      }
      return Reflect.apply(emit, this, [event, ...args]) as boolean;
    };
  }
  setPeerToken(token);
}
