// Installed by instrumentation.ts when a Node server starts: see lib/net/peer.ts for why.
import { randomBytes } from 'node:crypto';
import http from 'node:http';
import https from 'node:https';
import { peerToken, setPeerToken, stampPeer } from './peer';

/** Wraps the HTTP(S) servers' `emit` so every 'request' is stamped before Next sees it. Once per process. */
export function installPeerStamp(): void {
  if (peerToken()) return;
  const token = randomBytes(24).toString('base64url');
  for (const proto of [http.Server.prototype, https.Server.prototype]) {
    const emit = proto.emit;
    proto.emit = function stampedEmit(this: http.Server, event: string | symbol, ...args: unknown[]): boolean {
      if (event === 'request' && args[0] instanceof http.IncomingMessage) stampPeer(args[0], token);
      return Reflect.apply(emit, this, [event, ...args]) as boolean;
    };
  }
  setPeerToken(token);
}
