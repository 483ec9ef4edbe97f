// The only headers that reach the upstream. Built from the server config and two facts about the end
// user; nothing else from the browser request is ever forwarded (no cookies, authorization, languages…).
import 'server-only';
import type { ServerConfig } from '@/lib/env';
import type { RequestContext } from './types';

const MAX_USER_AGENT_LENGTH = 512;
const IPV4_PATTERN = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;

function isIpv4(value: string): boolean {
  return IPV4_PATTERN.test(value);
}

// The WHATWG URL parser accepts exactly the valid IPv6 literals between brackets, in every runtime.
function isIpv6(value: string): boolean {
  if (!value.includes(':') || !/^[0-9a-fA-F:.]+$/.test(value)) return false;
  try {
    return new URL(`http://[${value}]/`).hostname.length > 2;
  } catch {
    return false;
  }
}

/** An IP literal, also when a proxy appended a port ("1.2.3.4:5678", "[2001:db8::1]:443"); otherwise undefined. */
export function parseIpLiteral(raw: string | null | undefined): string | undefined {
  const value = raw?.trim();
  if (!value) return undefined;
  if (isIpv4(value) || isIpv6(value)) return value;
  const bracketed = /^\[([^\]]+)\](?::\d{1,5})?$/.exec(value);
  if (bracketed?.[1] && isIpv6(bracketed[1])) return bracketed[1];
  const withPort = /^([\d.]+):\d{1,5}$/.exec(value);
  if (withPort?.[1] && isIpv4(withPort[1])) return withPort[1];
  return undefined;
}

/**
 * The end user as the upstream should see them. The IP is the first hop of `x-forwarded-for` (set by the
 * hosting proxy), else `x-real-ip`; a value that is not an IP literal is ignored.
 */
export function requestContextFrom(headers: Headers): RequestContext {
  const firstHop = headers.get('x-forwarded-for')?.split(',')[0];
  const clientIp = parseIpLiteral(firstHop) ?? parseIpLiteral(headers.get('x-real-ip'));
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
