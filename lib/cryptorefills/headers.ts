// The only headers that reach the upstream. Built from the server config and two facts about the end
// user; nothing else from the browser request is ever forwarded (no cookies, authorization, languages…).
import 'server-only';
import type { ServerConfig } from '@/lib/env';
import { clientIpFrom } from '@/lib/net/client-ip';
import { parseIpLiteral } from '@/lib/net/ip';
import type { RequestContext } from './types';

const MAX_USER_AGENT_LENGTH = 512;

export { parseIpLiteral };

/**
 * The end user as the upstream should see them. The IP is the one `lib/net/client-ip.ts` trusts (the platform's
 * header on Vercel, the declared proxy hops, else the socket): never one a client wrote itself.
 */
export function requestContextFrom(headers: Headers): RequestContext {
  const clientIp = clientIpFrom(headers);
  const userAgent = headers.get('user-agent')?.trim().slice(0, MAX_USER_AGENT_LENGTH) || undefined;
  return {
    ...(clientIp ? { clientIp } : {}),
    ...(userAgent ? { userAgent } : {}),
  };
}

export interface UpstreamHeaderOptions {
  /** `text/event-stream` for the order subscription. */
  accept?: string;
}

/** Exactly the documented request headers: partner, app version, end-user IP and UA, JSON content type. */
export function buildUpstreamHeaders(
  config: Pick<ServerConfig, 'partnerId' | 'appVersion'>,
  ctx: RequestContext,
  extra: UpstreamHeaderOptions = {},
): Record<string, string> {
  const headers: Record<string, string> = {};
  if (config.partnerId) headers['X-Cr-Application'] = config.partnerId;
  headers['X-Cr-Version'] = config.appVersion;
  const clientIp = parseIpLiteral(ctx.clientIp);
  if (clientIp) headers['X-Forwarded-For'] = clientIp;
  headers['User-Agent'] = sanitizeUserAgent(ctx.userAgent) ?? config.appVersion;
  headers['Content-Type'] = 'application/json';
  if (extra.accept) headers.Accept = extra.accept;
  return headers;
}

// Control or non-Latin-1 characters would make fetch throw on the header; a huge value is abuse.
function sanitizeUserAgent(userAgent: string | undefined): string | undefined {
  const clean = userAgent
    ?.replace(/[^\x20-\x7e\xa0-\xff]/g, '')
    .trim()
    .slice(0, MAX_USER_AGENT_LENGTH);
  return clean || undefined;
}
